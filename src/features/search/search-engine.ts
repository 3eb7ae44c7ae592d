// The site search's heavy half: downloading data/search-index.json, checking it, preparing the matcher
// (folding every document) and answering queries. It runs in the search worker (search.worker.ts), and on
// the page only where there is no worker (search-client.ts imports it on demand then).
//
// The index is downloaded with src/content/fetch.ts's fetchJson (base path, HTML fallback pages, size
// limit), which the worker and the page pass in rather than this module importing it: imported from this
// second-level lazy chunk, Rolldown 1.2 moves src/content/content-error.ts out of the entry bundle into a
// chunk of its own that every page would then load first (docs/budgets.md).
import { ContentError, isContentError } from '../../content/content-error';
import type { fetchJson } from '../../content/fetch';
import { searchIndex, searchIndexProblem } from '../../content/schemas/search';
import { parseWith } from '../../content/validate';
import { createSearcher } from '../../engine/search/search';
import type { Searcher } from '../../engine/search/search';
import type { SearchIndexData } from '../../engine/search/types';
import { isSearchRequest, toWire } from './search-messages';
import type { IndexInfo, SearchReply } from './search-messages';

interface Loaded {
  index: IndexInfo;
  searcher: Searcher;
}

export interface EngineOptions {
  /** src/content/fetch.ts's fetchJson (see above). */
  fetchJson: typeof fetchJson;
  /** Runs between downloading, checking and preparing: on the main thread, a yield to the next task. */
  pause?: () => Promise<void>;
}

/** Downloads and checks the index and prepares the matcher. */
async function loadIndex(file: string, { fetchJson, pause }: EngineOptions): Promise<Loaded> {
  const json = await fetchJson(file);
  await pause?.();
  const data = parseWith(searchIndex, json, file);
  const problem = searchIndexProblem(data.docs);
  if (problem) throw new ContentError('invalid', file, problem.path, problem.message);
  await pause?.();
  const searcher = createSearcher(data as SearchIndexData);
  return { index: { version: data.version, size: searcher.size }, searcher };
}

export interface SearchEngine {
  /** (Re)loads the index: the page asks once per session, and again after a failure. */
  load(file: string): Promise<IndexInfo>;
  /** The matcher of the index loaded last (loading it first if there is none). */
  ready(file: string): Promise<Searcher>;
}

/**
 * The index and matcher of one page session. On the main thread `pause` splits loading into separate
 * tasks, so a tap between them is answered; a worker needs none.
 */
export function createSearchEngine(options: EngineOptions): SearchEngine {
  let current: Promise<Loaded> | null = null;
  const load = (file: string) => {
    const loading = loadIndex(file, options);
    current = loading;
    // A failed load is not kept: the next request tries again (the network may be back).
    loading.catch(() => {
      if (current === loading) current = null;
    });
    return loading;
  };
  return {
    load: async (file) => (await load(file)).index,
    ready: async (file) => (await (current ?? load(file))).searcher,
  };
}

/**
 * The worker's side of search-messages.ts: returns the handler for each message's data; `reply` posts an
 * answer back. Searches run in the order they came, once the index is ready; one the page has cancelled
 * by then is skipped (while the index loads, typing queues a search per keystroke).
 */
export function serveSearchRequests(reply: (message: SearchReply) => void, options: EngineOptions): (data: unknown) => void {
  const engine = createSearchEngine(options);
  const waiting = new Set<number>();
  const cancelled = new Set<number>();
  const fail = (id: number, error: unknown) => reply({ id, ok: false, error: isContentError(error) ? toWire(error) : null });
  return (data) => {
    if (!isSearchRequest(data)) return;
    const { id } = data;
    switch (data.type) {
      case 'cancel':
        if (waiting.has(id)) cancelled.add(id);
        return;
      case 'load':
        engine.load(data.file).then((index) => reply({ id, ok: true, index }), (error: unknown) => fail(id, error));
        return;
      case 'search': {
        const { file, query, limit } = data;
        waiting.add(id);
        const done = () => {
          waiting.delete(id);
          return cancelled.delete(id);
        };
        engine.ready(file).then(
          (searcher) => {
            if (done()) return;
            try {
              reply({ id, ok: true, results: searcher.search(query, limit) });
            } catch (error) {
              fail(id, error);
            }
          },
          (error: unknown) => {
            if (!done()) fail(id, error);
          },
        );
      }
    }
  };
}
