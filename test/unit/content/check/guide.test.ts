import { describe, expect, test } from 'vitest';
import { checkGuideContent } from '../../../../src/content/check/guide';
import { formatProblem } from '../../../../src/content/check';

const site = {
  schemaVersion: 1,
  locale: 'ja',
  defaultLocale: 'ja',
  siteName: 'テスト',
  description: '説明',
  home: { lead: ['一行目'] },
  support: { url: 'https://example.com/support' },
  theme: { accentColor: '#0b57d0' },
  topics: [
    { slug: 'bounces', title: 'バウンス', description: '説明' },
    { slug: 'timing', title: '時間をおく', description: '説明' },
  ],
};

function files(overrides: Record<string, string | null> = {}) {
  const base: Record<string, string | null> = {
    'content/ja/site.json': JSON.stringify(site),
    'content/ja/pages/bounces.md': '## 確認 {#list-hygiene}\n\n[時間](/guide/timing#wait-and-check)',
    'content/ja/pages/timing.md': '## 待つ {#wait-and-check}\n\n[戻る](/guide/bounces)',
    'content/ja/changelog.md': '## 訂正 {#corrections}\n\n本文',
    ...overrides,
  };
  return (file: string) => base[file] ?? null;
}

const check = (overrides: Record<string, string | null>) => checkGuideContent(files(overrides)).problems.map(formatProblem);

describe('checkGuideContent', () => {
  test('valid content has no problems and lists every section', () => {
    const result = checkGuideContent(files());
    expect(result.problems).toEqual([]);
    expect([...(result.sections.get('bounces') ?? [])]).toEqual(['list-hygiene']);
  });

  test.each([
    ['site.json missing', { 'content/ja/site.json': null }, 'content/ja/site.json: (file): file is missing'],
    ['site.json not JSON', { 'content/ja/site.json': '{' }, 'content/ja/site.json: (file): is not valid JSON'],
    [
      'a field of the wrong type',
      { 'content/ja/site.json': JSON.stringify({ ...site, home: { lead: 'x' } }) },
      'content/ja/site.json: home.lead: expected array',
    ],
    [
      'a low-contrast accent colour',
      { 'content/ja/site.json': JSON.stringify({ ...site, theme: { accentColor: '#ffff00' } }) },
      'content/ja/site.json: theme.accentColor: contrast with white is',
    ],
    ['a page file missing', { 'content/ja/pages/timing.md': null }, 'content/ja/pages/timing.md: (file): file is missing'],
    ['a heading without id', { 'content/ja/pages/timing.md': '## 待つ\n' }, 'content/ja/pages/timing.md: line 1: heading needs an id'],
    ['raw HTML', { 'content/ja/pages/timing.md': '<img src=x onerror=alert(1)>' }, 'content/ja/pages/timing.md: line 1: HTML is not allowed'],
    [
      'a javascript: link',
      { 'content/ja/pages/timing.md': '[x](javascript:alert%281%29)' },
      'content/ja/pages/timing.md: line 1: link target "javascript:alert%281%29" is not allowed',
    ],
    [
      'a link to an unknown page',
      { 'content/ja/pages/timing.md': '[x](/guide/nope)' },
      'content/ja/pages/timing.md: link /guide/nope: links to unknown page "nope"',
    ],
    [
      'a link to an unknown section',
      { 'content/ja/pages/timing.md': '[x](/guide/bounces#nope)' },
      'content/ja/pages/timing.md: link /guide/bounces#nope: links to unknown section "#nope" of page "bounces"',
    ],
    [
      'a link to a path the site does not have',
      { 'content/ja/pages/timing.md': '[x](/admin)' },
      'content/ja/pages/timing.md: link /admin: links to "/admin", which is not a page of this site',
    ],
    ['changelog missing', { 'content/ja/changelog.md': null }, 'content/ja/changelog.md: (file): file is missing'],
  ])('%s', (_name, overrides, expected) => {
    const problems = check(overrides);
    expect(problems.some((p) => p.startsWith(expected)), problems.join('\n')).toBe(true);
  });
});
