import { normaliseStatus, parseStatusShape, unknownReplyCodeWhy } from './codes';
import type { DbIndex } from './db-index';
import { isPairGap, scanTokens } from './tokens';
import type { Token } from './tokens';
import type { NotACode } from './types';

/** A validated code occurrence: a reply code, a status, or both ("550 5.1.1"). */
export interface Mention {
  start: number;
  end: number;
  reply: { code: string; start: number; end: number } | null;
  status: { code: string; start: number; end: number } | null; // code normalised: "5.1.1"
  continuation: boolean;
}

/** Something code-shaped that is not a code. Weak ones (dates, phone numbers, IPs) are shown only when nothing else was found. */
export interface LookalikeCandidate {
  text: string;
  why: NotACode;
  weak: boolean;
}


function statusWhy(text: string, versionWord: boolean): NotACode | null {
  if (versionWord) return { kind: 'version' };
  const p = parseStatusShape(text);
  if (!p) return null;
  if (p.cls !== 2 && p.cls !== 4 && p.cls !== 5) return { kind: 'status-class', digit: p.cls };
  return { kind: 'status-subject', digit: p.subject };
}

export interface MentionScan {
  readonly mentions: readonly Mention[];
  readonly lookalikes: readonly LookalikeCandidate[];
}

interface MutableScan {
  mentions: Mention[];
  lookalikes: LookalikeCandidate[];
}

const NOTHING: MentionScan = Object.freeze({ mentions: Object.freeze([]), lookalikes: Object.freeze([]) });

function addStatus(
  out: MutableScan,
  t: Token,
  reply: Mention['reply'],
  continuation: boolean,
): void {
  const s = t.status;
  if (!s) return;
  const code = t.versionWord ? null : normaliseStatus(s.code);
  if (code === null) {
    const why = statusWhy(s.code, t.versionWord);
    if (why) out.lookalikes.push({ text: s.code, why, weak: false });
    if (reply) out.mentions.push({ start: reply.start, end: reply.end, reply, status: null, continuation });
    return;
  }
  const status = { code, start: s.start, end: s.end };
  out.mentions.push({ start: reply ? reply.start : s.start, end: s.end, reply, status, continuation });
}

/**
 * Validated mentions in text[from, to) (normally one line). `relaxed` accepts a bare three-digit number
 * anywhere; otherwise it has to stand where a server reply starts (line start, after "said:", a quote…).
 */
export function findMentions(text: string, from: number, to: number, index: DbIndex, relaxed: boolean): MentionScan {
  const tokens = scanTokens(text, from, to);
  if (tokens.length === 0) return NOTHING; // most lines: no allocation at all
  const out: MutableScan = { mentions: [], lookalikes: [] };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) continue;
    if (t.kind === 'date' || t.kind === 'phone' || t.kind === 'ip') {
      out.lookalikes.push({ text: t.text, why: { kind: t.kind }, weak: true });
      continue;
    }
    if (t.kind === 'status') {
      addStatus(out, t, null, false);
      continue;
    }
    const r = t.reply;
    if (!r) continue;
    const next = tokens[k + 1];
    const paired = t.kind === 'reply-status' ? t : null;
    const follower =
      !paired && next && next.kind === 'status' && !t.continuation && isPairGap(text, t.end, next.start) ? next : null;
    if (!paired && !follower && !(t.context || relaxed)) continue;
    const reply = index.basic.has(r.code) ? r : null;
    if (!reply) out.lookalikes.push({ text: r.code, why: unknownReplyCodeWhy(r.code), weak: false });
    const continuation = paired !== null || t.continuation;
    if (paired) {
      addStatus(out, paired, reply, continuation);
    } else if (follower) {
      addStatus(out, follower, reply, false);
      k++;
    } else if (reply) {
      out.mentions.push({ start: reply.start, end: reply.end, reply, status: null, continuation });
    }
  }
  return out;
}
