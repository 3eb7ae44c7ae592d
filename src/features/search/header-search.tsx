import { lazy, startTransition, Suspense, useEffect, useState } from 'react';
import { basename, paths, queryParams } from '@/routes';
import { Icon, searchIcon } from '@/components/icon';
import './header-search.css';

// The working box (combobox, results, index) loads on first use: this file is all a page carries.
const SearchBox = lazy(() => import('./search-lazy').then((m) => ({ default: m.SearchBox })));

/**
 * The search slot of the site header. Until it is used it is a plain form that opens /search?q=… (and
 * works without JavaScript); focusing it, the phone's button or "/" swap in the working box, which keeps
 * what was typed and the focus.
 */
export function HeaderSearch() {
  // A fixed id (one header per page): useId's server and client values can differ when the prerendered
  // tree and the client's are not the same shape, and these ids are looked up in the DOM.
  const id = 'site-search-';
  const [used, setUsed] = useState(false);
  const [open, setOpen] = useState(false);
  // In a transition React keeps showing this form until the box's code is there: nothing typed is lost.
  const use = () => startTransition(() => setUsed(true));
  // After React has shown the (phone) panel: a click or key press is rendered before a timeout fires.
  const focus = () => setTimeout(() => document.getElementById(`${id}input`)?.focus());
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      event.preventDefault();
      setOpen(true);
      focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <Suspense>
      {used ? (
        <SearchBox id={id} initialOpen={open} />
      ) : (
        <div className="site-search" data-open={open ? '' : undefined}>
          <button type="button" className="site-search__toggle" aria-expanded={open} aria-controls={`${id}form`} onClick={() => {
              setOpen(!open);
              use();
              focus();
            }}
          >
            <Icon path={searchIcon} className="site-search__icon" />
            <span className="site-search__toggle-label">検索</span>
          </button>
          <form id={`${id}form`} role="search" className="site-search__form" action={`${basename()}${paths.search.path}`}>
            <input id={`${id}input`} aria-label="サイト内を検索" type="search" name={queryParams.text} maxLength={500} aria-keyshortcuts="/" autoComplete="off" placeholder="キーワード・コード" onFocus={use} />
          </form>
        </div>
      )}
    </Suspense>
  );
}
