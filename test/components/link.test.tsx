// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation, useNavigationType } from 'react-router';
import { isActivePath, Link, NavLink } from '../../src/components/link';

afterEach(cleanup);

/** Shows where the router is, as the page would after following a link. */
function Where() {
  const location = useLocation();
  return (
    <p data-testid="where">
      {useNavigationType()} {location.pathname}
      {location.search}
      {location.hash}
    </p>
  );
}

function renderAt(path: string, basename?: string) {
  return render(
    <MemoryRouter initialEntries={[basename ? `${basename}${path}` : path]} basename={basename}>
      <nav>
        <Link to="/guide/bounces#retry">再送の目安</Link>
        <Link to="/smtp?q=550">550 を調べる</Link>
        <Link to="/">ホーム</Link>
        <Link to="timing">相対リンク</Link>
        <NavLink to="/guide">ガイド</NavLink>
        <NavLink to="/smtp" className="nav">
          エラーコード
        </NavLink>
      </nav>
      <Routes>
        <Route path="*" element={<Where />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('the app’s links', () => {
  test('write the same href as React Router, base path included', () => {
    renderAt('/guide/timing', '/help');
    expect(screen.getByRole('link', { name: '再送の目安' })).toHaveAttribute('href', '/help/guide/bounces#retry');
    expect(screen.getByRole('link', { name: '550 を調べる' })).toHaveAttribute('href', '/help/smtp?q=550');
    expect(screen.getByRole('link', { name: 'ホーム' })).toHaveAttribute('href', '/help');
    // A relative path is left to React Router, which resolves it against the enclosing route (here the root).
    expect(screen.getByRole('link', { name: '相対リンク' })).toHaveAttribute('href', '/help/timing');
  });

  test('a click navigates in the page (query and hash kept); a link to the page shown replaces the entry', async () => {
    const user = userEvent.setup();
    renderAt('/guide/timing', '/help');
    await user.click(screen.getByRole('link', { name: '再送の目安' }));
    expect(screen.getByTestId('where')).toHaveTextContent('PUSH /guide/bounces#retry');
    await user.click(screen.getByRole('link', { name: '550 を調べる' }));
    expect(screen.getByTestId('where')).toHaveTextContent('PUSH /smtp?q=550');
    await user.click(screen.getByRole('link', { name: '550 を調べる' }));
    expect(screen.getByTestId('where')).toHaveTextContent('REPLACE /smtp?q=550');
  });

  test('a click with a modifier key or another button is left to the browser (new tab, new window)', () => {
    renderAt('/guide/timing');
    const link = screen.getByRole('link', { name: '再送の目安' });
    for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }]) {
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, ...init });
      fireEvent(link, click);
      expect(click.defaultPrevented, JSON.stringify(init)).toBe(false);
    }
    expect(screen.getByTestId('where')).toHaveTextContent('POP /guide/timing');
  });

  test('NavLink marks the current page and the pages under it, as React Router’s does', () => {
    renderAt('/guide/bounces');
    const guide = screen.getByRole('link', { name: 'ガイド' });
    expect(guide).toHaveAttribute('aria-current', 'page');
    expect(guide).toHaveClass('active');
    const smtp = screen.getByRole('link', { name: 'エラーコード' });
    expect(smtp).not.toHaveAttribute('aria-current');
    expect(smtp).toHaveAttribute('class', 'nav');
    expect([isActivePath('/Guide/X', '/guide'), isActivePath('/guides', '/guide'), isActivePath('/guide/', '/guide/'), isActivePath('/smtp', '/')]).toEqual([true, false, true, false]);
  });
});
