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

const CLASS_RANK: Record<ResultClass, number> = { permanent: 0, expired: 0, temporary: 1, delivered: 2 };

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
  const classified = candidates.map((c) => classifyCandidate(c, proseExpired)).filter((c): c is Classified => c !== null);
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
