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

/** Server-side sink for what pages say about themselves while being prerendered. */
export class PageMetaSink {
  readonly record: PageMetaRecord = { meta: null, notFound: false };
  setMeta(meta: PageMeta): void {
    this.record.meta = meta;
  }
  setNotFound(): void {
    this.record.notFound = true;
  }
}
export const PageMetaCollector = createContext<PageMetaSink | null>(null);

/** Marks the prerendered page as "not found" (the build writes it as 404.html, not as a route). */
export function useNotFoundStatus(): void {
  const collector = useContext(PageMetaCollector);
  collector?.setNotFound();
}

/**
 * Names the page: document.title in the browser, and the <title>/description/Open Graph tags of the
 * prerendered HTML. `pageTitle` null means the home page (the site name alone).
 */
export function usePageMeta(pageTitle: string | null, siteName: string, description?: string | null): void {
  const title = pageTitle ? `${pageTitle} | ${siteName}` : siteName;
  const collector = useContext(PageMetaCollector);
  // Rendering on the server: record, no effects run there. The last page-level call wins.
  collector?.setMeta({ title, description: description ?? null });
  useEffect(() => {
    document.title = title;
    if (description) document.querySelector('meta[name="description"]')?.setAttribute('content', description);
  }, [title, description]);
}
