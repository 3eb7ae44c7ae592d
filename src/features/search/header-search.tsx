import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { basename, paths, queryParams } from '@/routes';
import type { PopupHandle } from './search-popup';
import './header-search.css';

// Everything but the box itself (results, index, matching) loads when the box is first used.
const SearchPopup = lazy(() => import('./search-popup'));

/**
 * The search box in the site header: a combobox whose results appear as you type. On a phone a button
 * opens it; "/" focuses it from anywhere. Without JavaScript (or before its code arrives) it is a plain
 * form that opens /search?q=….
 */
export function HeaderSearch() {
  const [used, setUsed] = useState(false);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState(false);
  const [activeId, setActiveId] = useState<string | undefined>();
  const popup = useRef<PopupHandle | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  // A new page closes the phone panel and empties the box.
  const [lastPath, setLastPath] = useState(pathname);
  if (lastPath !== pathname) {
    setLastPath(pathname);
    setOpen(false);
    setQuery('');
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      event.preventDefault();
      setOpen(true);
      setUsed(true);
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const toggle = () => {
    setUsed(true);
    setOpen((was) => !was);
    if (!open) requestAnimationFrame(() => input.current?.focus());
  };
  const onKeyDown = (event: ReactKeyboardEvent<HTMLInputElement>) => popup.current?.onKeyDown(event);

  return (
    <div className="site-search" data-open={open ? '' : undefined}>
      <button type="button" className="site-search__toggle" aria-expanded={open} aria-controls={`${id}form`} onClick={toggle}>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2.2">
          <path d="M10.5 4a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13zM15.5 15.5 21 21" />
        </svg>
        <span className="site-search__toggle-label">検索</span>
      </button>
      <form
        id={`${id}form`}
        role="search"
        className="site-search__form"
        action={`${basename()}${paths.search.path}`}
        onSubmit={(event) => {
          event.preventDefault();
          void navigate(paths.search.href(query.trim()));
        }}
      >
        <label htmlFor={`${id}input`} className="visually-hidden">
          サイト内を検索
        </label>
        <input
          ref={input}
          id={`${id}input`}
          type="search"
          name={queryParams.text}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={expanded ? `${id}list` : undefined}
          aria-activedescendant={expanded ? activeId : undefined}
          aria-keyshortcuts="/"
          autoComplete="off"
          enterKeyHint="search"
          placeholder="キーワード・エラーコード"
          value={query}
          maxLength={500}
          onChange={(event) => {
            setQuery(event.target.value);
            setUsed(true);
          }}
          onFocus={() => setUsed(true)}
          onKeyDown={onKeyDown}
        />
        {used && (
          <Suspense fallback={null}>
            <SearchPopup handle={popup} listId={`${id}list`} input={input} query={query} onQuery={setQuery} onExpanded={setExpanded} onActive={setActiveId} />
          </Suspense>
        )}
      </form>
    </div>
  );
}
