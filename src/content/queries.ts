import { queryOptions } from '@tanstack/react-query';
import { ContentError } from './content-error';
import { fetchJson, fetchText, parseJsonText } from './fetch';
import { fingerprint } from './fingerprint';
import type { DecisionTree } from './schemas/tree';
import type { SmtpDb } from './schemas/smtp-db';
import type * as ContentParsersModule from './parse-content';

type ContentParsers = typeof ContentParsersModule;

// The schemas and the markdown parser load with the first fetch, not with the page (parse-content.ts).
// Failing to load that code is a network failure like failing to load the file (and is retried as one).
// Once loaded, the check waits for the next task: evaluating that module and checking a file are then two
// short tasks on a phone's main thread instead of one long one that would hold up a tap.
const parsers = async (file: string) => {
  const module = await import('./parse-content').catch(() => {
    throw new ContentError('network', file, null, 'could not be checked (the site code did not download)');
  });
  await nextTask();
  return module;
};

/** Resolves in the next task, so that work before and after it are two tasks on the main thread. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export type Locale = 'ja';
// Only Japanese exists today; every content path already carries the locale so more can be added.
export const DEFAULT_LOCALE: Locale = 'ja';

export const contentFiles = {
  site: (locale: Locale) => `content/${locale}/site.json`,
  page: (locale: Locale, slug: string) => `content/${locale}/pages/${slug}.md`,
  changelog: (locale: Locale) => `content/${locale}/changelog.md`,
  tree: (locale: Locale) => `content/${locale}/tree.json`,
  smtpDb: () => 'data/smtp-codes.json',
  searchSynonyms: (locale: Locale) => `content/${locale}/search-synonyms.json`,
  // Built by npm run build from the content above (scripts/lib/search-docs.ts); not in public/.
  searchIndex: () => 'data/search-index.json',
};

const STALE = 5 * 60_000;

// Fingerprints of the data files a prerendered page was built with (the build checked those very files).
const builtFiles = new Map<string, string>();

/** Records the fingerprints a prerendered page carries (src/main.tsx), by file path under public/. */
export function recordBuiltFiles(files: Record<string, string>): void {
  for (const [file, print] of Object.entries(files)) if (typeof print === 'string') builtFiles.set(file, print);
}

/**
 * A data file as checked data. When the page was built from this very text (same fingerprint), the
 * build's check holds and the schemas need not load: on a phone that is 10 KB of code and a 25 ms task less
 * while the troubleshooter or the code list hydrates. Any other text (an operator's edit after the build,
 * a page without fingerprints) is checked in full.
 */
async function readDataFile<T>(file: string, signal: AbortSignal, check: (module: ContentParsers, data: unknown) => T): Promise<T> {
  const text = await fetchText(file, signal);
  const data = parseJsonText(text, file);
  // Hashing is skipped where the page carries no fingerprint for the file (client-side navigation).
  const built = builtFiles.get(file);
  if (built !== undefined && built === fingerprint(text)) return data as T;
  return check(await parsers(file), data);
}

export const siteQuery = (locale: Locale = DEFAULT_LOCALE) =>
  queryOptions({
    queryKey: ['content', locale, 'site'],
    queryFn: async ({ signal }) => {
      const file = contentFiles.site(locale);
      const [data, { parseSite }] = await Promise.all([fetchJson(file, signal), parsers(file)]);
      return parseSite(data, file);
    },
    staleTime: STALE,
  });

export const markdownQuery = (file: string, key: readonly string[]) =>
  queryOptions({
    queryKey: key,
    queryFn: async ({ signal }) => {
      const [text, { parseMarkdown }] = await Promise.all([fetchText(file, signal), parsers(file)]);
      return parseMarkdown(text);
    },
    staleTime: STALE,
  });

export const pageQuery = (slug: string, locale: Locale = DEFAULT_LOCALE) =>
  markdownQuery(contentFiles.page(locale, slug), ['content', locale, 'page', slug]);

export const changelogQuery = (locale: Locale = DEFAULT_LOCALE) =>
  markdownQuery(contentFiles.changelog(locale), ['content', locale, 'changelog']);

export const treeQuery = (locale: Locale = DEFAULT_LOCALE) =>
  queryOptions({
    queryKey: ['content', locale, 'tree'],
    queryFn: ({ signal }) => readDataFile<DecisionTree>(contentFiles.tree(locale), signal, ({ parseTree }, data) => parseTree(data, contentFiles.tree(locale))),
    staleTime: STALE,
  });

/** The SMTP code database: large, so only the lookup and code pages load it (never the guide pages). */
export const smtpDbQuery = () =>
  queryOptions({
    queryKey: ['data', 'smtp-codes'],
    queryFn: ({ signal }) => readDataFile<SmtpDb>(contentFiles.smtpDb(), signal, ({ parseSmtpDb }, data) => parseSmtpDb(data, contentFiles.smtpDb())),
    staleTime: Infinity,
  });
