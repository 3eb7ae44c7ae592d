import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { RootOptions } from 'react-dom/client';
import { hydrate, QueryClientProvider } from '@tanstack/react-query';
import type { DehydratedState } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './app/app-routes';
import { basename } from './app/paths';
import { createQueryClient } from './app/query-client';
import { registerServiceWorker } from './app/service-worker';
import './styles/global.css';

const queryClient = createQueryClient();

function isDehydratedState(value: unknown): value is DehydratedState {
  return typeof value === 'object' && value !== null && Array.isArray((value as { queries?: unknown }).queries);
}

// The prerendered page carries the content it was built from; reuse it instead of fetching it again.
const state = document.getElementById('app-state');
if (state?.textContent) {
  try {
    const dehydrated: unknown = JSON.parse(state.textContent);
    // The page hydrates from the build's copy of the content, then refetches it once it is live (marked
    // stale here), so an operator's later edit on the server shows up without a rebuild.
    if (isDehydratedState(dehydrated)) {
      for (const query of dehydrated.queries) query.state.dataUpdatedAt = 0;
      hydrate(queryClient, dehydrated);
    }
  } catch {
    // A damaged state block only costs a refetch.
  }
}

const options: RootOptions = {
  // A page's error boundary already explains the problem on screen; keep the trace as a warning.
  onCaughtError: (error, info) => console.warn('Handled page error:', error, info.componentStack),
};

const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter basename={basename() || '/'}>
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

const container = document.getElementById('root');
if (container) {
  // Prerendered HTML is hydrated in place (no flash) when it was built for this very route. A host's
  // fallback page (404.html, app.html, another route's HTML) is replaced by a fresh client render.
  if (container.firstElementChild && container.dataset.path === routePath()) hydrateRoot(container, app, options);
  else createRoot(container, options).render(app);
}

registerServiceWorker();
