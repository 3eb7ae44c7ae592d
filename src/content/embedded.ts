// Content that travels inside a prerendered page: which queries, which files, and the check after load
// whether the server still has the same files. Loaded by src/main.tsx after load, when the browser is idle
// (a chunk of its own: nothing here is needed for the first view), and by the build (src/entry-server.tsx).
import type { DehydratedState, QueryClient } from '@tanstack/react-query';
import { fetchText } from './fetch';
import { fingerprint } from './fingerprint';
import { contentFiles } from './queries';
import type { Locale } from './queries';

/** The cache state a prerendered page carries: its content queries and each one's file fingerprint. */
export interface EmbeddedState extends DehydratedState {
  /** By query hash: the fingerprint of the file the query was read from at build time. */
  fingerprints?: Record<string, string>;
  /** By file path under public/: the fingerprint of a data file the page loads (tree, code database). */
  files?: Record<string, string>;
}

/**
 * The content file a cached query was read from, for the queries whose data travels inside a prerendered
 * page (the site settings, a guide page, the changelog: small, and what the first view shows); null for
 * the rest, which are fetched when needed. The build embeds these, with each file's fingerprint, and the
 * browser checks the live file against that fingerprint after load (refreshEmbeddedContent below).
 */
export function embeddedFileOf(key: readonly unknown[]): string | null {
  const [area, lang, kind, slug] = key;
  if (area !== 'content' || typeof lang !== 'string') return null;
  const locale = lang as Locale;
  if (kind === 'site') return contentFiles.site(locale);
  if (kind === 'changelog') return contentFiles.changelog(locale);
  if (kind === 'page' && typeof slug === 'string') return contentFiles.page(locale, slug);
  return null;
}

/**
 * The embedded copy is the build's; the server may hold an operator's later edit. Fetch each live file and
 * compare it with the fingerprint of the file the page was built from. Only a file that changed is read
 * and checked again (its query is refetched, loading the schemas and the Markdown parser); an unchanged
 * one costs a download the HTTP cache usually answers, and no parsing at all.
 */
export async function refreshEmbeddedContent(queryClient: QueryClient, state: EmbeddedState): Promise<void> {
  await Promise.all(
    state.queries.map(async (query) => {
      const file = embeddedFileOf(query.queryKey);
      const built = state.fingerprints?.[query.queryHash];
      if (file && built) {
        try {
          if (fingerprint(await fetchText(file)) === built) return;
        } catch {
          // Offline, or the file is gone: the query's own fetch below reports it the usual way.
        }
      }
      await queryClient.invalidateQueries({ queryKey: query.queryKey, exact: true });
    }),
  );
}
