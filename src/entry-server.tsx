// Server entry used only at build time (scripts/build.ts): renders one route to HTML, waiting for all
// data and lazy code, and returns what the HTML file needs (markup, head, cache state for hydration).
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { dehydrate, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { DehydratedState } from '@tanstack/react-query';
import { StaticRouter } from 'react-router';
import { AppRoutes } from './app/app-routes';
import { basename } from '@/routes';
import { siteQuery } from './content/queries';
import { embeddedFileOf } from './content/embedded';
import { fetchText } from './content/fetch';
import { fingerprint } from './content/fingerprint';
import type { PageMetaRecord } from './components/page-meta';
import { PageMetaCollector, PageMetaSink } from './components/page-meta';

/** The cache state a page carries, with the fingerprint of each embedded query's file (by query hash). */
export interface EmbeddedState extends DehydratedState {
  fingerprints: Record<string, string>;
}

export interface RenderedPage {
  html: string;
  record: PageMetaRecord;
  state: EmbeddedState;
}

export async function renderRoute(path: string): Promise<RenderedPage> {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const sink = new PageMetaSink();
  const errors: unknown[] = [];
  // The layout reads the site settings without suspending; have them ready as the browser will.
  await queryClient.prefetchQuery(siteQuery());
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <PageMetaCollector.Provider value={sink}>
        <QueryClientProvider client={queryClient}>
          <StaticRouter basename={basename() || '/'} location={`${basename()}${path}`}>
            <AppRoutes />
          </StaticRouter>
        </QueryClientProvider>
      </PageMetaCollector.Provider>
    </StrictMode>,
    {
      onError: (error) => void errors.push(error),
      // Never move a large boundary out of line: that needs an inline <script> to put it back, which
      // the CSP forbids, and the content would be invisible without JavaScript.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
    },
  );
  let html = '';
  for await (const chunk of prelude) html += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  if (errors.length > 0) throw new Error(`rendering ${path} failed: ${String(errors[0])}`);
  // The small content files the page was built from travel inside the HTML (src/content/queries.ts).
  const state = dehydrate(queryClient, {
    shouldDehydrateQuery: (query) => query.state.status === 'success' && embeddedFileOf(query.queryKey) !== null,
  });
  queryClient.clear();
  const fingerprints: Record<string, string> = {};
  for (const query of state.queries) {
    const file = embeddedFileOf(query.queryKey);
    if (file) fingerprints[query.queryHash] = fingerprint(await fetchText(file));
  }
  return { html, record: sink.record, state: { ...state, fingerprints } };
}
