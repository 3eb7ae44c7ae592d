import { useId } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Link } from '@/components/link';
import { paths } from '@/routes';
import { siteQuery, smtpDbQuery } from '../../content/queries';
import type { GuideLink } from '../../content/schemas/common';
import type { Topic } from '../../content/schemas/site';
import type { SmtpDb } from '../../content/schemas/smtp-db';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { usePageMeta } from '../../components/page-meta';
import { parseCodeParam } from './code-param';
import type { CodeView } from './code-param';
import { ClassList, ClassMeaning, ProviderMeanings, ReasonAdvice, RegistryText, VariantLinks } from './code-sections';
import { enhancedVariants } from '../../engine/smtp/code-variants';
import { GuideLinks } from './guide-links';
import { providerMeanings } from './provider-rules';

type ValidView = Exclude<CodeView, { kind: 'invalid' }>;

const BASIC_CLASS = { positive: '2', intermediate: null, transient: '4', permanent: '5' } as const;

function kindLabel(view: ValidView): string {
  if (view.kind === 'basic') return '応答コード';
  if (view.kind === 'unregistered') return '拡張ステータスコード（IANA の登録簿にない番号）';
  return view.cls === null ? '拡張ステータスコード（クラス共通の説明）' : '拡張ステータスコード';
}

function titleOf(view: ValidView): string {
  return view.kind === 'unregistered' ? view.subject.title : view.entry.title;
}

function summaryOf(view: ValidView): string {
  return view.kind === 'unregistered' ? view.subject.summary : view.entry.summary;
}

function classDigitOf(view: ValidView): '2' | '4' | '5' | null {
  return view.kind === 'basic' ? BASIC_CLASS[view.entry.class] : view.cls;
}

/** /smtp/codes/<code>: one code explained, linkable from an e-mail ("550", "5.1.1", "X.1.1", "5.7.999"). */
export function CodePage() {
  const raw = useParams().code ?? '';
  const { data: site } = useSuspenseQuery(siteQuery());
  const { data: db } = useSuspenseQuery(smtpDbQuery());
  const view = parseCodeParam(raw, db);
  if (view.kind === 'invalid') return <InvalidCode text={view.text} why={view.why} siteName={site.siteName} />;
  return <CodeDetails view={view} db={db} siteName={site.siteName} topics={site.topics} />;
}

type CodeDetailsProps = { view: ValidView; db: SmtpDb; siteName: string; topics: readonly Topic[] };

function CodeDetails({ view, db, siteName, topics }: CodeDetailsProps) {
  const id = useId();
  const title = titleOf(view);
  const summary = summaryOf(view);
  usePageMeta(`${view.code} ${title}`, siteName, `${view.code}：${title}。${summary}`);

  const digit = classDigitOf(view);
  const classEntry = digit === null ? undefined : db.classes.find((c) => c.class === digit);
  const reasonKey = view.kind === 'unregistered' ? view.subject.reason : view.entry.reason;
  const reason = db.reasons.find((r) => r.reason === reasonKey);
  const topicsOfCode: GuideLink[] = [...(view.kind === 'unregistered' ? view.subject.topics : view.entry.topics), ...(reason?.topics ?? [])];
  const general = view.kind === 'enhanced' ? view.entry.code : view.kind === 'unregistered' ? `X${view.code.slice(1)}` : null;
  const variants =
    view.kind === 'enhanced' ? enhancedVariants(view.entry) : view.kind === 'unregistered' ? ['4', '5'].map((c) => `${c}${view.code.slice(1)}`) : [];
  const generalForm = view.code.startsWith('X');

  return (
    <article className="smtp-code">
      <Breadcrumbs
        items={[
          { label: 'ホーム', to: paths.home.href() },
          { label: 'エラーコードを調べる', to: paths.smtp.href() },
          { label: 'SMTP コードの一覧', to: paths.smtpCodes.href() },
          { label: view.code },
        ]}
      />
      <p className="smtp-code__kind">{kindLabel(view)}</p>
      <h1>
        <span className="smtp-code__number">{view.code}</span> {title}
      </h1>
      {view.kind === 'unregistered' && (
        <p className="notice">
          「{view.code}」は IANA の登録簿にないコードです。
          {generalForm ? '2 番目の数字（分類）' : '先頭の数字（クラス）と 2 番目の数字（分類）'}
          から、おおよその意味を説明します。分類「{view.subject.subject}」は「{view.subject.title}」（{view.subject.name}）を表します。
        </p>
      )}
      {classEntry ? <ClassMeaning entry={classEntry} /> : generalForm && <ClassList classes={db.classes} />}
      {view.kind === 'basic' && view.entry.class === 'intermediate' && <p className="smtp-badge smtp-badge--delivered">途中経過（エラーではありません）</p>}
      <p className="lead">{summary}</p>
      {view.kind !== 'unregistered' && (
        <section aria-labelledby={`${id}-action`}>
          <h2 id={`${id}-action`}>対処法</h2>
          <p>{view.entry.action}</p>
        </section>
      )}
      {reason && <ReasonAdvice reason={reason} headingId={`${id}-reason`} />}
      <ProviderMeanings meanings={providerMeanings(db, view)} headingId={`${id}-providers`} />
      <RegistryText view={view} headingId={`${id}-registry`} />
      {topicsOfCode.length > 0 && (
        <section aria-labelledby={`${id}-guide`}>
          <h2 id={`${id}-guide`}>ガイドで詳しく読む</h2>
          <GuideLinks links={topicsOfCode} topics={topics} />
        </section>
      )}
      <VariantLinks current={view.code} general={general} variants={variants} headingId={`${id}-variants`} />
      <ul className="link-list smtp-code__links">
        {!generalForm && (
          <li>
            <Link to={paths.smtp.href(view.code)}>このコードで「エラーコードを調べる」を開く</Link>
          </li>
        )}
        <li>
          <Link to={paths.smtpCodes.href()}>SMTP コードの一覧へ戻る</Link>
        </li>
      </ul>
    </article>
  );
}

function InvalidCode({ text, why, siteName }: { text: string; why: string; siteName: string }) {
  usePageMeta('SMTP のコードではありません', siteName, why);
  return (
    <div className="smtp-code smtp-code--invalid">
      <Breadcrumbs
        items={[
          { label: 'ホーム', to: paths.home.href() },
          { label: 'エラーコードを調べる', to: paths.smtp.href() },
          { label: 'SMTP コードの一覧', to: paths.smtpCodes.href() },
          { label: text },
        ]}
      />
      <h1>「{text}」は SMTP のコードではありません</h1>
      <p>{why}</p>
      <p>コードを書き写すときに数字を取り違えていないか、エラーのメールをもう一度ご確認ください。</p>
      <ul className="link-list">
        <li>
          <Link to={paths.smtpCodes.href()}>SMTP コードの一覧から探す</Link>
        </li>
        <li>
          <Link to={paths.smtp.href()}>エラーのメールを貼り付けて調べる</Link>
        </li>
      </ul>
    </div>
  );
}
