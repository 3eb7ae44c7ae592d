import type { GuideLink } from '../../content/schemas/common';
import type { BasicCodeEntry, EnhancedCodeEntry } from '../../content/schemas/smtp-db';
import { registryKey } from './codes';
import type { DbIndex } from './db-index';
import type { ProviderRule } from './provider';
import type { BounceReason } from './reasons';
import type { Explanation, ResultClass } from './types';

export interface CodeEntries {
  basic?: BasicCodeEntry;
  enhanced?: EnhancedCodeEntry;
}

export function lookupEntries(index: DbIndex, replyCode: string | null, status: string | null): CodeEntries {
  const entries: CodeEntries = {};
  const basic = replyCode === null ? undefined : index.basic.get(replyCode);
  const enhanced = status === null ? undefined : index.enhanced.get(registryKey(status));
  if (basic) entries.basic = basic;
  if (enhanced) entries.enhanced = enhanced;
  return entries;
}

function subjectOf(index: DbIndex, status: string | null): DbIndex['db']['subjects'][number] | undefined {
  if (status === null) return undefined;
  return index.subjects.get(Number(status.split('.')[1]));
}

const UNDECIDED = new Set<BounceReason>(['undefined', 'onhold']);
// Words that describe the delivery attempt rather than the cause: under "expired" they add nothing.
const GENERIC_WORDS = new Set<BounceReason>(['expired', 'networkerror', 'systemerror', 'undefined', 'onhold', 'delivered']);

/**
 * One reason per result: the provider's own rule, then the server's words, then the registered
 * enhanced code, its subject when unregistered (X.7.999 → security/policy), then the basic code.
 */
export function chooseReason(
  index: DbIndex,
  cls: ResultClass,
  rule: ProviderRule | null,
  fromText: BounceReason | null, // the cause the server's words name (keywords.ts)
  entries: CodeEntries,
  status: string | null,
): BounceReason {
  // An auto-reply or a feedback report reached the mailbox: the words say which of the two it is.
  if (cls === 'delivered') return fromText === 'vacation' || fromText === 'feedback' ? fromText : 'delivered';
  // The sender gave up; when the server's words name the cause (a full mailbox), that cause is the reason.
  if (cls === 'expired') return fromText !== null && !GENERIC_WORDS.has(fromText) ? fromText : 'expired';
  // A provider's catch-all X.7.1 rule ("many meanings: read the text") yields to the server's words.
  const catchAll = rule !== null && rule.textClue === undefined && rule.statuses.some((p) => p.endsWith('.7.1'));
  if (rule && !UNDECIDED.has(rule.reason) && !(catchAll && fromText !== null && fromText !== 'expired')) return rule.reason;
  // Only the sending side can say it gave up; a temporary reply that mentions expiry is still temporary.
  // "Message too large" under X.2.3 is the recipient's or organisation's limit (exceedlimit), not the system's.
  if (fromText === 'mesgtoobig' && entries.enhanced?.reason === 'exceedlimit') return 'exceedlimit';
  if (fromText !== null && fromText !== 'expired') return fromText;
  const chain: (BounceReason | undefined)[] = [
    rule?.reason, // a provider rule that says "read the text" (Gmail 5.7.1) is still better than IANA's
    entries.enhanced?.reason,
    entries.enhanced ? undefined : subjectOf(index, status)?.reason,
    entries.basic?.reason,
  ];
  const decided = chain.find((r) => r !== undefined && !UNDECIDED.has(r));
  // No code and no words: a bounce that says nothing about its cause is "on hold", not "undefined".
  return decided ?? chain.find((r) => r !== undefined) ?? (entries.basic || entries.enhanced || status ? 'undefined' : 'onhold');
}

function addTopics(into: GuideLink[], topics: readonly GuideLink[] | undefined): void {
  for (const t of topics ?? []) {
    if (!into.some((x) => x.page === t.page && x.section === t.section)) into.push({ ...t });
  }
}

/** Japanese texts for a result, all from the database; empty strings where the database has nothing. */
export function buildExplanation(
  index: DbIndex,
  cls: ResultClass,
  reason: BounceReason,
  rule: ProviderRule | null,
  entries: CodeEntries,
  status: string | null,
  reasonFromWords: boolean,
): Explanation {
  const r = index.reasons.get(reason);
  const specific = entries.enhanced && !status?.endsWith('.0') ? entries.enhanced : undefined;
  const subject = entries.enhanced ? undefined : subjectOf(index, status);
  const code = specific ?? entries.enhanced ?? subject ?? entries.basic;
  let title: string;
  let whatHappened: string;
  if (cls === 'expired' || cls === 'delivered' || rule) {
    // A provider reuses IANA numbers with other meanings, and an expired 4.x.x is not "will be retried".
    title = r?.title ?? code?.title ?? '';
    whatHappened = rule?.meaning ?? r?.whatHappened ?? code?.summary ?? '';
  } else {
    // The server's own words ("spam", "over quota") name the cause better than a catch-all like 5.7.1.
    title = (reasonFromWords ? r?.title : undefined) ?? specific?.title ?? code?.title ?? r?.title ?? '';
    whatHappened = code?.summary ?? r?.whatHappened ?? '';
  }
  const topics: GuideLink[] = [];
  addTopics(topics, rule?.topics);
  addTopics(topics, r?.topics);
  if (cls !== 'expired') addTopics(topics, code?.topics);
  return {
    title,
    whatHappened,
    why: r?.why ?? '',
    senderAction: rule?.action ?? r?.senderAction ?? (code && 'action' in code ? code.action : ''),
    recipientAction: r?.recipientAction ?? '',
    topics,
  };
}
