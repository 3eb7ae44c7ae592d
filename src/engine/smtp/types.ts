import type { GuideLink } from '../../content/schemas/common';
import type { BasicCodeEntry, EnhancedCodeEntry } from '../../content/schemas/smtp-db';
import type { BounceReason, ProviderId, ResultClass } from '../../content/schemas/vocabulary';

export type { ProviderId, ResultClass };


/** Customer-facing Japanese texts, taken from the code database. */
export interface Explanation {
  title: string;
  whatHappened: string;
  why: string;
  senderAction: string;
  recipientAction: string;
  topics: GuideLink[];
}

export interface SmtpResult {
  replyCode: string | null; // "550"
  replyCodeSource: 'dsn-diagnostic' | 'text' | null;
  status: string | null; // enhanced status, "5.1.1"
  statusSource: 'dsn-status' | 'dsn-diagnostic' | 'text' | null;
  class: ResultClass;
  reason: BounceReason;
  provider: ProviderId | null;
  providerMeaning: string | null; // Japanese, from the DB provider rule when one matched
  differsFromIana: string | null;
  recipient: string | null;
  remoteMta: string | null;
  action: string | null;
  lastAttempt: string | null;
  willRetryUntil: string | null;
  diagnostic: string | null; // the server's own text, one line, at most ~300 characters
  explanation: Explanation;
  codeEntry: { basic?: BasicCodeEntry; enhanced?: EnhancedCodeEntry };
}

export type AnalysisNotice = null | 'empty' | 'binary' | 'no-code' | 'truncated';

/**
 * Why something code-shaped is not a code, as data: the words are the UI's and the CLI's
 * (content/text/code-notes.ts), so the engine holds no sentences.
 */
export type NotACode =
  | { kind: 'version' } // "5.1.1" right after "version"/"バージョン"
  | { kind: 'status-class'; digit: number } // an enhanced status must start with 2, 4 or 5
  | { kind: 'status-subject'; digit: number } // its second number (subject) must be 0-7
  | { kind: 'date' }
  | { kind: 'phone' }
  | { kind: 'ip' }
  | { kind: 'invented-reply' } // circulates in web lists, defined by no RFC
  | { kind: 'reply-class'; digit: string } // a reply code must start with 2-5
  | { kind: 'unregistered-reply' } // shaped right, but not in RFC 5321 / RFC 7504
  | { kind: 'not-code-shaped' }; // neither a reply code nor a status

export interface Lookalike {
  text: string;
  why: NotACode;
}

export interface Highlight {
  start: number;
  end: number;
  kind: 'reply-code' | 'status' | 'dsn-field';
}

export interface Analysis {
  results: SmtpResult[];
  notice: AnalysisNotice;
  lookalikes: Lookalike[];
  highlights: Highlight[];
}
