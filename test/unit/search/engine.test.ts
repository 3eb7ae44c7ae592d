import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { collectRoutes } from '../../../scripts/lib/routes';
import { buildSearchIndex, fileSource } from '../../../scripts/lib/search-docs';
import { checkAllContent, formatProblem } from '../../../src/content/check';
import { checkSynonyms } from '../../../src/content/check/search-synonyms';
import { headings } from '../../../src/content/markdown/ast';
import { parseMarkdown } from '../../../src/content/markdown/parse';
import { smtpDb } from '../../../src/content/schemas/smtp-db';
import { decisionTree } from '../../../src/content/schemas/tree';
import { fold, foldWithMap } from '../../../src/engine/search/fold';
import { cleanQuery, MAX_QUERY_CHARS } from '../../../src/engine/search/clean-query';
import { codeInQuery, createSearcher } from '../../../src/engine/search/search';
import type { SearchIndexData } from '../../../src/engine/search/types';
import { listCanonicalSteps } from '../../../src/engine/tree/canonical-steps';

const PUBLIC = join(import.meta.dirname, '..', '..', '..', 'public');
const routes = collectRoutes(PUBLIC).map((r) => r.path);
const index = buildSearchIndex(fileSource(PUBLIC), routes);
const searcher = createSearcher(index);
const urls = new Set(index.docs.map((d) => d[0]));

describe('fold: one spelling for what a reader sees as the same word', () => {
  test.each([
    ['ＳＰＦ', 'spf'],
    ['ﾒｲﾜｸ', 'めいわく'],
    ['ｶﾞｰﾄﾞ', 'がど'],
    ['メール', 'める'],
    ['めーる', 'める'],
    ['サーバ', 'さば'],
    ['サーバー', 'さば'],
    ['キャッシュ', 'きやつしゆ'],
    ['きゃっしゅ', 'きやつしゆ'],
    ['５．７．２６', '5.7.26'],
    ['ＤＫＩＭ署名', 'dkim署名'],
  ])('%s → %s', (source, folded) => {
    expect(fold(source)).toBe(folded);
    expect(foldWithMap(source).text).toBe(folded);
  });

  test('every folded character maps back into the source, in order (so highlights land on the right text)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ﾒｲﾜｸｶﾞﾊﾟメールＳＰＦspf迷惑㈱①ー 　.5'.split('')), maxLength: 40 }), (s) => {
        const { text, map } = foldWithMap(s);
        expect(map).toHaveLength(text.length + 1);
        for (let i = 1; i < map.length; i += 1) expect(map[i]!).toBeGreaterThanOrEqual(map[i - 1]!);
        expect(map[map.length - 1]).toBe(s.length);
      }),
    );
  });
});

describe('the index covers everything the site shows', () => {
  test('every guide section, with its page', () => {
    const site = JSON.parse(readFileSync(join(PUBLIC, 'content/ja/site.json'), 'utf8')) as { topics: { slug: string }[] };
    let sections = 0;
    for (const { slug } of site.topics) {
      expect(urls).toContain(`/guide/${slug}`);
      for (const h of headings(parseMarkdown(readFileSync(join(PUBLIC, `content/ja/pages/${slug}.md`), 'utf8')))) {
        expect(urls).toContain(`/guide/${slug}#${h.id}`);
        sections += 1;
      }
    }
    expect(sections).toBeGreaterThan(40);
  });

  test('every troubleshooter step and outcome, at the URL the map links to', () => {
    const tree = decisionTree.parse(JSON.parse(readFileSync(join(PUBLIC, 'content/ja/tree.json'), 'utf8')));
    const steps = listCanonicalSteps(tree);
    for (const step of steps) expect(urls).toContain(step.url);
    expect(steps.length).toBe(tree.nodes.length);
  });

  test('every SMTP code and every provider rule', () => {
    const db = smtpDb.parse(JSON.parse(readFileSync(join(PUBLIC, 'data/smtp-codes.json'), 'utf8')));
    for (const e of [...db.basic, ...db.enhanced]) expect(urls).toContain(`/smtp/codes/${e.code}`);
    const rules = db.providers.reduce((n, p) => n + p.rules.length, 0);
    expect(index.docs.filter((d) => d[1] === 'provider')).toHaveLength(rules);
  });

  test('tools are listed only when their page exists (the header analyser appears once /headers is built)', () => {
    const tools = index.docs.filter((d) => d[1] === 'tool').map((d) => d[0]);
    expect(tools).toEqual(expect.arrayContaining(['/smtp', '/smtp/codes', '/troubleshoot']));
    expect(tools.includes('/headers')).toBe(routes.includes('/headers'));
    const withHeaders = buildSearchIndex(fileSource(PUBLIC), [...routes, '/headers']);
    expect(createSearcher(withHeaders).search('ヘッダー解析')[0]?.url).toBe('/headers');
  });

  test('a page added to the content is searchable without code changes', () => {
    const source = fileSource(PUBLIC);
    const site = JSON.parse(source.read('content/ja/site.json')) as { topics: { slug: string; title: string; description: string }[] };
    site.topics.push({ slug: 'isp-mail', title: 'プロバイダーのメール', description: 'プロバイダーのメールの受信設定です。' });
    const added = buildSearchIndex(
      {
        read: (file) =>
          file === 'content/ja/site.json' ? JSON.stringify(site) : file === 'content/ja/pages/isp-mail.md' ? '## ぷらら {#plala}\n\n受信設定で迷惑メールフィルターを確認します。' : source.read(file),
        exists: (file) => file === 'content/ja/pages/isp-mail.md' || source.exists(file),
      },
      routes,
    );
    expect(createSearcher(added).search('ぷらら')[0]?.url).toBe('/guide/isp-mail#plala');
  });

  test('the served index is small: every document has a URL and a heading, and the file stays under 60 KB gzip', async () => {
    const { gzipSync } = await import('node:zlib');
    for (const d of index.docs) {
      expect(d[0]).toMatch(/^\//);
      expect(d[3].trim()).not.toBe('');
    }
    expect(gzipSync(JSON.stringify(index), { level: 9 }).length).toBeLessThan(60 * 1024);
  });
});

describe('matching', () => {
  const first = (q: string) => searcher.search(q)[0];

  test('highlights are the source text, cut at the right places', () => {
    for (const q of ['ﾒｲﾜｸﾒｰﾙ', 'めいわくめーる', 'ＳＰＦ', 'ファイアウォール', 'dkmi']) {
      const r = first(q);
      expect(r, q).toBeDefined();
      const hits = [...r!.heading, ...r!.snippet].filter((p) => p.hit).map((p) => p.text);
      expect(hits.length, q).toBeGreaterThan(0);
      // Every highlighted run is text that really occurs in the result.
      const whole = index.docs.find((d) => d[0] === r!.url)!;
      for (const h of hits) expect(`${whole[3]} ${whole[4]}`).toContain(h);
    }
    expect(first('ﾒｲﾜｸﾒｰﾙ')!.heading.find((p) => p.hit)?.text).toBe('迷惑メール');
  });

  test('a code query names the code page (full width, registry form, in a sentence)', () => {
    expect(codeInQuery('５５０')).toEqual({ code: '550', registry: '550' });
    expect(codeInQuery('Status: 5.7.26 (auth)')).toEqual({ code: '5.7.26', registry: 'x.7.26' });
    expect(codeInQuery('550-5.1.1 The email account does not exist')).toEqual({ code: '5.1.1', registry: 'x.1.1' });
    expect(codeInQuery('10.550.1')).toBeNull();
    expect(codeInQuery('メールが届かない')).toBeNull();
    // An unregistered class variant still lands on its code page, which explains it in the browser.
    expect(first('5.1.1')?.url).toBe('/smtp/codes/5.1.1');
  });

  test('a Latin word one letter off is corrected; a word that exists is never "corrected"', () => {
    const top = (q: string) => searcher.search(q, 3).map((r) => r.url);
    for (const [typo, word] of [['gmial', 'gmail'], ['outlok', 'outlook'], ['dmrac', 'dmarc'], ['firewal', 'firewall']]) {
      const [a, b] = [top(typo!), top(word!)];
      expect(a.length, typo).toBeGreaterThan(0);
      expect(a[0], typo).toBe(b[0]);
      expect(a.filter((u) => b.includes(u)).length, typo).toBeGreaterThanOrEqual(2);
    }
    const tls = searcher.search('tls');
    expect(tls.length).toBeGreaterThan(0);
    for (const r of tls.slice(0, 3)) expect([...r.heading, ...r.snippet].some((p) => p.hit && /tls/i.test(p.text))).toBe(true);
  });

  test('synonyms from the content file: スパム finds 迷惑メール, docomo finds ドコモ once content mentions it', () => {
    const r = first('スパム');
    expect([...r!.heading, ...r!.snippet].some((p) => p.hit && p.text === '迷惑メール')).toBe(true);
    const custom: SearchIndexData = { schemaVersion: 1, version: 't', docs: [['/a', 'section', 'P', 'ドコモの受信設定', '本文', '', '']], synonyms: [['ドコモ', 'docomo']] };
    expect(createSearcher(custom).search('DOCOMO')[0]?.url).toBe('/a');
  });
});

describe('bad input: no error, no hang', () => {
  const hostile = [
    '',
    '   \t\n',
    'x'.repeat(10_000),
    'メール'.repeat(3_000),
    '.*+?^${}()|[]\\',
    '(a+)+$',
    '😀📧🔥',
    '👨‍👩‍👧‍👦',
    'مرحبا بالعالم',
    'שלום',
    '\u202eevil\u202c',
    'a\u0000b\u0007c\u001b[31m',
    '\ud800',
    '<script>alert(1)</script>',
  ];
  test.each(hostile.map((q) => [JSON.stringify(q).slice(0, 40), q]))('%s', (_label, q) => {
    const started = performance.now();
    const results = searcher.search(q);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(Array.isArray(results)).toBe(true);
    if (q.trim() === '') expect(results).toEqual([]);
  });

  test('cleanQuery cuts overlong input and removes control and format characters', () => {
    expect(cleanQuery('x'.repeat(10_000))).toHaveLength(MAX_QUERY_CHARS);
    expect(cleanQuery('a\u0000b\u202ec')).toBe('a b c');
  });

  test('random strings never throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (q) => {
        expect(() => searcher.search(q)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('synonyms content check', () => {
  test('the shipped file passes, and problems name the file, the JSON path and the reason', () => {
    const read = (file: string) => {
      try {
        return readFileSync(join(PUBLIC, file), 'utf8');
      } catch {
        return null;
      }
    };
    const list = (dir: string) => readdirSync(join(PUBLIC, dir)).map((n) => `${dir}/${n}`);
    expect(checkAllContent(read, list).problems).toEqual([]);

    const broken = (body: string) =>
      checkAllContent((file) => (file === 'content/ja/search-synonyms.json' ? body : read(file)), list)
        .problems.filter((p) => p.file.endsWith('search-synonyms.json'))
        .map(formatProblem);
    expect(broken('{')).toEqual([expect.stringMatching(/^content\/ja\/search-synonyms\.json: \(file\): is not valid JSON/)]);
    expect(broken('{"schemaVersion":1,"groups":[["迷惑メール"]]}')).toEqual(['content/ja/search-synonyms.json: groups.0: a group needs at least two words']);
    expect(broken('{"schemaVersion":1,"groups":[["迷惑メール",""]]}')).toEqual(['content/ja/search-synonyms.json: groups.0.1: must not be empty']);
    expect(broken('{"schemaVersion":1,"groups":[["a","b"]],"extra":1}')).toEqual(['content/ja/search-synonyms.json: (root): unknown field(s): extra']);
  });

  test('words written twice (width, kana, case, ー) or in two groups are reported', () => {
    expect(checkSynonyms([['サーバー', 'サーバ', 'server'], ['ＳＥＲＶＥＲ', 'x'], ['ー', 'y']])).toEqual([
      { path: 'groups.0.1', message: '"サーバ" is the same word as groups.0.0 (search ignores width, case, kana type and ー)' },
      { path: 'groups.1.0', message: '"ＳＥＲＶＥＲ" is the same word as groups.0.2; merge the two groups' },
      { path: 'groups.2.0', message: '"ー" has no letters or digits left after normalisation' },
    ]);
  });
});
