import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { basename, paths, queryParams } from '@/routes';
import { Icon, searchIcon } from '@/components/icon';
import SearchPopup from './search-popup';
import type { PopupHandle } from './search-popup';

export interface SearchBoxProps {
  /** The plain box's id prefix: this box takes over its ids (and what was typed into it). */
  id: string;
  /** The phone panel was open. */
  initialOpen: boolean;
}

/** What the plain box holds as this one replaces it (read while rendering, before React swaps the DOM). */
function plainBox(id: string): { value: string } {
  const el = typeof document === 'undefined' ? null : (document.getElementById(`${id}input`) as HTMLInputElement | null);
  return { value: el?.value ?? '' };
}

/**
 * The working search box in the site header (header-search.tsx swaps it in on first use): a combobox
 * whose results appear as you type; on a phone a button opens it; "/" focuses it from anywhere.
 */
export default function SearchBox({ id, initialOpen }: SearchBoxProps) {
  const [plain] = useState(() => plainBox(id));
  const [used, setUsed] = useState(plain.value !== '');
  const [open, setOpen] = useState(initialOpen);
  const [query, setQuery] = useState(plain.value);
  const [expanded, setExpanded] = useState(false);
  const [activeId, setActiveId] = useState<string | undefined>();
  const popup = useRef<PopupHandle | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const { pathname } = useLocation();

  // A new page closes the phone panel and empties the box.
  const [lastPath, setLastPath] = useState(pathname);
  if (lastPath !== pathname) {
    setLastPath(pathname);
    setOpen(false);
    setQuery('');
  }

  // Focus moves into this box as it replaces the plain one, caret at the end of what was typed.
  // It mounts only because the plain box was focused, its button pressed or "/" typed, and the swap left
  // the focus nowhere: take it. A keyboard user who tabbed on while this code loaded keeps their place.
  useEffect(() => {
    const el = input.current;
    if (!el) return;
    const current = document.activeElement;
    if (current !== null && current !== document.body && current !== el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
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
        <Icon path={searchIcon} className="site-search__icon" />
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
        <input
          ref={input}
          id={`${id}input`}
          aria-label="サイト内を検索"
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
          placeholder="キーワード・コード"
          value={query}
          maxLength={500}
          onChange={(event) => {
            setQuery(event.target.value);
            setUsed(true);
          }}
          onFocus={() => setUsed(true)}
          onKeyDown={onKeyDown}
        />
        {used && <SearchPopup handle={popup} listId={`${id}list`} input={input} query={query} onQuery={setQuery} onExpanded={setExpanded} onActive={setActiveId} />}
      </form>
    </div>
  );
}
