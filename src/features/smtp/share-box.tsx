import { useId } from 'react';
import { absoluteUrl, paths } from '@/routes';
import { CopyButton } from '../../components/copy-button';
import type { SmtpDb } from '../../content/schemas/smtp-db';
import type { SmtpResult } from '../../engine/smtp/types';
import { JAPANESE_SHARE_CHARS, planShare } from './share-query';

type ShareBoxProps = {
  input: string;
  results: readonly SmtpResult[];
  db: SmtpDb;
  includeFullText: boolean;
  onIncludeFullTextChange: (include: boolean) => void;
};

/** The link to this result, showing exactly what it carries: by default the codes and fixed cause words only. */
export function ShareBox({ input, results, db, includeFullText, onIncludeFullTextChange }: ShareBoxProps) {
  const id = useId();
  const plan = planShare(input, results, db, includeFullText);
  const href = paths.smtp.href(plan.query === '' ? undefined : plan.query);
  return (
    <section className="smtp-share" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>結果を共有する</h2>
      <p>
        リンクを開くと、同じ結果が表示されます。通常、リンクに含まれるのは見つかったコードと、原因を表す決まった語（例: user unknown）だけで、メールアドレスやメッセージの文面は含まれません。
      </p>
      <p className="smtp-share__choice">
        <input
          type="checkbox"
          id={`${id}-full`}
          checked={includeFullText}
          onChange={(event) => onIncludeFullTextChange(event.target.checked)}
          aria-describedby={`${id}-warning`}
        />
        <label htmlFor={`${id}-full`}>メッセージ全文をリンクに含める</label>
      </p>
      <p id={`${id}-warning`} className={includeFullText ? 'smtp-warning' : 'smtp-share__hint'}>
        全文を含めると、貼り付けた内容に含まれるメールアドレスやメッセージの文面がそのままリンクに入り、リンクを受け取った人や、リンクを記録するサービスにも見えます。全文を含められるのは短い内容だけです（日本語ならおよそ {JAPANESE_SHARE_CHARS.toLocaleString('ja-JP')} 文字まで）。
      </p>
      {plan.fullTooLong && (
        <p className="notice">
          貼り付けた内容が長すぎて、全文をリンクに含められません。
          {plan.kind === 'codes' && '代わりに、見つかったコードだけを含めたリンクにします（開くと同じ説明が表示されます）。'}
          全文を伝えたいときは、内容をコピーして直接送ってください。
        </p>
      )}
      {plan.omitted > 0 && <p className="notice">リンクが長くなりすぎるため、{plan.omitted} 件のコードは含めていません。</p>}
      {plan.kind === 'none' ? (
        <p>コードが見つからなかったため、リンクには調べた内容が含まれません。</p>
      ) : (
        <>
          <p className="smtp-share__label" id={`${id}-content`}>
            {plan.kind === 'full' ? 'リンクに含まれる内容（全文）：' : 'リンクに含まれる内容（コードのみ）：'}
          </p>
          <pre className="smtp-share__content" aria-labelledby={`${id}-content`}>
            {plan.query}
          </pre>
        </>
      )}
      {plan.kind !== 'none' && (
        <p>
          <CopyButton value={() => absoluteUrl(href)} label="結果へのリンクをコピー" />
        </p>
      )}
    </section>
  );
}
