import { lazy } from 'react';
import type { ComponentProps } from 'react';
import type { NotFound as NotFoundPage } from './not-found';

type NotFoundProps = ComponentProps<typeof NotFoundPage>;

// The not-found page and its suggestions (page-suggestions.ts) load only when a page is not found: most
// visits never need them, and every byte before a guide page is interactive counts on a phone.
let loaded: typeof NotFoundPage | null = null;
const load = () =>
  import('./not-found').then((m) => {
    loaded = m.NotFound;
    return { default: m.NotFound };
  });
const LazyNotFound = lazy(load);

/**
 * Loads the not-found page's code. main.tsx awaits it before rendering a URL no page was prerendered for
 * (which may be a not-found URL), so the prerendered 404 page is not replaced by a loading message.
 */
export function preloadNotFound(): Promise<unknown> {
  return load();
}

/** The not-found page; it suspends (showing the page's loading message) the first time, unless preloaded. */
export function NotFound(props: NotFoundProps) {
  const Page = loaded ?? LazyNotFound;
  return <Page {...props} />;
}
