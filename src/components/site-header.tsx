import { Link, NavLink, useLocation } from 'react-router';
import type { ReactNode } from 'react';
import { paths } from '@/routes';
import type { Topic } from '../content/schemas/site';

// `search`: the site search box (a feature, so the app passes it in).
type SiteHeaderProps = { siteName: string; topics: Topic[]; search?: ReactNode };

export function SiteHeader({ siteName, topics, search }: SiteHeaderProps) {
  // Re-mounting the disclosure on navigation closes it after a topic is chosen.
  const { pathname } = useLocation();
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <Link to={paths.home.href()} className="site-header__name">
          {siteName}
        </Link>
        <nav aria-label="主なメニュー" className="site-header__nav">
          <ul>
            <li>
              <NavLink to={paths.guide.href()}>ガイド</NavLink>
            </li>
            <li>
              <NavLink to={paths.troubleshoot.href()}>原因を探す</NavLink>
            </li>
            <li>
              <NavLink to={paths.smtp.href()}>エラーコード</NavLink>
            </li>
          </ul>
        </nav>
        {search}
      </div>
      {topics.length > 0 && (
        <details className="site-header__topics" key={pathname}>
          <summary>トピック一覧</summary>
          <nav aria-label="トピック">
            <ul>
              {topics.map((topic) => (
                <li key={topic.slug}>
                  <NavLink to={paths.guidePage.href(topic.slug)}>{topic.title}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </details>
      )}
    </header>
  );
}
