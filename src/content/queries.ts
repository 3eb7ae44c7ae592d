import { queryOptions } from '@tanstack/react-query';
import { fetchJson, fetchText } from './fetch';
import { parseMarkdown } from './markdown/parse';
import { siteSettings } from './schemas/site';
import { smtpDb } from './schemas/smtp-db';
import { decisionTree } from './schemas/tree';
import { parseWith } from './validate';

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

export const siteQuery = (locale: Locale = DEFAULT_LOCALE) =>
  queryOptions({
    queryKey: ['content', locale, 'site'],
    queryFn: async ({ signal }) => {
      const file = contentFiles.site(locale);
      return parseWith(siteSettings, await fetchJson(file, signal), file);
    },
    staleTime: STALE,
  });

export const markdownQuery = (file: string, key: readonly string[]) =>
  queryOptions({
    queryKey: key,
    queryFn: async ({ signal }) => parseMarkdown(await fetchText(file, signal)),
    staleTime: STALE,
  });

export const pageQuery = (slug: string, locale: Locale = DEFAULT_LOCALE) =>
  markdownQuery(contentFiles.page(locale, slug), ['content', locale, 'page', slug]);

export const changelogQuery = (locale: Locale = DEFAULT_LOCALE) =>
  markdownQuery(contentFiles.changelog(locale), ['content', locale, 'changelog']);

export const treeQuery = (locale: Locale = DEFAULT_LOCALE) =>
  queryOptions({
    queryKey: ['content', locale, 'tree'],
    queryFn: async ({ signal }) => {
      const file = contentFiles.tree(locale);
      return parseWith(decisionTree, await fetchJson(file, signal), file);
    },
    staleTime: STALE,
  });

/** The SMTP code database: large, so only the lookup and code pages load it (never the guide pages). */
export const smtpDbQuery = () =>
  queryOptions({
    queryKey: ['data', 'smtp-codes'],
    queryFn: async ({ signal }) => {
      const file = contentFiles.smtpDb();
      return parseWith(smtpDb, await fetchJson(file, signal), file);
    },
    staleTime: Infinity,
  });
