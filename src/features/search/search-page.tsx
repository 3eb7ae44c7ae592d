import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Link } from '@/components/link';
import { basename, paths, queryParams } from '@/routes';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { usePageMeta } from '../../components/page-meta';
import { useHydrated } from '../../components/use-hydrated';
import { siteQuery } from '../../content/queries';
import { HighlightedText, placeLabel } from './highlighted-text';
import { searchIndexQuery, searchResultsQuery } from './search-index-query';
import { cleanQuery } from '../../engine/search/clean-query';
import './search.css';

const MAX_RESULTS = 50;
/** Results shown at first: the best ones, and a short first render and layout on a phone; the rest on request. */
const FIRST_RESULTS = 10;

/** The query as shown back (title, status): without control or direction-changing characters, cut short. */
function shorten(text: string, max = 40): string {
  const clean = cleanQuery(text).replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

/**
 * /search?q=…: a shareable results page. The prerendered file is the empty form; the query is read after
 * hydration (the server cannot know it) and the index loads then.
 */
export function SearchPage() {
  const { data: site } = useSuspenseQuery(siteQuery());
  const hydrated = useHydrated();
  const [params, setParams] = useSearchParams();
  const urlQuery = hydrated ? (params.get(queryParams.text) ?? '') : '';
  const [text, setText] = useState(urlQuery);
  // The address changed (back/forward, the header box): the field follows it.
  const [lastUrlQuery, setLastUrlQuery] = useState(urlQuery);
  if (lastUrlQuery !== urlQuery) {
    setLastUrlQuery(urlQuery);
    setText(urlQuery);
  }
  const query = urlQuery.trim();
  usePageMeta(query ? `「${shorten(query)}」の検索結果` : 'サイト内検索', site.siteName, 'ガイド、原因を探す、エラーコードをまとめて検索します。');

  const index = useQuery({ ...searchIndexQuery(), enabled: hydrated });
  // The search runs in the search worker; while the next query's results arrive, the last ones stay.
  const found = useQuery(searchResultsQuery(index.data, query, MAX_RESULTS));
  // The answer is rendered in slices React can interrupt for a tap: a query's result arrives as a store
  // update, which React would otherwise render (ten results, the suggestions going) in one long task.
  const data = useDeferredValue(query ? found.data : undefined);
  const error = index.error ?? (query ? found.error : null);
  const results = error || !data ? [] : data.results;
  // The query the shown results answer: the status names it, and "show all" holds for it.
  const resultsFor = data?.query ?? query;
  // "Show all" holds for the query it was pressed for; a new query starts with the first results again.
  const [showAllFor, setShowAllFor] = useState<string | null>(null);
  const shown = showAllFor === resultsFor ? results : results.slice(0, FIRST_RESULTS);

  let status: string;
  if (!hydrated) status = '';
  else if (!query) status = '調べたい言葉やエラーコードを入力してください。';
  else if (error) status = '検索のデータを読み込めませんでした。下のリンクから探してください。';
  else if (!data) status = '読み込んでいます…';
  else status = results.length > 0 ? `「${shorten(resultsFor)}」に一致するページが${results.length}件見つかりました。` : `「${shorten(resultsFor)}」に一致するページは見つかりませんでした。`;

  // The prerendered page (and a reader without JavaScript) gets the suggestions too. They stay until the
  // first answer replaces them: hiding them while it loads would pull the footer up into view, and the
  // results arriving would push it out again (a layout shift of 0.23 on a phone).
  const answered = data !== undefined || error !== null;
  const showSuggestions = !hydrated || !query || !answered || results.length === 0;
  const offerAlternatives = query !== '' && answered;

  return (
    <div className="search-page">
      <Breadcrumbs items={[{ label: 'ホーム', to: paths.home.href() }, { label: 'サイト内検索' }]} />
      <h1>サイト内検索</h1>
      <form
        role="search"
        className="search-page__form"
        action={`${basename()}${paths.search.path}`}
        onSubmit={(event) => {
          event.preventDefault();
          setParams(text.trim() ? { [queryParams.text]: text } : {});
        }}
      >
        <label htmlFor="search-page-input">調べたい言葉・エラーコード</label>
        <div className="search-page__row">
          <input
            id="search-page-input"
            type="search"
            name={queryParams.text}
            value={text}
            maxLength={500}
            autoComplete="off"
            enterKeyHint="search"
            onChange={(event) => {
              setText(event.target.value);
              setParams(event.target.value.trim() ? { [queryParams.text]: event.target.value } : {}, { replace: true });
            }}
          />
          <button type="submit" className="button">
            検索
          </button>
        </div>
        <p className="search-page__hint">例: 迷惑メール、ドコモ、550、5.7.26、SPF。ひらがな・カタカナ、全角・半角のどちらでも探せます。</p>
      </form>

      <p role="status" className="search-page__status">
        {status}
      </p>
      {error && query && <p className="search-page__error">{error.message}</p>}

      {results.length > 0 && (
        <ol className="search-results" aria-label="検索結果">
          {shown.map((r) => (
            <li key={r.url} className="search-result">
              <Link to={r.url} className="search-result__title">
                <HighlightedText parts={r.heading} />
              </Link>
              <p className="search-result__place">{placeLabel(r.kind, r.page)}</p>
              <p className="search-result__snippet">
                <HighlightedText parts={r.snippet} />
              </p>
            </li>
          ))}
        </ol>
      )}
      {shown.length < results.length && (
        <p className="search-page__more">
          <button type="button" className="button" onClick={() => setShowAllFor(resultsFor)}>
            さらに表示する（残り{results.length - shown.length}件）
          </button>
        </p>
      )}

      {/* Hidden rather than removed once results show: taking the 18 links out of the document was a
          29 ms task under Lighthouse's instrumentation, the page's longest (docs/decisions.md). */}
      <section className="search-suggestions" aria-labelledby="search-suggestions-heading" hidden={!showSuggestions}>
        <h2 id="search-suggestions-heading">{offerAlternatives ? 'ほかの探し方' : 'よく読まれているページ'}</h2>
        {offerAlternatives && <p>言葉を短くするか、別の言い方（例: 「スパム」→「迷惑メール」）で試してください。</p>}
        <ul>
          <li>
            <Link to={paths.troubleshoot.href()}>質問に答えて原因を探す</Link>
          </li>
          <li>
            <Link to={paths.smtp.href()}>エラーコード・エラーメールを調べる</Link>
          </li>
          {site.topics.map((topic) => (
            <li key={topic.slug}>
              <Link to={paths.guidePage.href(topic.slug)}>{topic.title}</Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
