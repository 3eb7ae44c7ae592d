// Every sentence of the source article must survive into the guide: a fact that silently disappears from
// the content is a regression nobody notices by reading one page. This test reads the shipped content
// files from disk, exactly as the browser will fetch them.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import { parseMarkdown } from '../../../src/content/markdown/parse';
import { siteSettings } from '../../../src/content/schemas/site';
import { GUIDE_SECTIONS } from '../../fixtures/guide-contract';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const read = (relative: string): string => readFileSync(`${repoRoot}${relative}`, 'utf8');
const pagePath = (slug: string): string => `public/content/ja/pages/${slug}.md`;

const CONTRACT = GUIDE_SECTIONS;
const SLUGS = Object.keys(CONTRACT);

const coverageEntry = z.union([
  z.strictObject({ source: z.string(), page: z.string(), verbatim: z.literal(true) }),
  z.strictObject({
    source: z.string(),
    page: z.string(),
    verbatim: z.literal(false),
    keyPhrases: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  }),
]);
const coverage = z.array(coverageEntry).parse(JSON.parse(read('test/fixtures/article-coverage.json')));
const site = siteSettings.parse(JSON.parse(read('public/content/ja/site.json')));

interface SourceSentence {
  text: string;
  kind: 'heading' | 'sentence';
}

/**
 * Lines; a list item "- …" is one sentence; a line with 。 is a paragraph split after each 。; any other
 * line is a heading (the article's headings carry no 。).
 */
function splitArticle(article: string): SourceSentence[] {
  const out: SourceSentence[] = [];
  for (const raw of article.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.startsWith('- ')) out.push({ text: line.slice(2).trim(), kind: 'sentence' });
    else if (!line.includes('。')) out.push({ text: line, kind: 'heading' });
    else {
      for (const part of line.split('。')) {
        if (part.trim() !== '') out.push({ text: `${part.trim()}。`, kind: 'sentence' });
      }
    }
  }
  return out;
}

/**
 * NFKC folds full-width and half-width forms ("（POP）" vs "(POP)"); whitespace is dropped because
 * Japanese text has none between words and line breaks in Markdown carry no meaning.
 */
const normalize = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

const stripInline = (s: string): string =>
  s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replaceAll('**', '').replaceAll('`', '');

interface PlainPage {
  body: string; // the whole page, markup removed, normalised
  headings: string[]; // section headings plus the page title from site.json, normalised
}

function plainPage(markdown: string, title: string): PlainPage {
  const body: string[] = [];
  const headings: string[] = [normalize(title)];
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    if (line.startsWith(':::')) continue;
    const heading = /^#{2,3}\s+(.*?)\s*\{#[^}]*\}$/.exec(line);
    if (heading) {
      const text = stripInline(heading[1] ?? '');
      headings.push(normalize(text));
      body.push(text);
      continue;
    }
    body.push(stripInline(line.replace(/^(?:- \[[ xX]\]|-|\d{1,3}[.)])\s+/, '')));
  }
  return { body: normalize(body.join('\n')), headings };
}

const pages = new Map<string, PlainPage>();
const rawPages = new Map<string, string>();
for (const topic of site.topics) {
  if (!existsSync(`${repoRoot}${pagePath(topic.slug)}`)) continue;
  const markdown = read(pagePath(topic.slug));
  rawPages.set(topic.slug, markdown);
  pages.set(topic.slug, plainPage(markdown, topic.title));
}
const changelog = read('public/content/ja/changelog.md');
const sentences = splitArticle(read('test/fixtures/source-article.txt'));

describe('site.json', () => {
  test('lists the contract topics in reading order, each with a page file', () => {
    expect(site.topics.map((t) => t.slug)).toEqual(SLUGS);
    for (const slug of SLUGS) expect(existsSync(`${repoRoot}${pagePath(slug)}`), pagePath(slug)).toBe(true);
  });
});

describe('the source article', () => {
  test('splits into the sentences and headings the fixture was written against', () => {
    expect(sentences).toHaveLength(58);
    expect(sentences.filter((s) => s.kind === 'heading')).toHaveLength(11);
  });

  test.each(sentences.map((s) => [s.text, s.kind] as const))('"%s" (%s) has exactly one coverage entry', (text) => {
    expect(coverage.filter((entry) => entry.source === text)).toHaveLength(1);
  });

  test('the fixture has no entries for sentences that are not in the article', () => {
    const known = new Set(sentences.map((s) => s.text));
    expect(coverage.filter((entry) => !known.has(entry.source)).map((e) => e.source)).toEqual([]);
  });
});

describe('every sentence of the article appears in its page', () => {
  const rows = coverage.map((entry) => [entry.source, entry] as const);
  test.each(rows)('"%s"', (_source, entry) => {
    const page = pages.get(entry.page);
    expect(page, `page "${entry.page}" is not a topic with a file`).toBeDefined();
    if (!page) return;
    const isHeading = sentences.some((s) => s.text === entry.source && s.kind === 'heading');
    if (isHeading) {
      // A heading of the article must become a heading (or the title) of its page.
      const phrases = entry.verbatim ? [entry.source] : entry.keyPhrases;
      const match = page.headings.some((h) => phrases.every((p) => h.includes(normalize(p))));
      expect(match, `no heading of "${entry.page}" contains ${JSON.stringify(phrases)}`).toBe(true);
    } else if (entry.verbatim) {
      expect(page.body).toContain(normalize(entry.source));
    } else {
      for (const phrase of entry.keyPhrases) expect(page.body, `key phrase "${phrase}"`).toContain(normalize(phrase));
    }
  });
});

describe('corrections of the source article', () => {
  const everyPage = (phrase: string) => SLUGS.map((slug) => [slug, phrase, false] as const);
  test.each([
    ['sending-frequency', '月に1通以上', true],
    ['sending-frequency', '月に1通未満', false],
    ...everyPage('Internet メッセージ Access Protocol'),
    ...everyPage('Permanent errors'),
    ...everyPage('要注意リスト'),
  ] as const)('%s contains "%s": %s', (slug, phrase, expected) => {
    const page = pages.get(slug);
    expect(page).toBeDefined();
    expect(page?.body.includes(normalize(phrase))).toBe(expected);
  });

  test.each(['sending-frequency', 'pop-imap'])('%s marks its correction with a :::correction block', (slug) => {
    expect(rawPages.get(slug) ?? '').toMatch(/^:::correction$/m);
  });

  test.each(['月に1通未満', '月に1通以上', 'Internet メッセージ Access Protocol', 'Internet Message Access Protocol'])(
    'changelog.md mentions "%s"',
    (phrase) => {
      expect(normalize(changelog)).toContain(normalize(phrase));
    },
  );
});

describe('page structure', () => {
  test.each(SLUGS)('%s has the contract section ids and parses without problems', (slug) => {
    const markdown = rawPages.get(slug) ?? '';
    const doc = parseMarkdown(markdown);
    expect(doc.problems).toEqual([]);
    const ids = [...markdown.matchAll(/\{#([a-z0-9-]+)\}/g)].map((m) => m[1]);
    expect(ids).toEqual(expect.arrayContaining([...(CONTRACT[slug] ?? [])]));
  });

  test('recipient-checks has a checklist with one item per check', () => {
    expect(rawPages.get('recipient-checks')?.match(/^- \[ \] /gm)).toHaveLength(6);
  });

  test('safe-senders has a template message in its how-to-ask section', () => {
    const section = (rawPages.get('safe-senders') ?? '').split('{#how-to-ask}')[1] ?? '';
    expect(section).toContain('件名');
    expect(section).toContain('よろしくお願いいたします');
  });

  const files = [...SLUGS.map((slug) => [pagePath(slug), rawPages.get(slug) ?? ''] as const), ['changelog.md', changelog] as const];
  test.each(files)('every /guide link in %s points to an existing page and section', (_file, markdown) => {
    const broken: string[] = [];
    for (const match of markdown.matchAll(/\]\(\/guide\/([a-z0-9-]+)(?:#([a-z0-9-]+))?\)/g)) {
      const [href, slug = '', section] = match;
      const target = rawPages.get(slug);
      if (target === undefined || (section !== undefined && !target.includes(`{#${section}}`))) broken.push(href);
    }
    expect(broken).toEqual([]);
  });
});
