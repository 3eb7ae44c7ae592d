import type { GuideLink } from '../../content/schemas/common';
import type { BasicCodeEntry, EnhancedCodeEntry } from '../../content/schemas/smtp-db';
import type { BounceReason } from './reasons';

/** What finally happened to the message for one recipient. */
export type ResultClass = 'delivered' | 'temporary' | 'permanent' | 'expired';

export type ProviderId = 'google' | 'microsoft' | 'yahoo' | 'apple';

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

export interface Lookalike {
  text: string;
  why: string; // Japanese
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
