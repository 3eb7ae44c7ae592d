import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { ErrorBoundary } from '../components/error-boundary';
import { NotFound } from '../components/not-found';
import { ChangelogPage } from '../features/guide/changelog-page';
import { GuideIndexPage } from '../features/guide/guide-index-page';
import { GuidePage } from '../features/guide/guide-page';
import { HomePage } from '../features/guide/home-page';
import { repairLink } from './link-repair';
import { paths } from './paths';
import { RootLayout } from './root-layout';

// Loaded on demand: the troubleshooter's engine and screens stay out of the guide pages' initial JavaScript.
const TroubleshootRoutes = lazy(() => import('../features/troubleshoot/troubleshoot-routes').then((m) => ({ default: m.TroubleshootRoutes })));
// The SMTP lookup too: its engine, worker and code database never load with the guide pages.
// Site search: the results page, its index and matching code load only when used.
const SearchPage = lazy(() => import('../features/search/search-page').then((m) => ({ default: m.SearchPage })));
const SmtpRoutes = lazy(() => import('../features/smtp/smtp-routes').then((m) => ({ default: m.SmtpRoutes })));

/** Shown only while a page's data or code is still on its way (client-side navigation). */
function PageLoading() {
  return (
    <p className="page-loading" role="status">
      読み込んでいます…
    </p>
  );
}

/**
 * The route table (React Router's declarative mode: a third of the data router's size, which matters on
 * phones). Pages read their data with useSuspenseQuery; each page has its own error boundary so a broken
 * content file breaks only that page.
 */
export function AppRoutes() {
  const location = useLocation();
  // A link with a sentence's punctuation glued on or in capitals goes where it was meant to (link-repair.ts).
  // main.tsx already repairs the address a page is opened with (before hydration); this covers an address
  // reached without a page load (history.pushState, a router that is not main.tsx's, as in the tests).
  const repaired = repairLink(location);
  if (repaired !== null) return <Navigate to={repaired} replace />;
  const page = (element: React.ReactNode) => (
    <ErrorBoundary resetKey={location.pathname}>
      <Suspense fallback={<PageLoading />}>{element}</Suspense>
    </ErrorBoundary>
  );
  return (
    <Routes>
      <Route element={<RootLayout />}>
        <Route index element={page(<HomePage />)} />
        <Route path={paths.guide.path} element={page(<GuideIndexPage />)} />
        <Route path={paths.guidePage.path} element={page(<GuidePage />)} />
        <Route path={paths.changelog.path} element={page(<ChangelogPage />)} />
        <Route path="/troubleshoot/*" element={page(<TroubleshootRoutes />)} />
        <Route path="/smtp/*" element={page(<SmtpRoutes />)} />
        <Route path={paths.search.path} element={page(<SearchPage />)} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
