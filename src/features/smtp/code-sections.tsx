import { Link } from '@/components/link';
import { paths } from '@/routes';
import type { SmtpDb } from '../../content/schemas/smtp-db';
import type { CodeView } from './code-param';
import type { ProviderMeaning } from './provider-rules';

type ClassEntry = SmtpDb['classes'][number];
type ReasonEntry = SmtpDb['reasons'][number];

const BADGE: Record<'2' | '4' | '5', string> = { '2': 'delivered', '4': 'temporary', '5': 'permanent' };

/** What the first digit says: success, temporary (still may arrive) or permanent (will not arrive). */
export function ClassMeaning({ entry }: { entry: ClassEntry }) {
  return (
    <div className="smtp-class">
      <p className={`smtp-badge smtp-badge--${BADGE[entry.class]}`}>{entry.title}</p>
      <p>{entry.summary}</p>
    </div>
  );
}

/** The classes of a registry-form code (X.1.1): what 2, 4 and 5 mean in place of the X. */
export function ClassList({ classes }: { classes: readonly ClassEntry[] }) {
  return (
    <dl className="smtp-class-list">
      {classes.map((c) => (
        <div key={c.class}>
          <dt>
            {c.class}：{c.title}
          </dt>
          <dd>{c.summary}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The advice for the reason the database gives this code (db.reasons). */
export function ReasonAdvice({ reason, headingId }: { reason: ReasonEntry; headingId: string }) {
  const parts = [
    { title: '何が起きたか', text: reason.whatHappened },
    { title: 'よくある原因', text: reason.why },
    { title: '送信者がすること', text: reason.senderAction },
    { title: '受信者ができること', text: reason.recipientAction },
  ].filter((p) => p.text !== '');
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>よくある原因と対処：{reason.title}</h2>
      {parts.map((p) => (
        <div key={p.title}>
          <h3>{p.title}</h3>
          <p>{p.text}</p>
        </div>
      ))}
    </section>
  );
}

/** Providers that use this number with a meaning of their own. */
export function ProviderMeanings({ meanings, headingId }: { meanings: readonly ProviderMeaning[]; headingId: string }) {
  if (meanings.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>メールサービスごとの意味</h2>
      <p>次のメールサービスは、このコードを独自の意味でも使っています。エラーのメールに書かれた相手のサーバー名や記号と照らし合わせてください。</p>
      <ul className="smtp-providers">
        {meanings.map(({ provider, rule }, index) => (
          <li key={`${provider.provider}-${index}`}>
            <p className="smtp-providers__name">
              {provider.name}
              {rule.statuses.length > 0 && <>：{rule.statuses.join('、')}</>}
              {rule.replyCodes && rule.replyCodes.length > 0 && <>（応答コード {rule.replyCodes.join('・')}）</>}
              {rule.textClue && <>、本文に「{rule.textClue}」がある場合</>}
            </p>
            <p>{rule.meaning}</p>
            {rule.differsFromIana && <p className="smtp-providers__differs">{rule.differsFromIana}</p>}
            <p>
              <strong>対処：</strong>
              {rule.action}
            </p>
            <p className="smtp-providers__source">出典：{rule.source}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The registry's or the RFC's own words, verbatim, so a reader can check the source. */
export function RegistryText({ view, headingId }: { view: CodeView; headingId: string }) {
  if (view.kind === 'basic') {
    return (
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>規格の原文（英語）</h2>
        <p>SMTP の規格（RFC）に書かれている、このコードの意味です。原文のまま掲載しています。</p>
        <dl className="smtp-registry" lang="en">
          <dt>Reply code</dt>
          <dd>{view.entry.code}</dd>
          <dt>Meaning</dt>
          <dd>{view.entry.rfcText}</dd>
          <dt>Reference</dt>
          <dd>{view.entry.reference}</dd>
        </dl>
      </section>
    );
  }
  if (view.kind !== 'enhanced') return null;
  const e = view.entry;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>IANA 登録簿の原文（英語）</h2>
      <p>IANA の「SMTP Enhanced Status Codes」登録簿に記載されている、公式の説明です。原文のまま掲載しています。</p>
      <dl className="smtp-registry" lang="en">
        <dt>Code</dt>
        <dd>{e.code}</dd>
        <dt>Sample Text</dt>
        <dd>{e.sampleText || '—'}</dd>
        <dt>Associated basic status code</dt>
        <dd>{e.basicCodes}</dd>
        <dt>Description</dt>
        <dd>{e.description}</dd>
        <dt>Reference</dt>
        <dd>{e.reference}</dd>
        {e.deprecated && (
          <>
            <dt>Status</dt>
            <dd>Deprecated</dd>
          </>
        )}
      </dl>
    </section>
  );
}

/** Links between the registry form and its class variants (X.1.1 ↔ 4.1.1, 5.1.1). */
export function VariantLinks({ current, general, variants, headingId }: { current: string; general: string | null; variants: readonly string[]; headingId: string }) {
  const links = [...(general ? [general] : []), ...variants].filter((c) => c !== current);
  if (links.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>関連するコード</h2>
      <ul className="smtp-variant-links">
        {links.map((code) => (
          <li key={code}>
            <Link to={paths.smtpCode.href(code)}>{code.startsWith('X') ? `${code}（クラス共通の説明）` : code}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
