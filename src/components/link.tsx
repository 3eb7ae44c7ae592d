// The app's links: the same markup and behaviour as React Router's <Link> and <NavLink> for the links this
// app writes (absolute paths, optionally with ?query and #hash), at a fraction of the cost. React Router's
// Link runs about a dozen hooks per link (resolving the path against the route tree, a navigate function,
// prefetch state); a page has 30–46 links, and on a phone that was 12 % of hydrating a guide page (Chrome
// profile at 4× CPU slowdown: 61 of 517 ms on /guide/bounces, 88 ms on /headers). These read the router's
// two contexts once and navigate through the same history object, so navigation, scrolling and the
// transition behaviour are React Router's own. Anything else (a relative path) is handed to React Router.
import { forwardRef, startTransition, useContext } from 'react';
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { createPath, Link as RouterLink, parsePath, UNSAFE_LocationContext, UNSAFE_NavigationContext } from 'react-router';

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** An absolute path in the app ("/guide/bounces#retry", "/smtp?q=550"), without the base path. */
  to: string;
};

/** A click the page handles itself: the main button, no modifier key, and the link opens in this window. */
function isPlainClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  const target = event.currentTarget.getAttribute('target');
  return event.button === 0 && (!target || target === '_self') && !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey);
}

/** The path with the router's base path in front, as React Router writes it ("/" under "/help" is "/help"). */
function withBasename(basename: string, pathname: string): string {
  if (basename === '/' || basename === '') return pathname;
  const base = basename.replace(/\/+$/, '');
  return pathname === '/' ? base : `${base}${pathname}`;
}

function isAppPath(to: string): boolean {
  return to.startsWith('/') && !to.startsWith('//');
}

export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link({ to, onClick, children, ...rest }, ref) {
  const { basename, navigator, useTransitions } = useContext(UNSAFE_NavigationContext);
  const { location } = useContext(UNSAFE_LocationContext);
  if (!isAppPath(to))
    return (
      <RouterLink ref={ref} to={to} onClick={onClick} {...rest}>
        {children}
      </RouterLink>
    );
  const { pathname = '/', search = '', hash = '' } = parsePath(to);
  // What the link writes and where a click goes: the path with the base path in front.
  const target = { pathname: withBasename(basename, pathname), search, hash };
  const href = createPath(target);
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || !isPlainClick(event)) return;
    event.preventDefault();
    // As React Router does: a link to the page already shown replaces the history entry.
    const same = createPath(location) === createPath({ pathname, search, hash });
    const go = () => (same ? navigator.replace(target) : navigator.push(target));
    if (useTransitions) startTransition(go);
    else go();
  };
  return (
    <a ref={ref} {...rest} href={href} onClick={handleClick}>
      {children}
    </a>
  );
});

/** Whether the page at `pathname` is `to` or inside it, as React Router's NavLink decides (case-insensitive). */
export function isActivePath(pathname: string, to: string): boolean {
  const current = pathname.toLowerCase();
  const own = (parsePath(to).pathname ?? '/').toLowerCase();
  const end = own !== '/' && own.endsWith('/') ? own.length - 1 : own.length;
  return current === own || (current.startsWith(own) && current.charAt(end) === '/');
}

/** A Link marked as the current page (class "active", aria-current="page") when the page is at or under it. */
export const NavLink = forwardRef<HTMLAnchorElement, LinkProps>(function NavLink({ to, className, ...rest }, ref) {
  const { location } = useContext(UNSAFE_LocationContext);
  const active = isActivePath(location.pathname, to);
  const classes = [className, active ? 'active' : null].filter(Boolean).join(' ');
  return <Link ref={ref} to={to} {...rest} className={classes || undefined} aria-current={active ? 'page' : undefined} />;
});
