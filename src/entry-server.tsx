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
import type { PageMetaRecord } from './components/page-meta';
import { PageMetaCollector, PageMetaSink } from './components/page-meta';

export interface RenderedPage {
  html: string;
  record: PageMetaRecord;
  state: DehydratedState;
}

/** Which cached data travels inside the HTML: the small content files the page was built from. */
function shouldEmbed(key: readonly unknown[]): boolean {
  return key[0] === 'content' && (key[2] === 'site' || key[2] === 'page' || key[2] === 'changelog');
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
  const state = dehydrate(queryClient, {
    shouldDehydrateQuery: (query) => query.state.status === 'success' && shouldEmbed(query.queryKey),
  });
  queryClient.clear();
  return { html, record: sink.record, state };
}
