import { useQuery } from '@tanstack/react-query';
import { useEffect, useImperativeHandle, useState } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/routes';
import { HighlightedText, placeLabel } from './highlighted-text';
import { searchIndexQuery, searchResultsQuery } from './search-index-query';
import { cleanQuery } from '../../engine/search/clean-query';
import './search.css';

export interface PopupHandle {
  onKeyDown(event: KeyboardEvent<HTMLInputElement>): void;
}

interface Props {
  handle: RefObject<PopupHandle | null>;
  listId: string;
  input: RefObject<HTMLInputElement | null>;
  query: string;
  onQuery(query: string): void;
  onExpanded(expanded: boolean): void;
  onActive(id: string | undefined): void;
}

interface Option {
  key: string;
  url: string;
  content: React.ReactNode;
}

const MAX_RESULTS = 7;

/**
 * The header box's dropdown: an ARIA listbox driven from the input (aria-activedescendant), so focus
 * stays in the box while arrow keys move through the results and Enter opens one.
 */
export default function SearchPopup({ handle, listId, input, query, onQuery, onExpanded, onActive }: Props) {
  const navigate = useNavigate();
  // Mounting starts the search worker and its index load, so the index is usually there by the first word.
  const index = useQuery(searchIndexQuery());
  const [focused, setFocused] = useState(() => typeof document !== 'undefined' && document.activeElement === input.current);
  const [dismissed, setDismissed] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    const el = input.current;
    if (!el) return;
    const onFocus = () => setFocused(true);
    // Focus leaving the box (Tab, a click elsewhere) closes the list; clicks on options keep focus.
    const onBlur = () => setFocused(false);
    el.addEventListener('focus', onFocus);
    el.addEventListener('blur', onBlur);
    return () => {
      el.removeEventListener('focus', onFocus);
      el.removeEventListener('blur', onBlur);
    };
  }, [input]);

  const trimmed = query.trim();
  // Asked of the search worker; while the next query's results arrive, the last ones stay listed.
  const found = useQuery(searchResultsQuery(index.data, trimmed, MAX_RESULTS));
  const data = trimmed ? found.data : undefined;
  const results = data?.results ?? [];

  // A new query reopens the list and starts again above the first option.
  const [lastQuery, setLastQuery] = useState(trimmed);
  if (lastQuery !== trimmed) {
    setLastQuery(trimmed);
    setDismissed(false);
    setActive(-1);
  }

  const go = (url: string) => {
    setDismissed(true);
    input.current?.blur();
    void navigate(url);
  };

  const options: Option[] = results.map((r) => ({
    key: r.url,
    url: r.url,
    content: (
      <>
        <span className="search-option__heading">
          <HighlightedText parts={r.heading} />
        </span>
        <span className="search-option__meta">
          {placeLabel(r.kind, r.page)}
        </span>
      </>
    ),
  }));
  const shown = cleanQuery(trimmed).replace(/\s+/g, ' ').trim();
  if (trimmed) {
    options.push({
      key: 'all',
      url: paths.search.href(trimmed),
      content: <span className="search-option__more">「{shown.length > 30 ? `${shown.slice(0, 30)}…` : shown}」の検索結果をすべて見る</span>,
    });
  }
  if (data && results.length === 0) {
    options.push(
      { key: 'ts', url: paths.troubleshoot.href(), content: <span className="search-option__more">質問に答えて原因を探す</span> },
      { key: 'smtp', url: paths.smtp.href(), content: <span className="search-option__more">エラーコード・エラーメールを調べる</span> },
    );
  }

  // The list opens with the first answer (results, none found, or a failure), not before: a list holding
  // only "see all" while the first results are on their way would move under a finger about to tap it.
  const answered = data !== undefined || index.isError || found.isError;
  const expanded = focused && !dismissed && trimmed.length > 0 && answered && options.length > 0;
  const activeId = expanded && active >= 0 && active < options.length ? `${listId}-${active}` : undefined;
  useEffect(() => onExpanded(expanded), [expanded, onExpanded]);
  useEffect(() => onActive(activeId), [activeId, onActive]);
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  useImperativeHandle(handle, () => ({
    onKeyDown(event) {
      if (event.nativeEvent.isComposing) return; // the IME is choosing kanji: its keys are not ours
      switch (event.key) {
        case 'ArrowDown':
        case 'ArrowUp': {
          if (!trimmed) return;
          event.preventDefault();
          setDismissed(false);
          const n = options.length;
          if (n === 0) return;
          setActive((i) => (event.key === 'ArrowDown' ? (i + 1 >= n ? -1 : i + 1) : i <= -1 ? n - 1 : i - 1));
          return;
        }
        case 'Enter': {
          const option = expanded && active >= 0 ? options[active] : undefined;
          if (option) {
            event.preventDefault();
            go(option.url);
          }
          return; // otherwise the form submits: the /search page
        }
        case 'Escape':
          if (expanded) {
            event.preventDefault();
            setDismissed(true);
            setActive(-1);
          } else if (query) {
            event.preventDefault();
            onQuery('');
          }
          return;
        default:
      }
    },
  }));

  let status = '';
  if (index.isError || (trimmed && found.isError)) status = '検索を読み込めませんでした。Enter で検索ページを開けます。';
  else if (data) status = results.length > 0 ? `${results.length}件の候補があります。上下の矢印キーで選べます。` : '見つかりませんでした。ほかの探し方を表示しています。';
  // The index is loading, or the first results are on their way.
  else if (trimmed) status = '検索の準備をしています…';

  return (
    <>
      <p role="status" className="visually-hidden">
        {focused ? status : ''}
      </p>
      {expanded && (
        <div className="site-search__popup">
          <ul role="listbox" id={listId} aria-label="検索の候補" className="search-options">
            {options.map((option, i) => (
              // Keyboard use goes through the input (aria-activedescendant), as the combobox pattern has it.
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events
              <li
                key={option.key}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className="search-option"
                // Keep focus in the box: the click below opens the result.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => go(option.url)}
              >
                {option.content}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
