import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { Link, NavLink } from '@/components/link';
import { Icon, mailIcon } from './icon';
import { paths } from '@/routes';
import type { Topic } from '../content/schemas/site';

type SiteHeaderProps = {
  siteName: string;
  topics: Topic[];
  /** The header's search box or button (site search), placed between the site name and the menu. */
  search?: ReactNode;
};

const MAIN_LINKS = [
  { to: paths.guide.href(), label: 'ガイド' },
  { to: paths.troubleshoot.href(), label: '原因を探す' },
  { to: paths.smtp.href(), label: 'エラーコード' },
];

function MainLinks() {
  return (
    <ul>
      {MAIN_LINKS.map((link) => (
        <li key={link.to}>
          <NavLink to={link.to}>{link.label}</NavLink>
        </li>
      ))}
    </ul>
  );
}

/**
 * One compact row: the site name, the main links (wide screens), the search slot and a menu. On a phone the
 * menu also holds the main links (the row has no room for them), so it is labelled メニュー there.
 */
export function SiteHeader({ siteName, topics, search }: SiteHeaderProps) {
  // Re-mounting the disclosure on navigation closes it after a topic is chosen.
  const { pathname } = useLocation();
  const menu = useRef<HTMLDetailsElement>(null);

  // An open menu closes as menus do: on Escape (the focus goes back to its button) and on a tap outside it.
  // The listeners stay for the page's life and look at the menu when a key or tap comes, so an Escape right
  // after the menu opened is not lost to the moment before a listener for the open menu would be added.
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const details = menu.current;
      if (details?.open && event.target instanceof Node && !details.contains(event.target)) details.open = false;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const details = menu.current;
      if (event.key !== 'Escape' || !details?.open) return;
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, []);

  return (
    <header className="site-header">
      <div className="site-header__bar">
        <Link to={paths.home.href()} className="site-header__name">
          <Icon path={mailIcon} className="site-header__mark" />
          <span className="site-header__name-text phrase">{siteName}</span>
        </Link>
        <nav aria-label="主なメニュー" className="site-header__nav">
          <MainLinks />
        </nav>
        {search !== undefined && <div className="site-header__search">{search}</div>}
        <details
          className={topics.length > 0 ? 'site-header__topics' : 'site-header__topics site-header__topics--no-topics'}
          key={pathname}
          ref={menu}
        >
          <summary>
            <span className="site-header__menu-narrow">メニュー</span>
            <span className="site-header__menu-wide">トピック一覧</span>
          </summary>
          <div className="site-header__panel">
            <nav aria-label="主なメニュー" className="site-header__panel-main">
              <MainLinks />
            </nav>
            {topics.length > 0 && (
              <nav aria-label="トピック" className="site-header__panel-topics">
                <p className="site-header__panel-title" aria-hidden="true">
                  トピック
                </p>
                <ul>
                  {topics.map((topic) => (
                    <li key={topic.slug}>
                      <NavLink to={paths.guidePage.href(topic.slug)}>{topic.title}</NavLink>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
          </div>
        </details>
      </div>
    </header>
  );
}
