import type { Inline } from './ast';
import { classifyHref } from './href';

export type { LinkKind } from './href';
export { classifyHref };

/** A value quoted in a message: whole, or cut with an ellipsis so the reader sees that it was cut. */
export function quoted(value: string, max = 120): string {
  return `"${value.length > max ? `${value.slice(0, max)}…` : value}"`;
}

/**
 * The ")" that closes a link target opened at `from`: parentheses inside the target nest, as in CommonMark
 * (https://ja.wikipedia.org/wiki/A_(B), javascript:alert(1)). Without a balanced one, the first ")".
 */
function targetEnd(source: string, from: number): number {
  let depth = 0;
  for (let k = from; k < source.length; k++) {
    const c = source[k];
    if (c === '\n') break;
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return k;
      depth--;
    }
  }
  return source.indexOf(')', from);
}

/**
 * Parses **strong**, `code` and [text](href) in one left-to-right pass. Unmatched markers stay literal
 * text. Bad link targets become plain text and are reported through onProblem.
 */
export function parseInline(source: string, onProblem: (message: string) => void = () => {}): Inline[] {
  const out: Inline[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) out.push({ type: 'text', value: buffer });
    buffer = '';
  };
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '`') {
      const end = source.indexOf('`', i + 1);
      if (end > i + 1) {
        flush();
        out.push({ type: 'code', value: source.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    } else if (ch === '*' && source[i + 1] === '*') {
      const end = source.indexOf('**', i + 2);
      if (end > i + 2) {
        flush();
        out.push({ type: 'strong', children: parseInline(source.slice(i + 2, end), onProblem) });
        i = end + 2;
        continue;
      }
    } else if (ch === '[') {
      const close = source.indexOf('](', i + 1);
      const end = close === -1 ? -1 : targetEnd(source, close + 2);
      if (close > i && end > close) {
        const label = source.slice(i + 1, close);
        const href = source.slice(close + 2, end).trim();
        flush();
        const children = parseInline(label, onProblem);
        if (classifyHref(href)) {
          out.push({ type: 'link', href, children });
        } else {
          onProblem(`link target ${quoted(href)} is not allowed (use /path, #id, https://… or mailto:…)`);
          out.push(...children);
        }
        i = end + 1;
        continue;
      }
    }
    buffer += ch;
    i += 1;
  }
  flush();
  return out;
}
