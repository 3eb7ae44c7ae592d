import { Link } from '@/components/link';
import { paths } from '@/routes';

type UrlNoticeProps = { notices: readonly string[]; step: number };

/** Explains a link that could not be followed as written, and what is shown instead. */
export function UrlNotice({ notices, step }: UrlNoticeProps) {
  return (
    <div className="notice ts-notice" role="status">
      <p className="ts-notice__title">
        <strong>リンクの内容を一部読み取れませんでした。</strong>
      </p>
      <ul>
        {notices.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>
        読み取れたところまでの、いちばん近い画面（ステップ {step}）を表示しています。
        <Link to={paths.troubleshoot.href()}>最初からやり直す</Link>こともできます。
      </p>
    </div>
  );
}
