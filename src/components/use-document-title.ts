import { useEffect } from 'react';

/** Sets document.title to "page | site" (or just the site name on the home page). */
export function useDocumentTitle(pageTitle: string | null, siteName: string): void {
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} | ${siteName}` : siteName;
  }, [pageTitle, siteName]);
}
