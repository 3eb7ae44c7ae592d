import { notACodeText } from '../../content/text/code-notes';
import { useId, useState } from 'react';
import type { RefObject } from 'react';
import { Link } from '@/components/link';
import { paths } from '@/routes';
import type { Topic } from '../../content/schemas/site';
import { HighlightedInput } from './highlighted-input';
import { ResultCard } from './result-card';
import type { InputOrigin } from './result-card';
import { ShareBox } from './share-box';
import type { LookupData } from './use-lookup';

/** A mailing-list bounce can list hundreds of recipients: the first ones first, the rest on request. */
const FIRST_SHOWN = 20;

type LookupResultsProps = {
  data: LookupData;
  topics: readonly Topic[];
  headingRef: RefObject<HTMLHeadingElement | null>;
  origin: InputOrigin;
  includeFullText: boolean;
  onIncludeFullTextChange: (include: boolean) => void;
};

function NoticeText({ notice }: { notice: LookupData['analysis']['notice'] }) {
  switch (notice) {
    case 'empty':
      return <p>調べたい内容が入力されていません。エラーのメールの本文か、エラーコード（例：550 5.1.1）を貼り付けてください。</p>;
    case 'binary':
      return (
        <p>
          貼り付けた内容は文字として読めないデータのようです。エラーのメールを開き、本文の文字を選んでコピーしてから貼り付けてください。
        </p>
      );
    case 'no-code':
      return (
        <p>
          貼り付けた内容から、SMTP のエラーコードを見つけられませんでした。エラーのメールの本文をすべて貼り付けるか、3 桁の応答コード（例：550）や
          3 つの数字を点で区切った拡張ステータスコード（例：5.1.1）を入力してください。
        </p>
      );
    case 'truncated':
      return <p>貼り付けた内容が長すぎるため、最初の約 520 万文字だけを調べました。</p>;
    case null:
      return null;
  }
}

/** Everything below the form once a lookup has finished. */
export function LookupResults({ data, topics, headingRef, origin, includeFullText, onIncludeFullTextChange }: LookupResultsProps) {
  const { analysis, db, input } = data;
  const [showAll, setShowAll] = useState(false);
  const id = useId();
  const results = showAll ? analysis.results : analysis.results.slice(0, FIRST_SHOWN);
  const found = analysis.results.length > 0;
  return (
    <section className="smtp-results" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {found ? `調べた結果（${analysis.results.length} 件）` : '調べた結果'}
      </h2>
      {analysis.notice !== null && (
        <div className={found ? 'notice' : 'notice smtp-notice--none'}>
          <NoticeText notice={analysis.notice} />
        </div>
      )}
      {analysis.lookalikes.length > 0 && (
        <div className="smtp-lookalikes">
          <h3>コードに似ていますが、SMTP のコードではないもの</h3>
          <ul>
            {analysis.lookalikes.map((l) => (
              <li key={l.text}>
                <code>{l.text}</code>：{notACodeText(l.text, l.why)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {!found && (
        <p>
          コードの意味は <Link to={paths.smtpCodes.href()}>SMTP コードの一覧</Link> からも探せます。
        </p>
      )}
      {results.map((result, index) => (
        <ResultCard key={index} result={result} db={db} topics={topics} headingId={`${id}-r${index}`} origin={origin} />
      ))}
      {results.length < analysis.results.length && (
        <p>
          <button type="button" className="smtp-more" onClick={() => setShowAll(true)}>
            残りの {analysis.results.length - results.length} 件も表示する
          </button>
        </p>
      )}
      {(found || includeFullText) && (
        <ShareBox input={input} results={analysis.results} db={db} includeFullText={includeFullText} onIncludeFullTextChange={onIncludeFullTextChange} />
      )}
      {found && analysis.highlights.length > 0 && <HighlightedInput text={input} highlights={analysis.highlights} headingId={`${id}-source`} />}
    </section>
  );
}
