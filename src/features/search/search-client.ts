// The page's side of the site search: one search worker per page session (per QueryClient), started on
// the first use of the search box or the /search page, never at load of another page. Loading the index
// and matching run there (search-engine.ts), so typing stays smooth on a phone and /search does no
// search work on the main thread. Where there is no Worker (jsdom, an old browser) or it cannot start or
// fails, the same engine is imported and run on the page, as the analysers do (run-analyser.ts).
import type { QueryClient } from '@tanstack/react-query';
import { ContentError } from '../../content/content-error';
import { fetchJson } from '../../content/fetch';
import { nextTask } from '../../content/queries';
import type { SearchResult } from '../../engine/search/types';
import type { SearchEngine } from './search-engine';
import { fromWire, isSearchReply } from './search-messages';
import type { IndexInfo, SearchReply, SearchRequest } from './search-messages';

export interface SearchService {
  /** (Re)loads the index; rejects with a ContentError naming the file and field when it is broken. */
  load(file: string): Promise<IndexInfo>;
  /** Results for a query; an aborted request rejects with the signal's reason and is not answered. */
  search(file: string, query: string, limit: number, signal?: AbortSignal): Promise<SearchResult[]>;
}

/** The worker failed in a way that says nothing about the index file (a bug, not content). */
export class SearchFailedError extends Error {
  constructor() {
    super('The search failed');
    this.name = 'SearchFailedError';
  }
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('Aborted', 'AbortError');
}

/** The same engine on the main thread, imported on first use; loading yields between its steps. */
function onMainThread(): SearchService {
  let engine: Promise<SearchEngine> | undefined;
  const get = (file: string) =>
    (engine ??= import('./search-engine').then(
      (m) => m.createSearchEngine({ fetchJson, pause: nextTask }),
      () => {
        engine = undefined;
        // Like a file that did not download (and retried as one).
        throw new ContentError('network', file, null, 'could not be loaded (the search code did not download)');
      },
    ));
  return {
    load: async (file) => (await get(file)).load(file),
    search: async (file, query, limit, signal) => {
      const searcher = await (await get(file)).ready(file);
      if (signal?.aborted) throw abortReason(signal);
      return searcher.search(query, limit);
    },
  };
}

type Outgoing = { type: 'load'; file: string } | { type: 'search'; file: string; query: string; limit: number };

interface Pending {
  answer(reply: SearchReply | null): void;
  /** The worker is gone: ask the main-thread engine instead. */
  redo(): void;
}

/** The service in a worker, falling back to the main thread for good if the worker cannot start or fails. */
function inWorker(startWorker: () => Worker): SearchService {
  let worker: Worker | null;
  try {
    worker = startWorker();
  } catch {
    return onMainThread();
  }
  let here: SearchService | null = null;
  const mainThread = () => (here ??= onMainThread());
  const pending = new Map<number, Pending>();
  let nextId = 1;

  const failOver = () => {
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) p.redo();
  };
  worker.addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data;
    const id = typeof data === 'object' && data !== null && 'id' in data && typeof data.id === 'number' ? data.id : null;
    const p = id === null ? undefined : pending.get(id);
    if (id === null || !p) return;
    pending.delete(id);
    p.answer(isSearchReply(data) ? data : null);
  });
  // The worker script did not load or start (blocked, missing, module workers unsupported) or crashed.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    failOver();
  });
  worker.addEventListener('messageerror', failOver);

  function send<T>(message: Outgoing, read: (reply: SearchReply & { ok: true }) => T | undefined, redo: (service: SearchService) => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    const current = worker;
    if (!current) return redo(mainThread());
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        pending.delete(id);
        worker?.postMessage({ type: 'cancel', id } satisfies SearchRequest);
        reject(abortReason(signal!));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      pending.set(id, {
        answer: (reply) => {
          signal?.removeEventListener('abort', onAbort);
          if (reply && !reply.ok) {
            reject(reply.error ? fromWire(reply.error) : new SearchFailedError());
            return;
          }
          const value = reply ? read(reply) : undefined;
          if (value === undefined) reject(new SearchFailedError());
          else resolve(value);
        },
        redo: () => {
          signal?.removeEventListener('abort', onAbort);
          redo(mainThread()).then(resolve, reject);
        },
      });
      current.postMessage({ ...message, id } satisfies SearchRequest);
    });
  }

  return {
    load: (file) =>
      send(
        { type: 'load', file },
        (reply) => ('index' in reply ? reply.index : undefined),
        (service) => service.load(file),
      ),
    search: (file, query, limit, signal) =>
      send(
        { type: 'search', file, query, limit },
        (reply) => ('results' in reply ? reply.results : undefined),
        (service) => service.search(file, query, limit, signal),
        signal,
      ),
  };
}

const services = new WeakMap<QueryClient, SearchService>();

/** The search of this page session (one per QueryClient), started on first use. */
export function searchService(client: QueryClient): SearchService {
  let service = services.get(client);
  if (!service) {
    service =
      typeof Worker === 'undefined'
        ? onMainThread()
        : // This exact form lets Vite bundle the worker as its own file (the CSP allows workers from 'self' only).
          inWorker(() => new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' }));
    services.set(client, service);
  }
  return service;
}
