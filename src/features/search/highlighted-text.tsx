import { Fragment } from 'react';
import type { DocKind, TextPart } from '../../engine/search/types';

/** Text with the matched words in <mark>, built as React elements (never as an HTML string). */
export function HighlightedText({ parts }: { parts: readonly TextPart[] }) {
  return (
    <>
      {parts.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>))}
    </>
  );
}

/** Where a result lives, as shown under its title: "ガイド › バウンス事例", "原因を探す", "エラーコード". */
export function placeLabel(kind: DocKind, page: string): string {
  return kind === 'page' || kind === 'section' ? `ガイド › ${page}` : page;
}
