import { queryOptions } from '@tanstack/react-query';
import { contentFiles } from '../../content/queries';
import type { SearchResult } from '../../engine/search/types';
import { searchService } from './search-client';

/**
 * The site search index (data/search-index.json, built with the site from its content), loaded into the
 * search worker the first time the search box or /search is used, and kept for the session; the service
 * worker keeps a copy offline. The data is what the page needs to know (version, size): the index and the
 * matcher stay in the worker.
 */
export const searchIndexQuery = () =>
  queryOptions({
    queryKey: ['data', 'search-index'],
    queryFn: ({ client }) => searchService(client).load(contentFiles.searchIndex()),
    staleTime: Infinity,
  });

/** Results and the query they answer (while the next query's results arrive, the last ones stay shown). */
export interface FoundResults {
  query: string;
  results: SearchResult[];
}

/**
 * TanStack Query's keepPreviousData, written out: importing it from the library would add it to the entry
 * bundle (which holds the rest of TanStack Query) and one more export to the entry.
 */
function keepPrevious<T>(previous: T): T | undefined {
  return previous;
}

/**
 * Up to `limit` results for `query`, asked of the search worker once the index is loaded. A new query
 * keeps the previous results as placeholder data until its own arrive, so the list does not flicker while
 * typing; a query typed over before its answer came is cancelled (the worker skips it).
 */
export const searchResultsQuery = (index: { version: string } | undefined, query: string, limit: number) =>
  queryOptions({
    queryKey: ['search-results', index?.version ?? null, query, limit],
    queryFn: async ({ client, signal }): Promise<FoundResults> => ({
      query,
      results: await searchService(client).search(contentFiles.searchIndex(), query, limit, signal),
    }),
    enabled: index !== undefined && query !== '',
    staleTime: Infinity,
    placeholderData: keepPrevious,
  });
