import type { DbIndex } from './db-index';
import { DSN_FIELDS, fieldNameLength } from './dsn';
import { findMentions } from './mentions';
import type { Mention } from './mentions';
import type { Highlight } from './types';

export interface HighlightCodes {
  replyCodes: Set<string>;
  statuses: Set<string>;
}

/** A page cannot usefully show more marks than this; a 5 MB log could otherwise produce a million. */
export const MAX_HIGHLIGHTS = 2000;

/**
 * Where the codes of the results and the DSN field names stand in the original input (up to the
 * returned original message), sorted and non-overlapping, at most MAX_HIGHLIGHTS.
 */
export function collectHighlights(
  input: string,
  end: number,
  index: DbIndex,
  codes: HighlightCodes,
  relaxed: boolean,
  known: Mention[] | null, // mentions already found in the raw input, in order; scanned again when null
): Highlight[] {
  const out: Highlight[] = [];
  const push = (h: Highlight): void => {
    const last = out[out.length - 1];
    if (h.end > h.start && (!last || h.start >= last.end)) out.push(h);
  };
  const mark = (m: Mention): void => {
    if (m.reply && codes.replyCodes.has(m.reply.code)) push({ start: m.reply.start, end: m.reply.end, kind: 'reply-code' });
    if (m.status && codes.statuses.has(m.status.code)) push({ start: m.status.start, end: m.status.end, kind: 'status' });
  };
  let next = 0; // into `known`
  let pos = 0;
  while (pos < end && out.length < MAX_HIGHLIGHTS) {
    let nl = input.indexOf('\n', pos);
    if (nl < 0 || nl > end) nl = end;
    const lineEnd = nl > pos && input.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    const n = fieldNameLength(input, pos, lineEnd);
    if (n > 0 && DSN_FIELDS.has(input.slice(pos, pos + n).toLowerCase())) push({ start: pos, end: pos + n, kind: 'dsn-field' });
    if (known) {
      while (next < known.length && (known[next]?.start ?? end) < pos) next++;
      for (let m = known[next]; m && m.start < nl && m.end <= end; m = known[++next]) mark(m);
    } else {
      for (const m of findMentions(input, pos, lineEnd, index, relaxed).mentions) mark(m);
    }
    pos = nl + 1;
  }
  return out.slice(0, MAX_HIGHLIGHTS);
}
