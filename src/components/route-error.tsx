import { Link } from '@/components/link';
import { paths } from '@/routes';
import { isContentError } from '../content/content-error';

type ErrorDetailsProps = { error: unknown };

/** What a reader (and the operator) sees when a page's data or code could not be used. */
export function ErrorDetails({ error }: ErrorDetailsProps) {
  const content = isContentError(error) ? error : null;
  const offline = content?.kind === 'network' || isChunkLoadError(error);
  return (
    <div className="route-error" role="alert">
      <h1>{offline ? '読み込みに失敗しました' : 'このページを表示できません'}</h1>
      {content && !offline ? (
        <>
          <p>サイトのコンテンツファイルに問題があります。サイトの管理者に次の内容をお伝えください。</p>
          <dl className="route-error__facts">
            <dt>ファイル</dt>
            <dd>
              <code>{content.file}</code>
            </dd>
            <dt>項目</dt>
            <dd>
              <code>{content.field ?? '（ファイル全体）'}</code>
            </dd>
            <dt>内容</dt>
            <dd>{content.detail}</dd>
          </dl>
        </>
      ) : offline ? (
        <p>ネットワークにつながっているか確認して、もう一度お試しください。{content && <code>{content.file}</code>}</p>
      ) : (
        <p>予期しないエラーが発生しました。ページを再読み込みしてください。</p>
      )}
      <p className="route-error__actions">
        <button type="button" onClick={() => window.location.reload()}>
          再読み込み
        </button>{' '}
        <Link to={paths.home.href()}>トップページへ戻る</Link>
      </p>
    </div>
  );
}

/** A lazily loaded chunk that failed: offline, or a new deploy removed the old hashed file. */
export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(error.message);
}
