import { Fragment } from 'react';
import { Link } from '@/components/link';
import { paths } from '@/routes';
import type { Topic } from '../../content/schemas/site';
import type { SmtpDb } from '../../content/schemas/smtp-db';
import type { SmtpResult } from '../../engine/smtp/types';
import { RESULT_CLASS_TEXT } from './class-labels';
import { GuideLinks } from './guide-links';

/** Where the analysed text came from: pasted here, or carried by a shared link (?q=), where nothing was pasted. */
export type InputOrigin = 'paste' | 'link';

const TEXT_SOURCE: Record<InputOrigin, string> = { paste: '貼り付けた本文から', link: '共有されたリンクの内容から' };
const REPLY_SOURCE: Record<Exclude<SmtpResult['replyCodeSource'], 'text' | null>, string> = {
  'dsn-diagnostic': '配送状況通知の Diagnostic-Code 欄から',
};
const STATUS_SOURCE: Record<Exclude<SmtpResult['statusSource'], 'text' | null>, string> = {
  'dsn-status': '配送状況通知の Status 欄から',
  'dsn-diagnostic': '配送状況通知の Diagnostic-Code 欄から',
};

type ResultCardProps = { result: SmtpResult; db: SmtpDb; topics: readonly Topic[]; headingId: string; origin: InputOrigin };

function Section({ title, text }: { title: string; text: string }) {
  if (text === '') return null;
  return (
    <>
      <h4>{title}</h4>
      <p>{text}</p>
    </>
  );
}

/** One recipient's outcome: will the mail still arrive, which codes said so, and what to do. */
export function ResultCard({ result, db, topics, headingId, origin }: ResultCardProps) {
  const cls = RESULT_CLASS_TEXT[result.class];
  const provider = db.providers.find((p) => p.provider === result.provider);
  const e = result.explanation;
  const facts: { label: string; value: string }[] = [
    ...(result.recipient ? [{ label: '宛先', value: result.recipient }] : []),
    ...(result.remoteMta ? [{ label: '相手のサーバー', value: result.remoteMta }] : []),
    ...(result.lastAttempt ? [{ label: '最後に送信を試した日時', value: result.lastAttempt }] : []),
    ...(result.willRetryUntil ? [{ label: '再送を続ける期限', value: result.willRetryUntil }] : []),
  ];
  return (
    <article className={`smtp-result smtp-result--${result.class}`} aria-labelledby={headingId}>
      <p className={`smtp-badge smtp-badge--${result.class}`}>{cls.badge}</p>
      <h3 id={headingId}>{e.title || 'エラーの内容'}</h3>
      <p className="smtp-result__outcome">{cls.outcome}</p>
      <dl className="smtp-facts">
        <dt>見つかったコード</dt>
        <dd>
          <ul className="smtp-codes-found">
            {result.replyCode !== null && (
              <li>
                <Link to={paths.smtpCode.href(result.replyCode)}>{result.replyCode}</Link>（応答コード、
                {result.replyCodeSource && result.replyCodeSource !== 'text' ? REPLY_SOURCE[result.replyCodeSource] : TEXT_SOURCE[origin]}）
              </li>
            )}
            {result.status !== null && (
              <li>
                <Link to={paths.smtpCode.href(result.status)}>{result.status}</Link>（拡張ステータスコード、
                {result.statusSource && result.statusSource !== 'text' ? STATUS_SOURCE[result.statusSource] : TEXT_SOURCE[origin]}）
              </li>
            )}
          </ul>
        </dd>
        {provider && (
          <>
            <dt>相手のメールサービス</dt>
            <dd>{provider.name}</dd>
          </>
        )}
        {facts.map((f) => (
          <Fragment key={f.label}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </Fragment>
        ))}
        {result.diagnostic && (
          <>
            <dt>サーバーからのメッセージ（原文）</dt>
            <dd>
              <code className="smtp-diagnostic">{result.diagnostic}</code>
            </dd>
          </>
        )}
      </dl>
      {result.providerMeaning && provider && (
        <div className="notice smtp-provider-note">
          <p>{provider.name} がこのコードに付けている独自の意味に基づいて説明しています。</p>
          {result.differsFromIana && <p>{result.differsFromIana}</p>}
        </div>
      )}
      <Section title="何が起きたか" text={e.whatHappened} />
      <Section title="よくある原因" text={e.why} />
      <Section title="送信者がすること" text={e.senderAction} />
      <Section title="受信者ができること" text={e.recipientAction} />
      {e.topics.length > 0 && (
        <>
          <h4>ガイドで詳しく読む</h4>
          <GuideLinks links={e.topics} topics={topics} />
        </>
      )}
    </article>
  );
}
