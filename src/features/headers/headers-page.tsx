import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@/components/link';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { usePageMeta } from '../../components/page-meta';
import { siteQuery } from '../../content/queries';
import { paths } from '@/routes';
import { HeadersForm } from './headers-form';
import { HeadersResults } from './headers-results';
import { AnalysisTimeoutError, ANALYSIS_TIMEOUT_MS } from '../../components/analyser/run-analyser';
import { useHeaders } from './use-headers';

const TITLE = 'メールのヘッダーを調べる';
const DESCRIPTION =
  'メールのヘッダーを貼り付けると、どのサーバーで時間がかかったか、送信元の認証（SPF・DKIM・DMARC）に成功したか、迷惑メールと判定された理由を日本語で表示します。ヘッダーは端末の外に送られません。';

/** /headers: paste a message's headers and see where the time went and why it was filtered. */
export function HeadersPage() {
  const { data: site } = useSuspenseQuery(siteQuery());
  usePageMeta(TITLE, site.siteName, DESCRIPTION);
  const h = useHeaders();
  const busy = h.state.status === 'busy';
  return (
    <div className="headers-page">
      <Breadcrumbs items={[{ label: 'ホーム', to: paths.home.href() }, { label: TITLE }]} />
      <h1>{TITLE}</h1>
      <p className="lead">
        メールが遅れて届いたときや、迷惑メールフォルダーに入ったときは、そのメールのヘッダーに理由が記録されています。ヘッダーを貼り付けると、どこで時間がかかったか、送信元の認証に成功したか、迷惑メールと判定された理由を表示します。
      </p>
      <p className="headers-privacy">
        貼り付けたヘッダーは、お使いのブラウザーの中だけで調べます。インターネット上のサーバーに送られることはありません。
      </p>
      <p>
        ヘッダーの表示方法は <Link to={paths.guidePage.href('reading-headers', 'open-headers')}>メールのヘッダーを見る方法</Link> をご覧ください。
      </p>
      <HeadersForm text={h.draft} onTextChange={h.setDraft} busy={busy} onSubmit={h.submit} />
      <div className="headers-status" role="status">
        {busy && (
          <p>
            解析中…{' '}
            <button type="button" className="headers-status__cancel" onClick={h.cancel}>
              中止する
            </button>
          </p>
        )}
        {h.state.status === 'cancelled' && <p>調べるのを中止しました。</p>}
        {h.brokenLink && <p>共有されたリンクの内容を読み取れませんでした。リンクが途中で切れていないか確認してください。</p>}
      </div>
      {h.state.status === 'error' && (
        <p className="headers-error" role="alert">
          {h.state.error instanceof AnalysisTimeoutError
            ? `${ANALYSIS_TIMEOUT_MS / 1000} 秒以内に調べ終わらなかったため、中止しました。ヘッダーの部分だけを貼り付けて、もう一度お試しください。`
            : '調べることができませんでした。ページを再読み込みして、もう一度お試しください。'}
        </p>
      )}
      {h.state.status === 'done' && <HeadersResults input={h.state.input} analysis={h.state.analysis} shared={h.state.shared} headingRef={h.resultsHeading} />}
      <p className="headers-more-links">
        <Link to={paths.smtp.href()}>エラーのメール（バウンスメール）を調べる</Link>
      </p>
    </div>
  );
}
