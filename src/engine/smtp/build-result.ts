import type { Candidate } from './candidates';
import { classify } from './classify';
import type { DbIndex } from './db-index';
import { buildExplanation, chooseReason, lookupEntries } from './explain';
import { reasonFromText } from './keywords';
import { matchProvider } from './provider';
import type { BounceReason } from './reasons';
import type { ResultClass, SmtpResult } from './types';

/** A candidate with what is cheap to know: the server's words and the class (for sorting). */
export interface Classified {
  candidate: Candidate;
  cls: ResultClass;
  words: BounceReason | null; // the cause named by the reply text
}

export function classifyCandidate(c: Candidate, contextSaysExpired: boolean): Classified | null {
  const words = c.fullText === null ? null : reasonFromText(c.fullText);
  const cls = classify(c.action, c.replyCode, c.status, contextSaysExpired || words === 'expired');
  return cls === null ? null : { candidate: c, cls, words };
}

/** Postfix's "(in reply to end of DATA command)", Exim's "after end of data". */
function afterData(text: string): boolean {
  const lower = text.toLowerCase();
  return lower.includes('in reply to end of data command') || lower.includes('after end of data');
}

/** The database's view of one candidate: provider meaning, reason and Japanese texts. */
export function buildResult(index: DbIndex, classified: Classified, reportingMta: string | null): SmtpResult {
  const { candidate: c, cls, words } = classified;
  const text = c.fullText;
  const match = matchProvider(index, {
    replyCode: c.replyCode,
    status: c.status,
    text: text ?? '',
    remoteMta: c.remoteMta,
    reportingMta,
  });
  const entries = lookupEntries(index, c.replyCode, c.status);
  // "mailbox is full: retry timeout exceeded": the sender gave up, and the words still name the cause.
  let cause = cls === 'expired' && words === 'expired' && text !== null ? (reasonFromText(text, 'expired') ?? words) : words;
  // The stage decides: a recipient refused only after the content was sent ("in reply to end of DATA
  // command") existed at RCPT TO, so a filter, not a missing mailbox, refused it.
  if (cause === 'userunknown' && text !== null && afterData(text)) cause = 'filtered';
  const reason = chooseReason(index, cls, match.rule, cause, entries, c.status);
  const fromWords = match.rule === null && words === reason;
  return {
    replyCode: c.replyCode,
    replyCodeSource: c.replyCodeSource,
    status: c.status,
    statusSource: c.statusSource,
    class: cls,
    reason,
    provider: match.provider,
    providerMeaning: match.rule?.meaning ?? null,
    differsFromIana: match.rule?.differsFromIana ?? null,
    recipient: c.recipient,
    remoteMta: c.remoteMta,
    action: c.action,
    lastAttempt: c.lastAttempt,
    willRetryUntil: c.willRetryUntil,
    diagnostic: c.diagnostic,
    explanation: buildExplanation(index, cls, reason, match.rule, entries, c.status, fromWords),
    codeEntry: entries,
  };
}
