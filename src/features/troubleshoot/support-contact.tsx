import type { SiteSettings } from '../../content/schemas/site';

type SupportContactProps = { support: SiteSettings['support']; mailBody?: string };

const MAIL_SUBJECT = 'メールが届かない件のお問い合わせ';

/** The operator's support contact from site.json: e-mail (mailto), web page and opening hours. */
export function SupportContact({ support, mailBody }: SupportContactProps) {
  const mailto =
    support.email === undefined
      ? null
      : `mailto:${support.email}?subject=${encodeURIComponent(MAIL_SUBJECT)}${mailBody ? `&body=${encodeURIComponent(mailBody)}` : ''}`;
  return (
    <section className="ts-support" aria-labelledby="ts-support-title">
      <h2 id="ts-support-title">お問い合わせ先</h2>
      <dl className="ts-support__list">
        {mailto !== null && (
          <>
            <dt>メール</dt>
            <dd>
              <a href={`mailto:${support.email}`}>{support.email}</a>
              <br />
              <a href={mailto} className="ts-support__compose">
                下のまとめを入れてメールを作成する
              </a>
            </dd>
          </>
        )}
        {support.url !== undefined && (
          <>
            <dt>Webサイト</dt>
            <dd>
              <a href={support.url} rel="noopener noreferrer">
                お問い合わせページを開く
              </a>
            </dd>
          </>
        )}
        {support.hours !== undefined && (
          <>
            <dt>受付時間</dt>
            <dd>{support.hours}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
