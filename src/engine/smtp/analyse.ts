import type { SmtpDb } from '../../content/schemas/smtp-db';
import { buildResult, classifyCandidate } from './build-result';
import type { Classified } from './build-result';
import { dedupeCandidates, fromDsn, fromText, replyFinder } from './candidates';
import type { Candidate } from './candidates';
import { indexDb } from './db-index';
import { parseDsn } from './dsn';
import type { DsnRecipient } from './dsn';
import { collectHighlights } from './highlights';
import type { LookalikeCandidate, Mention } from './mentions';
import { findTextReplies } from './replies';
import type { TextReply } from './replies';
import { splitSegments } from './segments';
import type { Segment } from './segments';
import { reasonFromText } from './keywords';
import { feedbackRecipient, feedbackType, noticeKind, readHeaders, textClass, textRecipients } from './text-bounce';
import type { MessageHeaders, NoticeKind } from './text-bounce';
import type { Analysis, Lookalike, ResultClass, SmtpResult } from './types';

/** Inputs beyond this many characters (5 MiB) are cut: nobody pastes more than a bounce and a log. */
export const MAX_INPUT_CHARS = 5 * 1024 * 1024;
/** A bounce to a whole mailing list can name thousands of recipients; a page shows the first ones. */
export const MAX_RESULTS = 200;
const MAX_LOOKALIKES = 20;
// A short paste ("550", "エラー 550 が出ました") is about a code, so a bare number there counts.
const RELAXED_LENGTH = 300;

const PROSE_WINDOW = 64 * 1024;
const EXPIRY_PROSE = [
  'queue too long', 'retry timeout exceeded', 'message expired', 'queue.expired', 'delivery time expired',
  "i'm not going to try again", 'giving up', 'given up', 'gave up',
];

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function isBlank(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (!(c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0xfeff)) return false;
  }
  return true;
}

function isBinary(text: string): boolean {
  const sample = Math.min(text.length, 64 * 1024); // the start says whether a paste is text
  let bad = 0;
  for (let k = 0; k < sample; k++) {
    const c = text.charCodeAt(k);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f || c === 0xfffd) bad++;
  }
  return sample > 0 && bad / sample > 0.3;
}

/** Results come worst first: what did not arrive, then what is still being retried, then what arrived. */
export const CLASS_RANK: Readonly<Record<ResultClass, number>> = { permanent: 0, expired: 0, temporary: 1, delivered: 2 };

function pickLookalikes(all: LookalikeCandidate[], results: number): Lookalike[] {
  const seen = new Set<string>();
  const out: Lookalike[] = [];
  for (const l of all) {
    if ((l.weak && results > 0) || seen.has(l.text)) continue;
    seen.add(l.text);
    out.push({ text: l.text, why: l.why });
    if (out.length >= MAX_LOOKALIKES) break;
  }
  return out;
}

function emptyAnalysis(notice: Analysis['notice']): Analysis {
  return { results: [], notice, lookalikes: [], highlights: [] };
}


function noCodeCandidate(recipient: string | null, text: string, diagnostic: string | null): Candidate {
  return {
    replyCode: null, replyCodeSource: null, status: null, statusSource: null, recipient, remoteMta: null, action: null,
    lastAttempt: null, willRetryUntil: null, diagnostic, fullText: text.slice(0, 4000),
  };
}

function firstAddress(value: string): string | null {
  const k = value.indexOf('@');
  if (k < 0) return null;
  const m = /[A-Za-z0-9._%+'=-]{1,64}@[A-Za-z0-9.-]{1,253}/.exec(value.slice(Math.max(0, k - 64), k + 254));
  return m ? m[0].replace(/\.$/, '') : null;
}

/**
 * Results for notices that carry no code: ARF feedback reports, automatic replies, and failure notices
 * whose recipients and causes are only words (qmail, Exim, Notes, legacy Exchange, Yahoo's old format …).
 */
function noCodeResults(text: string, segments: Segment[], headers: MessageHeaders | null, kind: NoticeKind): Classified[] {
  if (kind === 'feedback') {
    const type = feedbackType(text, 0, text.length);
    const c = noCodeCandidate(feedbackRecipient(text, 0, text.length), '', type === null ? null : `Feedback-Type: ${type}`);
    return [{ candidate: c, cls: 'delivered', words: 'feedback' }];
  }
  if (kind === 'autoreply') {
    const subject = (headers?.subject ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
    const c = noCodeCandidate(firstAddress(headers?.from ?? ''), '', subject === '' ? null : subject);
    return [{ candidate: c, cls: 'delivered', words: 'vacation' }];
  }
  if (kind !== 'failure') return [];
  const out: Classified[] = [];
  for (const s of segments) {
    if (s.kind !== 'text') continue;
    const whole = s.text.slice(s.from, Math.min(s.to, s.from + PROSE_WINDOW));
    const cls = textClass(headers?.subject ?? '', whole);
    const blocks = textRecipients(s.text, s.from, s.to);
    for (const b of blocks) {
      const words = (b.text === '' ? null : reasonFromText(b.text)) ?? reasonFromText(`${headers?.subject ?? ''} ${whole}`);
      const diagnostic = b.text === '' ? null : b.text.replace(/\s+/g, ' ').slice(0, 300);
      out.push({ candidate: noCodeCandidate(b.recipient, b.text === '' ? whole : b.text, diagnostic), cls, words });
    }
    if (out.length > 0) break;
  }
  return out;
}

/**
 * Postfix states the SMTP stage only in its human-readable part ("… (in reply to end of DATA command)"):
 * a mailbox refused after DATA existed at RCPT TO, so a filter refused the message.
 */
function stageFromProse(classified: Classified[], segments: Segment[]): void {
  if (!classified.some((c) => c.words === 'userunknown' && c.candidate.recipient !== null)) return;
  const afterData = new Set<string>();
  for (const s of segments) {
    if (s.kind !== 'text') continue;
    for (const b of textRecipients(s.text, s.from, s.to)) {
      if (b.text.toLowerCase().includes('in reply to end of data command')) afterData.add(b.recipient.toLowerCase());
    }
  }
  for (const c of classified) {
    if (c.words === 'userunknown' && afterData.has(c.candidate.recipient?.toLowerCase() ?? '')) c.words = 'filtered';
  }
}

/** Words of the human-readable part, up to the returned message (bounded). */
function proseOf(segments: Segment[]): string {
  const parts: string[] = [];
  let length = 0;
  for (const s of segments) {
    if (s.kind !== 'text' || length > PROSE_WINDOW) continue;
    const t = s.text.slice(s.from, Math.min(s.to, s.from + PROSE_WINDOW));
    parts.push(t);
    length += t.length;
  }
  return parts.join('\n');
}

/**
 * A reply found in a text bounce often stops at the first line ("554 delivery error:"), while the words
 * that name the cause follow on the recipient's next lines: read the recipient's block when the reply's
 * own words name nothing, and take the recipient from it when the reply had none.
 */
function enrichFromText(classified: Classified[], segments: Segment[], headers: MessageHeaders | null): void {
  if (classified.length === 0 || classified.every((c) => c.words !== null && c.candidate.recipient !== null)) return;
  const blocks: { recipient: string; text: string }[] = [];
  for (const s of segments) if (s.kind === 'text') blocks.push(...textRecipients(s.text, s.from, s.to));
  const byRecipient = new Map<string, { recipient: string; text: string }>();
  for (const b of blocks) if (!byRecipient.has(b.recipient.toLowerCase())) byRecipient.set(b.recipient.toLowerCase(), b);
  for (const c of classified) {
    const key = c.candidate.recipient?.toLowerCase();
    const block = (key === undefined ? undefined : byRecipient.get(key)) ??
      (classified.length === 1 && blocks.length === 1 ? blocks[0] : undefined);
    if (!block) continue;
    if (c.candidate.recipient === null) c.candidate = { ...c.candidate, recipient: block.recipient };
    if (c.words === null) c.words = reasonFromText(block.text) ?? reasonFromText(headers?.subject ?? '');
  }
}

/** A DSN block without a Diagnostic-Code: the human-readable part may still name the cause. */
function enrichFromProse(classified: Classified[], segments: Segment[]): void {
  stageFromProse(classified, segments);
  if (!classified.some((c) => c.words === null && c.candidate.fullText === null)) return;
  const words = reasonFromText(proseOf(segments));
  if (words === null) return;
  for (const c of classified) if (c.words === null && c.candidate.fullText === null) c.words = words;
}

async function analyseText(input: string, db: SmtpDb): Promise<Analysis> {
  const truncated = input.length > MAX_INPUT_CHARS;
  let text = truncated ? input.slice(0, MAX_INPUT_CHARS) : input;
  if (truncated && /[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1);
  if (isBlank(text)) return emptyAnalysis('empty');
  if (isBinary(text)) return emptyAnalysis('binary');

  const index = indexDb(db);
  const { segments, rawEnd } = await splitSegments(text);
  const dsnBlocks: DsnRecipient[] = [];
  const replies: TextReply[] = [];
  const lookalikes: LookalikeCandidate[] = [];
  let rawMentions: Mention[] | null = null; // the plain-text case: reused for highlighting
  let reportingMta: string | null = null;
  let proseExpired = false;
  let relaxedRaw = text.length <= RELAXED_LENGTH;
  for (const s of segments) {
    const dsn = parseDsn(s.text, s.from, s.to);
    reportingMta ??= dsn.reportingMta;
    for (const b of dsn.recipients) dsnBlocks.push(b);
  }
  // With complete DSN blocks the text is only read for lookalikes and highlights.
  const details = dsnBlocks.length === 0 || dsnBlocks.some((b) => b.diagnostic === null);
  for (const s of segments) {
    if (s.kind !== 'text') continue;
    const relaxed = s.to - s.from <= RELAXED_LENGTH;
    const scan = findTextReplies(s.text, s.from, s.to, index, relaxed, s.raw, details);
    // Mentions found in the input itself can be reused for highlighting when they cover all of it.
    if (s.raw && segments.length === 1) {
      relaxedRaw = relaxed;
      rawMentions = scan.mentions;
    }
    for (const r of scan.replies) replies.push(r);
    for (const l of scan.lookalikes) lookalikes.push(l);
    // The bounce's own words come first; a long paste is not searched to the end for them.
    const lower = s.text.slice(s.from, Math.min(s.to, s.from + PROSE_WINDOW)).toLowerCase();
    proseExpired ||= EXPIRY_PROSE.some((p) => lower.includes(p));
  }

  // Dedupe before the per-candidate work: a log can repeat the same reply thousands of times.
  const blocks = uniqueBy(dsnBlocks, (b) => `${b.recipient?.toLowerCase()}|${b.action}|${b.status}|${b.diagnostic}`);
  const uniqueReplies = uniqueBy(replies, (r) => `${r.recipient?.toLowerCase()}|${r.replyCode}|${r.status}`);
  const findReply = replyFinder(uniqueReplies);
  const fromBlocks = blocks.map((b) => fromDsn(b, findReply, index)).filter((c): c is Candidate => c !== null);
  const candidates = dedupeCandidates(fromBlocks.length > 0 ? fromBlocks : uniqueReplies.map(fromText));
  // Classes are cheap; the database work is done only for the results that will be shown.
  let classified = candidates.map((c) => classifyCandidate(c, proseExpired)).filter((c): c is Classified => c !== null);
  const headers = readHeaders(text);
  let kind = headers === null ? null : noticeKind(headers);
  // A feedback report whose top Content-Type lost its report-type still has its machine-readable part.
  if (kind !== 'feedback' && text.includes('message/feedback-report') && feedbackType(text, 0, text.length) !== null) kind = 'feedback';
  if (kind === 'failure' && dsnBlocks.length === 0) {
    // A failure notice without DSN fields: a "2.0.12" in its text is a version number, not a success.
    classified = classified.filter((c) => c.cls !== 'delivered');
    enrichFromText(classified, segments, headers);
  } else if (dsnBlocks.length > 0) {
    enrichFromProse(classified, segments);
  }
  if (kind === 'feedback' || (kind === 'autoreply' && dsnBlocks.length === 0)) classified = noCodeResults(text, segments, headers, kind);
  else if (classified.length === 0) classified = noCodeResults(text, segments, headers, kind);
  classified.sort((a, b) => CLASS_RANK[a.cls] - CLASS_RANK[b.cls]);
  const results: SmtpResult[] = classified.slice(0, MAX_RESULTS).map((c) => buildResult(index, c, reportingMta));

  const codes = {
    replyCodes: new Set(results.flatMap((r) => (r.replyCode === null ? [] : [r.replyCode]))),
    statuses: new Set(results.flatMap((r) => (r.status === null ? [] : [r.status]))),
  };
  const highlights = results.length === 0 ? [] : collectHighlights(text, rawEnd, index, codes, relaxedRaw, rawMentions);
  return {
    results,
    notice: truncated ? 'truncated' : results.length === 0 ? 'no-code' : null,
    lookalikes: pickLookalikes(lookalikes, results.length),
    highlights,
  };
}

/**
 * Reads whatever a person pasted (a code, a reply, a log line, a whole bounce e-mail) and explains the
 * SMTP codes in it with the given database. Never rejects: a broken input yields an empty analysis.
 */
export async function analyse(input: string, db: SmtpDb): Promise<Analysis> {
  if (typeof input !== 'string') return emptyAnalysis('empty');
  try {
    return await analyseText(input, db);
  } catch {
    return emptyAnalysis('no-code');
  }
}
