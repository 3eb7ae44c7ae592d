import { useQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { Link } from '@/components/link';
import { suggestPages } from '../engine/page-suggestions';
import type { KnownPage } from '../engine/page-suggestions';
import { paths } from '@/routes';
import { siteQuery } from '../content/queries';
import { useNotFoundStatus, usePageMeta } from './page-meta';

type NotFoundProps = { detail?: string };

/** The pages a mistyped or cut-off link may have meant (the troubleshooter's steps explain themselves). */
const FIXED_PAGES: KnownPage[] = [
  { path: paths.home.href(), title: 'トップページ' },
  { path: paths.guide.href(), title: 'ガイドの一覧' },
  { path: paths.troubleshoot.href(), title: '質問に答えて原因を探す' },
  { path: paths.troubleshootMap.href(), title: '質問と対処の一覧' },
  { path: paths.smtp.href(), title: 'エラーコードを調べる' },
  { path: paths.smtpCodes.href(), title: 'SMTP コードの一覧' },
  { path: paths.changelog.href(), title: '内容の変更履歴' },
];

export function NotFound({ detail }: NotFoundProps) {
  useNotFoundStatus();
  usePageMeta(null, 'ページが見つかりません');
  const location = useLocation();
  // Already loaded by the layout; without it (a broken site.json) only the fixed pages are suggested.
  const { data: site } = useQuery(siteQuery());
  const topics = (site?.topics ?? []).map((t) => ({ path: paths.guidePage.href(t.slug), title: t.title }));
  const suggestions = suggestPages(location.pathname, [...FIXED_PAGES, ...topics], (code) => `コード ${code} の説明`);
  return (
    <div className="not-found">
      <h1 tabIndex={-1}>
        ページが見つかりません
      </h1>
      <p>{detail ?? 'お探しのページは見つかりませんでした。URL が途中で切れていないか、もう一度ご確認ください。'}</p>
      {suggestions.length > 0 && (
        <section aria-labelledby="not-found-suggestions">
          <h2 id="not-found-suggestions">もしかして、次のページですか？</h2>
          <ul className="link-list">
            {suggestions.map((page) => (
              <li key={page.path}>
                <Link to={page.path}>{page.title}</Link> <span className="not-found-path">{page.path}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ul className="link-list">
        <li>
          <Link to={paths.home.href()}>トップページへ戻る</Link>
        </li>
        <li>
          <Link to={paths.guide.href()}>ガイドの一覧を見る</Link>
        </li>
        <li>
          <Link to={paths.troubleshoot.href()}>質問に答えて原因を探す</Link>
        </li>
      </ul>
    </div>
  );
}
