import { useId, useState } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@/components/link';
import { paths } from '@/routes';
import { siteQuery, smtpDbQuery } from '../../content/queries';
import type { BasicCodeEntry, EnhancedCodeEntry } from '../../content/schemas/smtp-db';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { usePageMeta } from '../../components/page-meta';
import { useHydrated } from '../../components/use-hydrated';
import { basicRow, enhancedRow, rowMatches } from './code-filter';
import { enhancedVariants } from '../../engine/smtp/code-variants';

const TITLE = 'SMTP コードの一覧';

// Errors first (what readers come for), success and progress replies last.
const BASIC_GROUPS: { cls: BasicCodeEntry['class']; title: string }[] = [
  { cls: 'transient', title: '4xx：一時的なエラー' },
  { cls: 'permanent', title: '5xx：恒久的なエラー' },
  { cls: 'positive', title: '2xx：成功（エラーではありません）' },
  { cls: 'intermediate', title: '3xx：途中経過（エラーではありません）' },
];

function BasicItem({ entry }: { entry: BasicCodeEntry }) {
  return (
    <li className="smtp-code-list__item">
      <Link to={paths.smtpCode.href(entry.code)} className="smtp-code-list__code">
        {entry.code}
      </Link>
      <span className="smtp-code-list__title">{entry.title}</span>
    </li>
  );
}

function EnhancedItem({ entry }: { entry: EnhancedCodeEntry }) {
  return (
    <li className="smtp-code-list__item">
      <Link to={paths.smtpCode.href(entry.code)} className="smtp-code-list__code">
        {entry.code}
      </Link>
      <span className="smtp-code-list__title">
        {entry.title}
        {entry.deprecated && '（廃止）'}
      </span>
      <span className="smtp-code-list__variants">
        {enhancedVariants(entry).map((code) => (
          <Link key={code} to={paths.smtpCode.href(code)}>
            {code}
          </Link>
        ))}
      </span>
    </li>
  );
}

/**
 * /smtp/codes: every basic reply code and every enhanced status code of the database. The whole list is
 * in the prerendered HTML; the filter box appears once the page's script runs.
 */
export function CodesPage() {
  const { data: site } = useSuspenseQuery(siteQuery());
  const { data: db } = useSuspenseQuery(smtpDbQuery());
  usePageMeta(TITLE, site.siteName, 'メールのエラーで使われる 3 桁の応答コードと拡張ステータスコード（X.y.z）の一覧です。それぞれの意味と対処法を確認できます。');
  const hydrated = useHydrated();
  const [filter, setFilter] = useState('');
  const id = useId();

  const basic = db.basic.filter((e) => rowMatches(basicRow(e), filter));
  const enhanced = db.enhanced.filter((e) => rowMatches(enhancedRow(e), filter));
  const total = db.basic.length + db.enhanced.length;
  const shown = basic.length + enhanced.length;
  const subjects = [...db.subjects].sort((a, b) => a.subject - b.subject);

  return (
    <div className="smtp-codes">
      <Breadcrumbs items={[{ label: 'ホーム', to: paths.home.href() }, { label: 'エラーコードを調べる', to: paths.smtp.href() }, { label: TITLE }]} />
      <h1>{TITLE}</h1>
      <p className="lead">
        エラーのメールには、3 桁の<strong>応答コード</strong>（例：550）と、3 つの数字を点で区切った<strong>拡張ステータスコード</strong>
        （例：5.1.1）が書かれています。エラーのメールをそのまま調べるときは <Link to={paths.smtp.href()}>エラーコードを調べる</Link> をお使いください。
      </p>
      {hydrated && (
        <div className="smtp-filter">
          <label htmlFor={`${id}-filter`}>コードや言葉で絞り込む（例：5.1.1、550、容量）</label>
          <input id={`${id}-filter`} type="search" value={filter} onChange={(event) => setFilter(event.target.value)} autoComplete="off" />
          <p role="status" className="smtp-filter__count">
            {filter.trim() === '' ? '' : shown === 0 ? '一致するコードはありません。' : `${total} 件中 ${shown} 件を表示しています。`}
          </p>
        </div>
      )}
      {basic.length > 0 && (
        <section aria-labelledby={`${id}-basic`}>
          <h2 id={`${id}-basic`}>応答コード（3 桁）</h2>
          {BASIC_GROUPS.map((group) => {
            const entries = basic.filter((e) => e.class === group.cls);
            if (entries.length === 0) return null;
            return (
              <section key={group.cls} aria-labelledby={`${id}-${group.cls}`}>
                <h3 id={`${id}-${group.cls}`}>{group.title}</h3>
                <ul className="smtp-code-list">
                  {entries.map((e) => (
                    <BasicItem key={e.code} entry={e} />
                  ))}
                </ul>
              </section>
            );
          })}
        </section>
      )}
      {enhanced.length > 0 && (
        <section aria-labelledby={`${id}-enhanced`}>
          <h2 id={`${id}-enhanced`}>拡張ステータスコード（X.y.z）</h2>
          <p>X には 2（成功）・4（一時的なエラー）・5（恒久的なエラー）のどれかが入ります。2 番目の数字は問題の分類を表します。</p>
          {subjects.map((subject) => {
            const entries = enhanced.filter((e) => e.code.startsWith(`X.${subject.subject}.`));
            if (entries.length === 0) return null;
            return (
              <section key={subject.subject} aria-labelledby={`${id}-s${subject.subject}`}>
                <h3 id={`${id}-s${subject.subject}`}>
                  X.{subject.subject}：{subject.title}
                  <span className="smtp-code-list__english">（{subject.name}）</span>
                </h3>
                <ul className="smtp-code-list">
                  {entries.map((e) => (
                    <EnhancedItem key={e.code} entry={e} />
                  ))}
                </ul>
              </section>
            );
          })}
        </section>
      )}
    </div>
  );
}
