import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@/components/link';
import { paths } from '@/routes';
import { isContentError } from '../../content/content-error';
import { siteQuery } from '../../content/queries';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { usePageMeta } from '../../components/page-meta';
import { LookupForm } from './lookup-form';
import { LookupResults } from './lookup-results';
import { AnalysisTimeoutError, ANALYSIS_TIMEOUT_MS } from '../../components/analyser/run-analyser';
import { useLookup } from './use-lookup';

const TITLE = 'エラーコードを調べる';
const DESCRIPTION =
  'エラーのメール（バウンスメール）の本文やエラーコードを貼り付けると、メールがまだ届く可能性があるか、原因と対処法を表示します。貼り付けた内容は端末の外に送られません。';

function failureText(error: unknown): string {
  if (error instanceof AnalysisTimeoutError) {
    return `${ANALYSIS_TIMEOUT_MS / 1000} 秒以内に調べ終わらなかったため、中止しました。エラーコードが書かれている部分だけを貼り付けて、もう一度お試しください。`;
  }
  if (isContentError(error)) {
    return error.kind === 'network'
      ? 'コードの情報を読み込めませんでした。インターネットにつながっているか確認して、もう一度お試しください。'
      : `コードの情報のファイル（${error.file}）に問題があるため、調べられません。サイトの管理者にお伝えください。`;
  }
  return '調べることができませんでした。ページを再読み込みして、もう一度お試しください。';
}

/** /smtp: paste anything from a bounce and see what it means. The text never leaves the browser. */
export function LookupPage() {
  const { data: site } = useSuspenseQuery(siteQuery());
  usePageMeta(TITLE, site.siteName, DESCRIPTION);
  const lookup = useLookup();
  const { query, source } = lookup;
  const busy = source !== null && query.fetchStatus === 'fetching';
  const cancelled = source !== null && query.status === 'pending' && query.fetchStatus === 'idle';

  return (
    <div className="smtp-lookup">
      <Breadcrumbs items={[{ label: 'ホーム', to: paths.home.href() }, { label: TITLE }]} />
      <h1>{TITLE}</h1>
      <p className="lead">
        返ってきたエラーのメールに書かれたコードや英文を貼り付けると、メールがまだ届く可能性があるか、何が起きたか、どうすればよいかを表示します。
      </p>
      <p className="smtp-privacy">
        貼り付けた内容は、お使いのブラウザーの中だけで調べます。インターネット上のサーバーに送られることはありません。
      </p>
      <LookupForm text={lookup.draft} onTextChange={lookup.setDraft} busy={busy} onSubmit={(text) => void lookup.submit(text)} />
      <div className="smtp-status" role="status">
        {busy && (
          <p className="smtp-status__busy">
            解析中…{' '}
            <button type="button" className="smtp-status__cancel" onClick={lookup.cancel}>
              中止する
            </button>
          </p>
        )}
        {cancelled && <p>調べるのを中止しました。</p>}
      </div>
      {query.isError && source !== null && (
        <p className="smtp-error" role="alert">
          {failureText(query.error)}
        </p>
      )}
      {query.data && source !== null && !busy && (
        <LookupResults
          data={query.data}
          topics={site.topics}
          headingRef={lookup.resultsHeading}
          origin={source.kind === 'query' ? 'link' : 'paste'}
          includeFullText={lookup.includeFullText}
          onIncludeFullTextChange={lookup.changeIncludeFullText}
        />
      )}
      <p className="smtp-more-links">
        <Link to={paths.smtpCodes.href()}>SMTP コードの一覧から探す</Link>
      </p>
      <p className="smtp-more-links">
        エラーは返ってこないのに遅れて届いた、迷惑メールフォルダーに入った場合は、<Link to={paths.headers.href()}>メールのヘッダーを調べる</Link>と理由がわかります。
      </p>
    </div>
  );
}
