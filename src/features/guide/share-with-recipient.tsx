import { useId } from 'react';
import type { Block } from '@/content/markdown/ast';
import { inlineText } from '@/content/markdown/ast';
import { CopyButton } from '@/components/copy-button';
import { useHydrated } from '@/components/use-hydrated';
import { absoluteUrl } from '@/routes';

type ShareWithRecipientProps = {
  /** The e-mail subject (the `:::share` block's label). */
  subject: string;
  /** The ready message (the block's paragraphs). */
  blocks: Block[];
  pagePath: string;
};

/**
 * "Send this page to your recipient": the sender copies the link, or the ready message with the link,
 * or opens their mail app with both filled in. The mailto link needs the page's absolute URL, which only
 * the browser knows, so it appears once the page is live; the copy buttons compute theirs at click time.
 */
export function ShareWithRecipient({ subject, blocks, pagePath }: ShareWithRecipientProps) {
  const hydrated = useHydrated();
  const titleId = useId();
  const message = blocks
    .map((b) => (b.type === 'paragraph' ? inlineText(b.children) : ''))
    .filter((t) => t !== '')
    .join('\n\n');
  const url = () => absoluteUrl(pagePath);
  const withLink = () => `${message}\n\n${url()}`;
  return (
    <aside className="share" aria-labelledby={titleId}>
      <p className="share__title" id={titleId}>
        <strong>送信者の方へ：このページを受信者に送る</strong>
      </p>
      <p className="share__lead">次の文面とこのページへのリンクを、メールやチャットで受信者に送ってください。</p>
      <p className="share__message">
        <span className="share__subject">件名: {subject}</span>
        {message.split('\n').map((line, i) => (
          <span key={i} className="share__line">
            {line}
          </span>
        ))}
      </p>
      <div className="share__actions">
        <CopyButton value={withLink} label="文面とリンクをコピー" />
        <CopyButton value={url} label="リンクだけをコピー" ariaLabel="このページへのリンクだけをコピー" />
        {hydrated && (
          <a className="share__mail" href={`mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(withLink())}`}>
            メールアプリで送る
          </a>
        )}
      </div>
    </aside>
  );
}
