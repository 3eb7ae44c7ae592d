import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { paths } from '@/routes';
import { siteQuery, treeQuery } from '../../content/queries';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { usePageMeta } from '../../components/page-meta';
import { useHydrated } from '../../components/use-hydrated';
import { listCanonicalSteps } from '../../engine/tree/canonical-steps';
import { treeStats } from '../../engine/tree/tree-stats';
import { buildOutline, countNodes, filterOutline, filterTerms } from './map-outline';
import { OutlineList } from './map-outline-view';

const TITLE = '質問と対処の一覧（サポート担当者向け）';

/**
 * Every question and outcome on one page, for support staff answering a customer's link: an outline
 * following the tree from the start, each entry linking to its step, with a text filter.
 */
export function MapPage() {
  const { data: tree } = useSuspenseQuery(treeQuery());
  const { data: site } = useSuspenseQuery(siteQuery());
  usePageMeta(TITLE, site.siteName, '原因を探す手順のすべての質問と対処を、最初の質問からの流れに沿って一覧にしたページです。');
  const [query, setQuery] = useState('');
  // Typing stays responsive while a large outline re-renders.
  const deferred = useDeferredValue(query);
  const id = useId();
  const hydrated = useHydrated();

  const outline = useMemo(() => buildOutline(tree), [tree]);
  const urls = useMemo(() => new Map(listCanonicalSteps(tree).map((step) => [step.nodeId, step.url])), [tree]);
  const stats = useMemo(() => treeStats(tree), [tree]);
  const pageTitles = useMemo(() => new Map(site.topics.map((t) => [t.slug, t.title])), [site.topics]);
  const terms = useMemo(() => filterTerms(deferred), [deferred]);
  const shown = useMemo(() => filterOutline(outline, terms), [outline, terms]);
  const matches = terms.length > 0 ? countNodes(shown, terms) : 0;

  return (
    <div className="ts-map">
      <Breadcrumbs items={[{ label: 'ホーム', to: paths.home.href() }, { label: '原因を探す', to: paths.troubleshoot.href() }, { label: '質問と対処の一覧' }]} />
      <h1>{TITLE}</h1>
      <p className="lead">
        原因を探す手順の、すべての質問と対処です。最初の質問から回答ごとに枝分かれする順に並べています。2回目以降に出てくる画面は「→ 既出」として、最初に出てきた位置を示します。各項目を押すと、その画面を開けます。
      </p>
      <p className="ts-map__stats">
        質問 {stats.questions} 件・対処 {stats.outcomes} 件・窓口 {stats.escalations} 件（最も長い道筋は {stats.longestPath.steps} ステップ）
      </p>
      {/* The filter needs the script; the prerendered page shows the whole outline without it. */}
      {hydrated && (
        <div className="ts-map__filter">
          <label htmlFor={`${id}-filter`}>絞り込み（言葉や ID で探せます）</label>
          <input id={`${id}-filter`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" />
        </div>
      )}
      <p className="ts-map__count" role="status">
        {terms.length === 0 ? '' : matches > 0 ? `${matches} 件が見つかりました。` : '一致する質問や対処はありません。'}
      </p>
      {shown.length > 0 && <OutlineList entries={shown} urls={urls} pageTitles={pageTitles} />}
    </div>
  );
}
