// The editorial rules over the shipped content: the source map holds the whole source article (compared
// here with the project's own copy of it) and every sentence has a place in the guide; the glossary keeps
// one term per concept. The shipped files pass; each kind of damage is reported with its file and place.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../../src/content/check';
import { checkGuideContent } from '../../../../src/content/check/guide';
import { blankExempt, checkEditorial, findForbidden } from '../../../../src/content/check/editorial';
import { glossary, sourceMap } from '../../../../src/content/schemas/editorial';
import { siteSettings } from '../../../../src/content/schemas/site';
import { GUIDE_SECTIONS } from '../../../fixtures/guide-contract';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const publicDir = `${repoRoot}public/`;
const readPublic = (file: string): string | null => (existsSync(publicDir + file) ? readFileSync(publicDir + file, 'utf8') : null);

const article = readFileSync(`${repoRoot}test/fixtures/source-article.txt`, 'utf8');
const map = sourceMap.parse(JSON.parse(readPublic('content/ja/source-map.json') ?? ''));
const terms = glossary.parse(JSON.parse(readPublic('content/ja/glossary.json') ?? '')).terms;
const site = siteSettings.parse(JSON.parse(readPublic('content/ja/site.json') ?? ''));

/** Lines; a list item "- …" is one sentence; a line with 。 splits after each 。; any other line is a heading. */
function splitArticle(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    if (line.startsWith('- ')) out.push({ line: index + 1, text: line.slice(2).trim() });
    else if (!line.includes('。')) out.push({ line: index + 1, text: line });
    else for (const part of line.split('。')) if (part.trim() !== '') out.push({ line: index + 1, text: `${part.trim()}。` });
  });
  return out;
}

/** Runs the guide check (for the section list) and the editorial check over public/ with some files replaced. */
function editorialProblems(overrides: Record<string, string> = {}): string[] {
  const read = (file: string) => overrides[file] ?? readPublic(file);
  const { sections } = checkGuideContent(read);
  return checkEditorial(read, sections).problems.map(formatProblem);
}

const page = (slug: string) => readPublic(`content/ja/pages/${slug}.md`) ?? '';
const withMap = (change: (m: typeof map) => void) => {
  const copy = structuredClone(map);
  change(copy);
  return { 'content/ja/source-map.json': JSON.stringify(copy) };
};

describe('the source map', () => {
  test('holds the source article verbatim: the same lines as the project copy in test/fixtures', () => {
    expect(map.article.join('\n')).toBe(article.replace(/\n+$/, ''));
  });

  test('lists each of its 58 sentences once, in order, with its line', () => {
    expect(map.sentences.map((s) => ({ line: s.line, text: s.text }))).toEqual(splitArticle(article));
    expect(map.sentences).toHaveLength(58);
  });

  test('every sentence has a place in the guide and every correction is in the changelog', () => {
    expect(editorialProblems()).toEqual([]);
  });

  test.each([
    ['a sentence dropped', withMap((m) => m.sentences.splice(1, 1)), 'content/ja/source-map.json: article.0: the sentences of line 1 do not add up to the line'],
    [
      'a line dropped',
      withMap((m) => (m.sentences = m.sentences.filter((s) => s.line !== 12))),
      'content/ja/source-map.json: article.11: line 12 of the article has no sentence in the map',
    ],
    [
      'a sentence altered',
      withMap((m) => (m.sentences[0]!.text = 'メールが届かないことがあります。')),
      'content/ja/source-map.json: article.0: the sentences of line 1 do not add up to the line',
    ],
    [
      'a section that does not exist',
      withMap((m) => (m.sentences[4]!.where = ['recipient-checks#nowhere'])),
      'content/ja/source-map.json: sentences.4.where.0: page "recipient-checks" has no section "#nowhere"',
    ],
    [
      'a rewritten sentence whose facts left the page',
      { 'content/ja/pages/bounces.md': page('bounces').replace('必ず確認してください', '見直しましょう') },
      'content/ja/source-map.json: sentences.25.keyPhrases: "配信リストに、誤ったアドレスや使われていないアドレスが含まれていないか、必ず確認してください" is not in bounces#list-hygiene',
    ],
    [
      'a kept heading removed',
      { 'content/ja/site.json': JSON.stringify({ ...site, topics: site.topics.map((t) => (t.slug === 'error-codes' ? { ...t, title: 'コード' } : t)) }) },
      'content/ja/source-map.json: sentences.38: marked "kept" but the sentence is not verbatim in error-codes',
    ],
    [
      'a correction the changelog does not list',
      { 'content/ja/changelog.md': (readPublic('content/ja/changelog.md') ?? '').replaceAll('/guide/sending-frequency', '/guide/timing') },
      'content/ja/source-map.json: sentences.37: a correction, but content/ja/changelog.md links to none of sending-frequency',
    ],
    [
      "the article's wrong wording back outside a correction block",
      { 'content/ja/pages/sending-frequency.md': page('sending-frequency').replace('メールマガジンや一斉配信のお知らせは', '月に1通未満が適切です。メールマガジンや一斉配信のお知らせは') },
      'content/ja/source-map.json: sentences.37.absent: the corrected wording "月に1通未満が適切" is still in sending-frequency#guideline',
    ],
  ])('reports %s', (_name, overrides, expected) => {
    expect(editorialProblems(overrides)).toContainEqual(expect.stringContaining(expected));
  });

  test('a correction block may quote the wrong wording', () => {
    expect(page('sending-frequency')).toContain('月に1通未満が適切です');
    expect(editorialProblems()).toEqual([]);
  });
});

describe('the glossary', () => {
  test('finds a forbidden variant and names the preferred term', () => {
    expect(findForbidden('スパムフィルターに止められました。', terms)).toEqual([{ forbidden: 'スパム', preferred: '迷惑メール' }]);
    expect(findForbidden('メールクライアントの設定', terms)).toEqual([{ forbidden: 'メールクライアント', preferred: 'メールアプリ' }]);
  });

  test.each([
    ['a screen name in 「」', 'Outlook の「スパム」を開きます。'],
    ['an alias in （）', 'エラーメール（バウンスメール）が返ります。'],
    ['inline code', '`X-Spam-Status` の値'],
    ['a preferred term that starts with a forbidden one', '迷惑メールフォルダーを確認します。'],
  ])('leaves %s alone', (_name, text) => {
    expect(findForbidden(text, terms)).toEqual([]);
  });

  test('blanking keeps the columns of the text', () => {
    const text = 'a「スパム」b（x）c`y`d';
    expect(blankExempt(text)).toHaveLength(text.length);
  });

  test.each([
    ['a page line', { 'content/ja/pages/timing.md': `${page('timing')}\nスパムとして扱われます。\n` }, /content\/ja\/pages\/timing\.md: line \d+: uses "スパム"; the glossary's term is "迷惑メール"/],
    [
      'a tree text',
      { 'content/ja/tree.json': (readPublic('content/ja/tree.json') ?? '').replace('迷惑メール対策ソフト', 'スパム対策ソフト') },
      /content\/ja\/tree\.json: nodes\.\d+\.(title|body): uses "スパム"/,
    ],
    [
      'a topic description',
      { 'content/ja/site.json': JSON.stringify({ ...site, description: 'メールソフトの設定を説明します。' }) },
      /content\/ja\/site\.json: description: uses "メールソフト"; the glossary's term is "メールアプリ"/,
    ],
  ])('reports %s with its place', (_name, overrides, expected) => {
    expect(editorialProblems(overrides)).toContainEqual(expect.stringMatching(expected));
  });

  test('a :::correction block may quote the article', () => {
    const quoted = `${page('timing')}\n:::correction\n元の記事は「スパム」ではなくスパムフィルターと書いていました。\n:::\n`;
    expect(editorialProblems({ 'content/ja/pages/timing.md': quoted })).toEqual([]);
  });
});

describe('the guide pages', () => {
  test('site.json lists the contract topics, and each page keeps the section ids the project links to', () => {
    expect(site.topics.map((t) => t.slug).sort()).toEqual(Object.keys(GUIDE_SECTIONS).sort());
    const { sections } = checkGuideContent(readPublic);
    const missing = Object.entries(GUIDE_SECTIONS).flatMap(([slug, ids]) => ids.filter((id) => !sections.get(slug)?.has(id)).map((id) => `${slug}#${id}`));
    expect(missing).toEqual([]);
  });

  test('recipient-checks has a checklist with one item per check of the article', () => {
    expect(page('recipient-checks').match(/^- \[ \] /gm)).toHaveLength(6);
  });

  test('safe-senders has a template message in its how-to-ask section', () => {
    const section = page('safe-senders').split('{#how-to-ask}')[1] ?? '';
    expect(section).toContain('件名');
    expect(section).toContain('よろしくお願いいたします');
  });
});
