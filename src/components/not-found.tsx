import { Link } from 'react-router';
import { paths } from '../app/paths';
import { useNotFoundStatus, usePageMeta } from './page-meta';

type NotFoundProps = { detail?: string };

export function NotFound({ detail }: NotFoundProps) {
  useNotFoundStatus();
  usePageMeta(null, 'ページが見つかりません');
  return (
    <div className="not-found">
      <h1 tabIndex={-1}>
        ページが見つかりません
      </h1>
      <p>{detail ?? 'お探しのページは見つかりませんでした。URL が途中で切れていないか、もう一度ご確認ください。'}</p>
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
