import type { ReactNode } from 'react';
import type { Highlight } from '../../engine/smtp/types';

/** More than this is not shown: a 5 MB log would make the page itself slow. */
export const MAX_SHOWN_CHARS = 20_000;

const KIND_LABEL: Record<Highlight['kind'], string> = {
  'reply-code': '応答コード',
  status: '拡張ステータスコード',
  'dsn-field': '配送状況通知の項目',
};

/** Splits the shown part of the text into plain runs and <mark>s (highlights are sorted, non-overlapping). */
export function markedParts(text: string, highlights: readonly Highlight[], limit = MAX_SHOWN_CHARS): ReactNode[] {
  const shown = text.slice(0, limit);
  const parts: ReactNode[] = [];
  let pos = 0;
  for (const h of highlights) {
    if (h.start < pos || h.start >= shown.length) continue;
    const end = Math.min(h.end, shown.length);
    if (h.start > pos) parts.push(shown.slice(pos, h.start));
    parts.push(
      <mark key={h.start} className={`smtp-mark smtp-mark--${h.kind}`} title={KIND_LABEL[h.kind]}>
        {shown.slice(h.start, end)}
      </mark>,
    );
    pos = end;
  }
  if (pos < shown.length) parts.push(shown.slice(pos));
  return parts;
}

type HighlightedInputProps = { text: string; highlights: readonly Highlight[]; headingId: string };

/** The pasted text with what the lookup recognised marked, so a reader sees where each code came from. */
export function HighlightedInput({ text, highlights, headingId }: HighlightedInputProps) {
  const cut = text.length > MAX_SHOWN_CHARS;
  return (
    <section className="smtp-source" aria-labelledby={headingId}>
      <h2 id={headingId}>貼り付けた内容で見つかった箇所</h2>
      <p className="smtp-source__legend">
        <mark className="smtp-mark smtp-mark--reply-code">応答コード</mark>
        <mark className="smtp-mark smtp-mark--status">拡張ステータスコード</mark>
        <mark className="smtp-mark smtp-mark--dsn-field">配送状況通知の項目</mark>
        に印を付けています。
      </p>
      {cut && (
        <p className="notice">
          貼り付けた内容は {text.length.toLocaleString('ja-JP')} 文字あります。ここには最初の {MAX_SHOWN_CHARS.toLocaleString('ja-JP')} 文字だけを表示しています。
        </p>
      )}
      {/* Focusable so keyboard users can scroll a long paste. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <pre className="smtp-source__text" tabIndex={0} aria-label="貼り付けた内容">
        {markedParts(text, highlights)}
      </pre>
    </section>
  );
}
