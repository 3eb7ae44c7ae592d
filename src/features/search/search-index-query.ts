import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '../../content/fetch';
import { contentFiles, nextTask } from '../../content/queries';
import { ContentError } from '../../content/content-error';
import { searchIndex, searchIndexProblem } from '../../content/schemas/search';
import { parseWith } from '../../content/validate';
import { createSearcher } from '../../engine/search/search';
import type { SearchIndexData } from '../../engine/search/types';

/**
 * The site search index (data/search-index.json, built with the site from its content), loaded the
 * first time the search box is used and kept for the session; the service worker keeps a copy offline.
 */
export const searchIndexQuery = () =>
  queryOptions({
    queryKey: ['data', 'search-index'],
    queryFn: async ({ signal }) => {
      const file = contentFiles.searchIndex();
      const json = await fetchJson(file, signal);
      // Checking the file and preparing the searcher are each a task of their own, so a phone's main
      // thread is never held for all of it at once (a tap in between is answered).
      await nextTask();
      const data = parseWith(searchIndex, json, file);
      const problem = searchIndexProblem(data.docs);
      if (problem) throw new ContentError('invalid', file, problem.path, problem.message);
      await nextTask();
      return createSearcher(data as SearchIndexData);
    },
    staleTime: Infinity,
  });
