import { afterEach, describe, expect, test, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { ContentError } from '../../../src/content/content-error';
import { fetchJson, fetchText } from '../../../src/content/fetch';
import { pageQuery, siteQuery } from '../../../src/content/queries';

const validSite = {
  schemaVersion: 1,
  locale: 'ja',
  defaultLocale: 'ja',
  siteName: 'テスト',
  description: '説明',
  home: { lead: ['一行目'] },
  support: { email: 'support@example.com' },
  topics: [{ slug: 'bounces', title: 'バウンス', description: '説明' }],
};

function serve(files: Record<string, { status?: number; body: string } | Error>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const entry = files[url];
      if (entry instanceof Error) throw entry;
      if (!entry) return new Response('not found', { status: 404 });
      return new Response(entry.body, { status: entry.status ?? 200 });
    }),
  );
}

async function rejection(promise: Promise<unknown>): Promise<ContentError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ContentError)) throw new Error(`expected a ContentError, got ${String(error)}`);
  return error;
}

const fetchSite = () => new QueryClient().fetchQuery({ ...siteQuery(), retry: false });

afterEach(() => vi.unstubAllGlobals());

describe('content loading', () => {
  test('a valid site.json is parsed', async () => {
    serve({ '/content/ja/site.json': { body: JSON.stringify(validSite) } });
    await expect(fetchSite()).resolves.toMatchObject({ siteName: 'テスト', topics: [{ slug: 'bounces' }] });
  });

  test.each([
    ['missing file', {}, 'missing', '(file)', 'HTTP 404'],
    ['server error', { '/content/ja/site.json': { status: 500, body: 'oops' } }, 'network', '(file)', 'HTTP 500'],
    ['network failure', { '/content/ja/site.json': new TypeError('Failed to fetch') }, 'network', '(file)', 'network error'],
    ['SPA fallback answers HTML', { '/content/ja/site.json': { body: '<!doctype html><html></html>' } }, 'missing', '(file)', 'HTML page'],
    ['not JSON', { '/content/ja/site.json': { body: '{"siteName": ' } }, 'unparseable', '(file)', 'not valid JSON'],
    ['wrong type', { '/content/ja/site.json': { body: JSON.stringify({ ...validSite, siteName: 5 }) } }, 'invalid', 'siteName', 'expected string'],
    ['empty field', { '/content/ja/site.json': { body: JSON.stringify({ ...validSite, siteName: '  ' }) } }, 'invalid', 'siteName', 'must not be empty'],
    [
      'bad nested field',
      { '/content/ja/site.json': { body: JSON.stringify({ ...validSite, topics: [{ slug: 'Bad Slug', title: 'x', description: 'y' }] }) } },
      'invalid',
      'topics.0.slug',
      'kebab-case',
    ],
    [
      'wrong schema version',
      { '/content/ja/site.json': { body: JSON.stringify({ ...validSite, schemaVersion: 2 }) } },
      'invalid',
      'schemaVersion',
      'must be one of 1',
    ],
    [
      'no support contact',
      { '/content/ja/site.json': { body: JSON.stringify({ ...validSite, support: {} }) } },
      'invalid',
      'support',
      'e-mail address or a URL',
    ],
    [
      'javascript: support URL',
      { '/content/ja/site.json': { body: JSON.stringify({ ...validSite, support: { url: 'javascript:alert(1)' } }) } },
      'invalid',
      'support.url',
      'http(s) URL',
    ],
  ])('%s → a ContentError naming the file and field', async (_name, files, kind, field, detail) => {
    serve(files);
    const error = await rejection(fetchSite());
    expect(error.kind).toBe(kind);
    expect(error.file).toBe('content/ja/site.json');
    expect(error.field ?? '(file)').toBe(field);
    expect(error.detail).toContain(detail);
  });

  test('a page is fetched and parsed into blocks', async () => {
    serve({ '/content/ja/pages/bounces.md': { body: '## 見出し {#a}\n\n本文です。' } });
    const doc = await new QueryClient().fetchQuery(pageQuery('bounces'));
    expect(doc.blocks.map((b) => b.type)).toEqual(['heading', 'paragraph']);
  });

  test('fetchText refuses an oversized file', async () => {
    serve({ '/content/ja/pages/huge.md': { body: 'あ'.repeat(2_000_001) } });
    const error = await rejection(fetchText('content/ja/pages/huge.md'));
    expect(error.detail).toContain('too large');
  });

  test('fetchJson reports the file for invalid JSON', async () => {
    serve({ '/data/smtp-codes.json': { body: 'not json' } });
    const error = await rejection(fetchJson('data/smtp-codes.json'));
    expect(error.message).toMatch(/^data\/smtp-codes\.json: \(file\): is not valid JSON/);
  });
});
