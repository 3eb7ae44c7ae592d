import { createContext, useContext, useEffect } from 'react';

export interface PageMeta {
  title: string; // the document title, "page | site"
  description: string | null;
}

/** Filled during server prerendering so the build can write each page's <title>, meta tags and status. */
export interface PageMetaRecord {
  meta: PageMeta | null;
  notFound: boolean;
}
export const PageMetaCollector = createContext<PageMetaRecord | null>(null);

/** Marks the prerendered page as "not found" (the build writes it as 404.html, not as a route). */
export function useNotFoundStatus(): void {
  const collector = useContext(PageMetaCollector);
  if (collector) collector.notFound = true;
}

/**
 * Names the page: document.title in the browser, and the <title>/description/Open Graph tags of the
 * prerendered HTML. `pageTitle` null means the home page (the site name alone).
 */
export function usePageMeta(pageTitle: string | null, siteName: string, description?: string | null): void {
  const title = pageTitle ? `${pageTitle} | ${siteName}` : siteName;
  const collector = useContext(PageMetaCollector);
  // Rendering on the server: record, no effects run there. The last page-level call wins.
  if (collector) collector.meta = { title, description: description ?? null };
  useEffect(() => {
    document.title = title;
    if (description) document.querySelector('meta[name="description"]')?.setAttribute('content', description);
  }, [title, description]);
}
