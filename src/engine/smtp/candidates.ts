import { chooseStatus } from './classify';
import type { DbIndex } from './db-index';
import type { DsnRecipient } from './dsn';
import { findMentions } from './mentions';
import type { TextReply } from './replies';
import type { SmtpResult } from './types';

/** One recipient's (or one reply's) codes and facts, before the database is consulted. */
export interface Candidate {
  replyCode: string | null;
  replyCodeSource: SmtpResult['replyCodeSource'];
  status: string | null;
  statusSource: SmtpResult['statusSource'];
  recipient: string | null;
  remoteMta: string | null;
  action: string | null;
  lastAttempt: string | null;
  willRetryUntil: string | null;
  diagnostic: string | null; // for display: one line, ~300 characters
  fullText: string | null; // the whole reply (bounded), where provider clues and keywords are looked for
}

const MAX_DIAGNOSTIC = 300;
const MAX_FULL_TEXT = 4000;

function collapse(text: string | null): string | null {
  return text === null ? null : text.slice(0, MAX_FULL_TEXT).replace(/\s+/g, ' ').trim();
}

/** One line, whitespace collapsed, repeated multi-line prefixes ("550-5.7.26") removed, ~300 characters. */
export function cleanDiagnostic(text: string | null, replyCode: string | null, status: string | null): string | null {
  if (text === null) return null;
  let t = text.slice(0, MAX_FULL_TEXT).replace(/\s+/g, ' ').trim();
  if (replyCode !== null && status !== null) {
    // Multi-line replies repeat "550-5.7.26" on every line: keep the first, drop the repeats.
    let kept = false;
    for (const prefix of [`${replyCode}-${status}`, `${replyCode} ${status}`]) {
      const first = t.indexOf(prefix);
      if (first < 0) continue;
      const keep = kept ? first : first + prefix.length;
      t = `${t.slice(0, keep)}${t.slice(keep).split(prefix).join(' ')}`.replace(/ {2,}/g, ' ').trim();
      kept = true;
    }
  }
  if (t.length > MAX_DIAGNOSTIC) t = `${t.slice(0, MAX_DIAGNOSTIC - 1).trimEnd()}…`;
  // Only the codes themselves ("550", "550 5.1.1") is not a text from the server.
  const codesOnly = [replyCode, status, `${replyCode} ${status}`, `${replyCode}-${status}`];
  return t.length > 0 && !codesOnly.includes(t) ? t : null;
}

/** Text replies by recipient (lower case), for DSN blocks that lack a Diagnostic-Code. */
export function replyFinder(replies: TextReply[]): (recipient: string | null) => TextReply | undefined {
  const byRecipient = new Map<string, TextReply>();
  for (const r of replies) {
    const key = r.recipient?.toLowerCase();
    if (key !== undefined && !byRecipient.has(key)) byRecipient.set(key, r);
  }
  const only = replies.length === 1 ? replies[0] : undefined;
  return (recipient) => (recipient === null ? undefined : byRecipient.get(recipient.toLowerCase())) ?? only;
}

/** A DSN recipient block, completed from the text part when the block has no Diagnostic-Code. */
export function fromDsn(
  block: DsnRecipient,
  findReply: (recipient: string | null) => TextReply | undefined,
  index: DbIndex,
): Candidate | null {
  let diagnostic = block.diagnostic;
  let replySource: SmtpResult['replyCodeSource'] = 'dsn-diagnostic';
  let diagReply: string | null = null;
  let diagStatus: string | null = null;
  if (diagnostic !== null) {
    const mentions = findMentions(diagnostic, 0, Math.min(diagnostic.length, 2000), index, true).mentions;
    const lead = mentions.find((m) => m.reply && m.status) ?? mentions.find((m) => m.reply) ?? mentions[0];
    diagReply = lead?.reply?.code ?? null;
    diagStatus = lead?.status?.code ?? mentions.find((m) => m.status)?.status?.code ?? null;
  } else {
    const match = findReply(block.recipient);
    if (match) {
      diagnostic = match.diagnostic;
      diagReply = match.replyCode;
      diagStatus = match.status;
      replySource = 'text';
    }
  }
  const choice = chooseStatus(block.status, diagStatus, diagReply);
  if (choice.status === null && diagReply === null) return null;
  const statusSource = choice.source === 'dsn-diagnostic' && replySource === 'text' ? 'text' : choice.source;
  return {
    replyCode: diagReply,
    replyCodeSource: diagReply === null ? null : replySource,
    status: choice.status,
    statusSource,
    recipient: block.recipient,
    remoteMta: block.remoteMta,
    action: block.action,
    lastAttempt: block.lastAttempt,
    willRetryUntil: block.willRetryUntil,
    diagnostic: cleanDiagnostic(diagnostic, diagReply, choice.status),
    fullText: collapse(diagnostic ?? block.statusComment ?? null),
  };
}

export function fromText(reply: TextReply): Candidate {
  return {
    replyCode: reply.replyCode,
    replyCodeSource: reply.replyCode === null ? null : 'text',
    status: reply.status,
    statusSource: reply.status === null ? null : 'text',
    recipient: reply.recipient,
    remoteMta: reply.remoteMta,
    action: reply.action,
    lastAttempt: null,
    willRetryUntil: null,
    diagnostic: cleanDiagnostic(reply.diagnostic, reply.replyCode, reply.status),
    fullText: collapse(reply.diagnostic),
  };
}

/**
 * One candidate per recipient and distinct code: exact duplicates go, and so does a candidate that
 * says less than another ("550" alone next to "550 5.1.1", or the same codes without a recipient).
 */
export function dedupeCandidates(all: Candidate[]): Candidate[] {
  const byKey = new Map<string, Candidate>();
  for (const c of all) {
    const key = `${c.recipient?.toLowerCase() ?? ''}|${c.replyCode ?? ''}|${c.status ?? ''}`;
    if (!byKey.has(key)) byKey.set(key, c);
  }
  const unique = [...byKey.values()];
  const complete = new Set<string>(); // "recipient|r:550" and "recipient|s:5.1.1" of candidates having both codes
  const withRecipient = new Set<string>(); // "550|5.1.1", "550|", "|5.1.1" of candidates having a recipient
  for (const c of unique) {
    const r = c.recipient?.toLowerCase() ?? '';
    if (c.replyCode !== null && c.status !== null) {
      complete.add(`${r}|r:${c.replyCode}`);
      complete.add(`${r}|s:${c.status}`);
    }
    if (r !== '') {
      withRecipient.add(`${c.replyCode ?? ''}|${c.status ?? ''}`);
      if (c.replyCode !== null) withRecipient.add(`${c.replyCode}|`);
      if (c.status !== null) withRecipient.add(`|${c.status}`);
    }
  }
  return unique.filter((c) => {
    const r = c.recipient?.toLowerCase() ?? '';
    if (c.status === null && complete.has(`${r}|r:${c.replyCode ?? ''}`)) return false;
    if (c.replyCode === null && complete.has(`${r}|s:${c.status ?? ''}`)) return false;
    return r !== '' || !withRecipient.has(`${c.replyCode ?? ''}|${c.status ?? ''}`);
  });
}
