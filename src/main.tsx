import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { RootOptions } from 'react-dom/client';
import { hydrate, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './app/app-routes';
import { repairLink } from './engine/link-repair';
import { basename } from '@/routes';
import { createQueryClient } from './app/query-client';
import { registerServiceWorker } from './app/service-worker';
import { preloadNotFound } from './components/not-found-lazy';
import { afterLoadAndIdle } from './app/after-load';
import { holdEarlyPresses } from './components/prerendered-form';
import type { EmbeddedState } from './content/embedded';
import { recordBuiltFiles } from './content/queries';
import './styles/global.css';
import './styles/print.css';

const queryClient = createQueryClient();
holdEarlyPresses();

function isDehydratedState(value: unknown): value is EmbeddedState {
  return typeof value === 'object' && value !== null && Array.isArray((value as { queries?: unknown }).queries);
}

// The prerendered page carries the content it was built from; reuse it instead of fetching it again (the
// cache is filled in start(), just before the first render).
const embedded = readEmbeddedState();

function readEmbeddedState(): EmbeddedState | undefined {
  const text = document.getElementById('app-state')?.textContent;
  if (!text) return undefined;
  try {
    const state: unknown = JSON.parse(text);
    if (!isDehydratedState(state)) return undefined;
    // Fresh for now, so hydration renders from it without a fetch in the way; see refreshEmbeddedContent.
    for (const query of state.queries) query.state.dataUpdatedAt = Date.now();
    if (typeof state.files === 'object' && state.files !== null) recordBuiltFiles(state.files);
    return state;
  } catch {
    // A damaged state block only costs a fetch.
    return undefined;
  }
}

/**
 * The embedded copy is the build's; the server may hold an operator's later edit. Once the page is live
 * (hydrated), has loaded and the browser is idle (so it never competes with hydration), the live files are
 * compared with it (src/content/embedded.ts, loaded only then).
 */
async function refreshEmbeddedContent(state: EmbeddedState): Promise<void> {
  const { refreshEmbeddedContent: refresh } = await import('./content/embedded');
  await refresh(queryClient, state);
}

// Resolved when the first render (or hydration) has committed: the page is live.
let markLive: () => void = () => undefined;
const live = new Promise<void>((resolve) => (markLive = resolve));
// The page's own work after load: the content refresh. Offline caching starts only when it is done.
const settled = live
  .then(() => afterLoadAndIdle())
  .then(() => (embedded ? refreshEmbeddedContent(embedded) : undefined))
  .catch(() => undefined);

const options: RootOptions = {
  // A page's error boundary already explains the problem on screen; keep the trace as a warning.
  onCaughtError: (error, info) => console.warn('Handled page error:', error, info.componentStack),
};

/** Marks <html data-app-ready> once the first render (or hydration) has committed: the page is live. */
function AppReady() {
  useEffect(() => {
    document.documentElement.dataset.appReady = '';
    // For measurements: what a page requests before this mark is what it needs to become interactive.
    performance.mark('app-ready');
    markLive();
  }, []);
  return null;
}

const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter basename={basename() || '/'}>
        <AppReady />
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>
);

/** The current route path without the base path or a trailing slash: "/help/guide/x/" → "/guide/x". */
function routePath(): string {
  const path = window.location.pathname.slice(basename().length).replace(/\/+$/, '');
  return path === '' ? '/' : path;
}

/**
 * Fills the cache from the page and renders. It runs in a task of its own, after the one that evaluated the
 * bundle: on a 2-core machine under Lighthouse's mobile throttling the two together were one task of about
 * 30 ms of CPU, counted four times over and then some as blocking time (docs/decisions.md). A tap in
 * between is like any tap before hydration: the browser follows the prerendered link.
 */
function start(): void {
  if (embedded) hydrate(queryClient, embedded);
  // A link damaged on its way (a sentence's "。" glued on, capitals) is put right before the first render, so
  // the page that gets hydrated is the one the link meant and React never renders a redirect over it.
  const repaired = repairLink({ pathname: routePath(), search: window.location.search, hash: window.location.hash });
  if (repaired !== null) window.history.replaceState(window.history.state, '', `${basename()}${repaired}`);

  const container = document.getElementById('root');
  if (!container) return;
  // Prerendered HTML is hydrated in place (no flash) when it was built for this very route. A host's
  // fallback page (404.html, app.html, another route's HTML) is replaced by a fresh client render.
  // Both run as a transition, so React renders in small slices and yields to the browser in between
  // instead of one long task that would hold up a tap on a slow phone (what Lighthouse's TBT measures).
  if (container.firstElementChild && container.dataset.path === routePath()) startTransition(() => void hydrateRoot(container, app, options));
  // A URL no page was prerendered for may be a not-found one (the host's 404 page already shows it): its
  // code comes first, so the render never shows a loading message over it. A failed load only costs that.
  else void preloadNotFound().catch(() => undefined).then(() => startTransition(() => createRoot(container, options).render(app)));
}
setTimeout(start);

// The offline copy (1.4 MB) downloads once the page's own data has arrived too (the search index and results,
// the code list), and 3 s later: its install took a core for 250 ms of CPU while the page still rendered and
// the reader had their first look (docs/decisions.md). A query still retrying after 15 s does not hold it up.
const quiet = (): Promise<unknown> =>
  queryClient.isFetching() && performance.now() < 15e3 ? afterLoadAndIdle().then(quiet) : new Promise((resolve) => setTimeout(resolve, 3e3));
registerServiceWorker(settled.then(() => afterLoadAndIdle()).then(quiet));
// Print preparations (the footer's address and date, each link's address) load once the page is idle: a
// page printed in its first second prints the address and date the build wrote.
void afterLoadAndIdle()
  .then(() => import('./app/print'))
  .then(({ preparePrinting }) => preparePrinting())
  .catch(() => undefined);
