import type { CSSProperties } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { Link } from '@/components/link';
import { siteQuery } from '../content/queries';
import { SiteHeader } from '../components/site-header';
import { UpdateNotice } from './update-notice';
import { HeaderSearch } from '../features/search/header-search';
import { paths } from '@/routes';

const FALLBACK_NAME = 'メールが届かないときのガイド';

/**
 * The frame around every page. It reads the site settings without suspending, so a broken site.json
 * still leaves a working header, footer and the other pages' own error messages.
 */
export function RootLayout() {
  const { data: site } = useQuery(siteQuery());
  useScrollToTopOnNavigate();
  const style = {
    ...(site?.theme?.accentColor ? { '--accent-light': site.theme.accentColor } : {}),
  } as CSSProperties;
  return (
    <div className="app" style={style}>
      <a href="#main" className="skip-link">
        本文へスキップ
      </a>
      <SiteHeader siteName={site?.siteName ?? FALLBACK_NAME} topics={site?.topics ?? []} search={<HeaderSearch />} />
      <UpdateNotice />
      <main id="main" tabIndex={-1} className="main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          {site && (site.support.email || site.support.url) && (
            <p>
              解決しないときは：
              {site.support.url && <a href={site.support.url}>サポート窓口</a>}
              {site.support.url && site.support.email && ' / '}
              {site.support.email && <a href={`mailto:${site.support.email}`}>{site.support.email}</a>}
              {site.support.hours && `（${site.support.hours}）`}
            </p>
          )}
          <p>
            <Link to={paths.changelog.href()}>内容の変更履歴（元記事の訂正と追記）</Link>
          </p>
        </div>
      </footer>
    </div>
  );
}

/**
 * A new page starts at its top (pages with a #hash scroll to their section themselves). "/smtp/" and
 * "/smtp" are the same page: a host that adds the trailing slash (S3, GitHub Pages) must not turn the
 * lookup's own URL update into a jump to the top, away from the result it has just shown.
 *
 * Only a change of page scrolls, never the first render: on load the browser already shows the top, or
 * restores where the reader was (a reload, the back button), and a scroll at hydration would undo that
 * (test/e2e/guide.e2e.ts). The jump is instant: the stylesheet's smooth scrolling is for links within a
 * page, not for arriving on a new one.
 */
function useScrollToTopOnNavigate() {
  const { pathname, hash } = useLocation();
  const page = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const shown = useRef(page);
  useEffect(() => {
    if (shown.current === page) return;
    shown.current = page;
    if (!hash) window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
    // Only a change of page counts, not of hash, query or trailing slash.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [page]);
}
