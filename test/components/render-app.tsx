import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { AppRoutes } from '../../src/app/app-routes';
// The content check is a chunk of its own that queries.ts imports with the first fetch. Loading it with
// the test file (as the built pages preload it) keeps module transform time out of each test's timeouts.
import '../../src/content/parse-content';

const PUBLIC = join(import.meta.dirname, '..', '..', 'public');

/**
 * Serves the real files under public/ to fetch (as the static host would), with optional overrides to
 * simulate a missing or broken file. Returns the list of requested paths.
 */
export function serveFiles(overrides: Record<string, string | null> = {}): string[] {
  const requested: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string | URL) => {
      const path = String(input).replace(/^https?:\/\/[^/]+/, '');
      requested.push(path);
      const file = path.replace(/^\//, '').split('?')[0] ?? '';
      if (file in overrides) {
        const body = overrides[file];
        return body === null ? new Response('not found', { status: 404 }) : new Response(body, { status: 200 });
      }
      const full = join(PUBLIC, file);
      if (!full.startsWith(PUBLIC) || !existsSync(full)) return new Response('not found', { status: 404 });
      return new Response(readFileSync(full), { status: 200 });
    }),
  );
  return requested;
}

/** Renders the real route table at `path` with a fresh query cache, like a first visit. */
export function renderApp(path: string, overrides: Record<string, string | null> = {}) {
  const requested = serveFiles(overrides);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const caught: unknown[] = [];
  const view = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </QueryClientProvider>,
    // Errors an error boundary handled are shown on the page; like main.tsx, don't log them as errors.
    { onCaughtError: (error: unknown) => caught.push(error) },
  );
  return { ...view, requested, queryClient, caught };
}

/** jsdom is not a secure context, so CopyButton would take its legacy path; userEvent provides the clipboard. */
export function secureContext(): void {
  Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
}

/** Undoes renderApp and secureContext between tests. */
export function resetApp(): void {
  cleanup();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(window, 'isSecureContext');
}
