import { lazy, Suspense } from 'react';
import type { ComponentType } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { ErrorBoundary } from '../components/error-boundary';
import { NotFound } from '../components/not-found-lazy';
import { ChangelogPage } from '../features/guide/changelog-page';
import { GuidePage } from '../features/guide/guide-page';
import { repairLink } from '../engine/link-repair';
import type { eagerRoutes } from '@/routes';
import { areaPattern, lazyAreas, paths } from '@/routes';
import { RootLayout } from './root-layout';

// Loaded on demand: the troubleshooter's engine and screens stay out of the guide pages' initial JavaScript.
// (The import paths are src/routes.ts's lazyAreas[…].entry; the build fails if they part.)
const TroubleshootRoutes = lazy(() => import('../features/troubleshoot/troubleshoot-routes').then((m) => ({ default: m.TroubleshootRoutes })));
// The SMTP lookup too: its engine, worker and code database never load with the guide pages.
const SmtpRoutes = lazy(() => import('../features/smtp/smtp-routes').then((m) => ({ default: m.SmtpRoutes })));
// Site search: the results page, its index and matching code load only when used.
const SearchRoutes = lazy(() => import('../features/search/search-lazy').then((m) => ({ default: m.SearchRoutes })));
// The message header analyser: its engine runs in a worker and loads only on /headers.
const HeadersRoutes = lazy(() => import('../features/headers/headers-routes').then((m) => ({ default: m.HeadersRoutes })));
// The topic lists (home, /guide) with their cards and icons: not in a guide page's initial JavaScript
// (src/routes.ts splitPages).
const splitPages = () => import('../features/guide/split-pages');
const HomePage = lazy(() => splitPages().then((m) => ({ default: m.HomePage })));
const GuideIndexPage = lazy(() => splitPages().then((m) => ({ default: m.GuideIndexPage })));

/** The page of each eagerly loaded route of src/routes.ts (a route added there fails to compile until it has one). */
const eagerPages: Record<(typeof eagerRoutes)[number], ComponentType> = {
  home: HomePage,
  guide: GuideIndexPage,
  guidePage: GuidePage,
  changelog: ChangelogPage,
};

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
        {Object.entries(eagerPages).map(([name, Page]) => {
          const path = paths[name as keyof typeof eagerPages].path;
          return path === paths.home.path ? <Route key={name} index element={page(<Page />)} /> : <Route key={name} path={path} element={page(<Page />)} />;
        })}
        <Route path={areaPattern(lazyAreas.troubleshoot)} element={page(<TroubleshootRoutes />)} />
        <Route path={areaPattern(lazyAreas.smtp)} element={page(<SmtpRoutes />)} />
        <Route path={areaPattern(lazyAreas.search)} element={page(<SearchRoutes />)} />
        <Route path={areaPattern(lazyAreas.headers)} element={page(<HeadersRoutes />)} />
        <Route path="*" element={page(<NotFound />)} />
      </Route>
    </Routes>
  );
}
