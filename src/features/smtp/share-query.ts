import type { SmtpDb } from '../../content/schemas/smtp-db';
import { classify } from '../../engine/smtp/classify';
import { reasonPhrase } from '../../engine/smtp/keywords';
import type { ResultClass, SmtpResult } from '../../engine/smtp/types';
import { MAX_LINK_LENGTH, paths } from '@/routes';

/** About how many Japanese characters a full-text link holds (each is nine once encoded), rounded down to 50. */
export const JAPANESE_SHARE_CHARS = Math.floor((MAX_LINK_LENGTH - paths.smtp.href('x').length + 1) / 9 / 50) * 50;

/**
 * Whether a text fits into a lookup link (/smtp?q=…) within MAX_LINK_LENGTH once percent-encoded: about
 * 6,000 characters of plain ASCII, 2,000 of text with many spaces and line breaks, 650 of Japanese. A
 * longer paste is shared by its codes only.
 */
export function fitsLookupLink(text: string): boolean {
  // Encoding never shortens a text: a longer one cannot fit, and a 5 MB paste is not encoded for nothing.
  return text.length <= MAX_LINK_LENGTH && paths.smtp.href(text).length <= MAX_LINK_LENGTH;
}

export interface SharePlan {
  /** What goes into ?q= ("" for nothing). */
  query: string;
  kind: 'codes' | 'full' | 'none';
  /** The full text was asked for but its link would be longer than MAX_LINK_LENGTH, so only the codes are shared. */
  fullTooLong: boolean;
  /** Results left out because the link would have grown past MAX_LINK_LENGTH. */
  omitted: number;
}

// Provider tags such as "[TSS04]", "S3150", "RP-001" are codes of their own. A rule's longer text clue
// ("dd This user doesn't have a yahoo.com account") is the provider's fixed wording from our database, and
// it goes into the link only when the reply contains it: never the reader's own text.
const TAG = /^[[\]A-Za-z0-9-]{2,12}$/;

function providerTags(result: SmtpResult, db: SmtpDb): string[] {
  const provider = db.providers.find((p) => p.provider === result.provider);
  if (!provider) return [];
  const text = (result.diagnostic ?? '').toLowerCase();
  const matched = provider.rules.filter((r) => r.textClue !== undefined && text.includes(r.textClue.toLowerCase()));
  const tag = (matched.find((r) => r.meaning === result.providerMeaning) ?? matched[0])?.textClue;
  // One of the provider's own clues ("gsmtp", "yahoodns.net"), so the link names the same provider again.
  const clue = provider.clues.find((c) => TAG.test(c) || /^[a-z0-9.-]+$/i.test(c));
  return [tag, clue].filter((t): t is string => t !== undefined);
}

/**
 * When the cause was read from the server's words ("550 5.7.1 … spam …" is spam, not just a policy), the
 * phrase of the engine's own vocabulary that named it ("spam"), so the link gives the same cause and
 * explanation. The phrase is ours, never the reader's text.
 */
function causeWord(result: SmtpResult): string[] {
  if (result.providerMeaning !== null) return [];
  const named = reasonPhrase(result.diagnostic ?? '');
  return named !== null && named.reason === result.reason ? [named.phrase] : [];
}

function codeLine(result: SmtpResult, db: SmtpDb): string {
  return [result.replyCode, result.status, ...providerTags(result, db), ...causeWord(result)].filter((t) => t !== null).join(' ');
}

const ACTION_FOR: Record<ResultClass, string> = { delivered: 'delivered', temporary: 'delayed', permanent: 'failed', expired: 'failed' };

/** The codes of a delivery-status block: only the DSN can say the sender gave up on a 4.x.x (expired). */
function dsnBlock(result: SmtpResult, db: SmtpDb): string {
  const lines = [`Action: ${result.action ?? ACTION_FOR[result.class]}`];
  if (result.status !== null) lines.push(`Status: ${result.status}`);
  const diagnostic = codeLine(result, db);
  if (diagnostic !== '') lines.push(`Diagnostic-Code: smtp; ${diagnostic}`);
  return lines.join('\n');
}

function codesOnly(results: readonly SmtpResult[], db: SmtpDb): { query: string; omitted: number } {
  // Plain lines ("550 5.1.1") unless a class depends on more than the codes (an expiry, a DSN Action).
  const needsDsn = results.some((r) => classify(null, r.replyCode, r.status, false) !== r.class);
  const parts = [...new Set(results.map((r) => (needsDsn ? dsnBlock(r, db) : codeLine(r, db))))].filter((p) => p !== '');
  const separator = needsDsn ? '\n\n' : '\n';
  let query = '';
  let kept = 0;
  for (const part of parts) {
    const next = query === '' ? part : `${query}${separator}${part}`;
    if (!fitsLookupLink(next)) break;
    query = next;
    kept++;
  }
  return { query, omitted: parts.length - kept };
}

/**
 * What a shareable link to a lookup carries. By default only the codes found (no addresses, no message
 * text), with the provider's tag so the link shows the same provider meaning; the whole pasted text only
 * when the reader explicitly chose it and it fits.
 */
export function planShare(input: string, results: readonly SmtpResult[], db: SmtpDb, includeFullText: boolean): SharePlan {
  const fits = includeFullText && input.trim() !== '' && fitsLookupLink(input);
  if (fits) return { query: input, kind: 'full', fullTooLong: false, omitted: 0 };
  const fullTooLong = includeFullText && input.trim() !== '';
  const { query, omitted } = codesOnly(results, db);
  return { query, kind: query === '' ? 'none' : 'codes', fullTooLong, omitted };
}
