import { findAddresses, findRemoteHost } from './addresses';
import type { DbIndex } from './db-index';
import { findMentions } from './mentions';
import type { LookalikeCandidate, Mention } from './mentions';

/** A server reply found in free text (a log line, a bounce without a DSN part, a pasted reply). */
export interface TextReply {
  replyCode: string | null;
  status: string | null;
  diagnostic: string;
  recipient: string | null;
  remoteMta: string | null;
  action: string | null;
}

const WINDOW = 600; // characters looked at around a reply for the recipient and the host
const MAX_WRAPPED_LINES = 6;
const MAX_REPLY_TEXT = 4000; // a reply longer than this is not read further
const MAX_KEPT_MENTIONS = 20_000; // enough for any number of highlights a page shows
const MAX_REPLIES = 10_000; // distinct replies; the page shows a few hundred results anyway
const MAX_HIT_LINES = 20_000; // lines with codes read per text; a longer log is read up to here

interface Line {
  start: number;
  end: number;
}

interface Group {
  reply: TextReply;
  lastLine: number;
  open: boolean; // the last line was "550-…": the next "550 …" line belongs to the same reply
  wrapped: number;
  indent: number;
}

function indentOf(text: string, start: number, end: number): number {
  let k = start;
  while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  return k - start;
}

function pickMentions(mentions: readonly Mention[]): { lead: Mention; status: string | null } | null {
  const lead = mentions.find((m) => m.reply && m.status) ?? mentions.find((m) => m.reply) ?? mentions[0];
  if (!lead) return null;
  const status = lead.status?.code ?? mentions.find((m) => m.status)?.status?.code ?? null;
  return { lead, status };
}

// Postfix log lines say what happened to the message: status=bounced / deferred / sent / expired.
function postfixAction(text: string, line: Line): string | null {
  const s = text.slice(line.start, Math.min(line.end, line.start + 4 * WINDOW));
  const k = s.indexOf('status=');
  if (k < 0) return null;
  const word = s.slice(k + 7, k + 16);
  if (word.startsWith('bounced') || word.startsWith('expired')) return 'failed';
  if (word.startsWith('deferred')) return 'delayed';
  if (word.startsWith('sent')) return 'delivered';
  return null;
}

function nearestRecipient(text: string, lead: number, line: Line, previous: Line[]): string | null {
  const before = findAddresses(text, Math.max(line.start, lead - WINDOW), lead).filter((a) => !a.sender);
  const last = before[before.length - 1];
  if (last) return last.address;
  for (let k = previous.length - 1; k >= 0; k--) {
    const p = previous[k];
    if (!p) continue;
    const found = findAddresses(text, Math.max(p.start, p.end - WINDOW), p.end).filter((a) => !a.sender);
    const nearest = found[found.length - 1];
    if (nearest) return nearest.address;
  }
  const after = findAddresses(text, lead, Math.min(line.end, lead + WINDOW)).filter((a) => !a.sender);
  return after[0]?.address ?? null;
}

function nearestHost(text: string, lead: number, line: Line, previous: Line[]): string | null {
  const same = findRemoteHost(text, Math.max(line.start, lead - WINDOW), lead);
  if (same) return same;
  for (let k = previous.length - 1; k >= 0; k--) {
    const p = previous[k];
    if (!p) continue;
    const host = findRemoteHost(text, Math.max(p.start, p.end - WINDOW), p.end);
    if (host) return host;
  }
  return null;
}

export interface TextScan {
  replies: TextReply[];
  lookalikes: LookalikeCandidate[];
  mentions: Mention[] | null; // every mention, when asked for (offsets are only useful in the raw input)
}

/** Server replies in text[from, to), multi-line replies ("550-…" / "550 …") merged into one. */
export function findTextReplies(
  text: string,
  from: number,
  to: number,
  index: DbIndex,
  relaxed: boolean,
  collectMentions = false,
  details = true, // recipient, host and Postfix action; not needed when DSN fields already say it
): TextScan {
  const replies: TextReply[] = [];
  const lookalikes: LookalikeCandidate[] = [];
  const mentions: Mention[] | null = collectMentions ? [] : null;
  const seen = new Set<string>();
  const recent: Line[] = []; // lines since the previous reply, at most MAX_WRAPPED_LINES
  let group: Group | null = null;
  let lineNo = 0;
  let hits = 0;
  let pos = from;
  while (pos <= to && hits < MAX_HIT_LINES) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0 || nl > to) nl = to;
    const end = nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    const line: Line = { start: pos, end };
    const scan = findMentions(text, pos, end, index, relaxed);
    for (const l of scan.lookalikes) lookalikes.push(l);
    if (mentions && mentions.length < MAX_KEPT_MENTIONS) for (const m of scan.mentions) mentions.push(m);
    const picked = pickMentions(scan.mentions);
    if (picked) {
      hits++;
      const { lead, status } = picked;
      const replyCode = lead.reply?.code ?? null;
      const tail = text.slice(lead.end, Math.min(end, lead.end + 2 * WINDOW));
      if (group && group.open && group.lastLine === lineNo - 1 && replyCode === group.reply.replyCode) {
        if (group.reply.diagnostic.length < MAX_REPLY_TEXT) group.reply.diagnostic += ` ${tail}`;
        group.reply.status ??= status;
        group.lastLine = lineNo;
        group.open = lead.continuation;
      } else {
        const reply: TextReply = {
          replyCode,
          status,
          diagnostic: text.slice(lead.start, Math.min(end, lead.start + 2 * WINDOW)),
          recipient: details ? nearestRecipient(text, lead.start, line, recent) : null,
          remoteMta: details ? nearestHost(text, lead.start, line, recent) : null,
          action: details ? postfixAction(text, line) : null,
        };
        // The same reply repeated (a log) is kept once; a reply body still collects its continuation lines.
        const key = `${reply.recipient?.toLowerCase()}|${replyCode}|${status}`;
        if (!seen.has(key) && seen.size < MAX_REPLIES) {
          seen.add(key);
          replies.push(reply);
        }
        group = { reply, lastLine: lineNo, open: lead.continuation, wrapped: 0, indent: indentOf(text, pos, end) };
      }
      recent.length = 0;
    } else {
      // Postfix and others wrap a long reply onto more deeply indented lines without repeating the code.
      const wraps =
        group !== null && group.lastLine === lineNo - 1 && group.wrapped < MAX_WRAPPED_LINES &&
        indentOf(text, pos, end) > group.indent && indentOf(text, pos, end) < end - pos;
      if (group && wraps) {
        if (group.reply.diagnostic.length < MAX_REPLY_TEXT) group.reply.diagnostic += ` ${text.slice(pos, Math.min(end, pos + WINDOW))}`;
        group.lastLine = lineNo;
        group.wrapped++;
      }
      recent.push(line);
      if (recent.length > MAX_WRAPPED_LINES) recent.shift();
    }
    lineNo++;
    pos = nl + 1;
  }
  return { replies, lookalikes, mentions };
}
