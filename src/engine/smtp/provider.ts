import type { ProviderEntry } from '../../content/schemas/smtp-db';
import { isExactPattern, registryKey, statusMatchesPattern } from './codes';
import type { DbIndex } from './db-index';
import type { ProviderId } from './types';

export type ProviderRule = ProviderEntry['rules'][number];

function isClueChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c === 45;
}

/** Case-insensitive, and a clue must not be part of a longer name: "me.com" is not in "acme.com". */
function containsClue(lowerText: string, clue: string): boolean {
  let k = lowerText.indexOf(clue);
  while (k >= 0) {
    const first = clue.charCodeAt(0);
    const last = clue.charCodeAt(clue.length - 1);
    const beforeOk = k === 0 || !isClueChar(first) || !isClueChar(lowerText.charCodeAt(k - 1));
    const end = k + clue.length;
    const afterOk = end >= lowerText.length || !isClueChar(last) || !isClueChar(lowerText.charCodeAt(end));
    if (beforeOk && afterOk) return true;
    k = lowerText.indexOf(clue, k + 1);
  }
  return false;
}

function providerByClues(index: DbIndex, text: string | null): ProviderEntry | null {
  if (!text) return null;
  const lower = text.toLowerCase();
  for (const { clue, provider } of index.clues) {
    if (containsClue(lower, clue)) return provider;
  }
  return null;
}

interface RuleInput {
  replyCode: string | null;
  status: string | null;
  text: string; // the server's reply, where text clues such as "[TSS04]" appear
}

/** Rank of a matching rule (higher is more specific), or -1 when it does not apply. */
function ruleRank(rule: ProviderRule, input: RuleInput, lowerText: string): number {
  if (rule.textClue !== undefined && !containsClue(lowerText, rule.textClue.toLowerCase())) return -1;
  let rank = rule.textClue !== undefined ? 4 : 0;
  if (rule.statuses.length > 0) {
    const status = input.status;
    if (status === null) return -1;
    const hit = rule.statuses.find((p) => statusMatchesPattern(status, p));
    if (hit === undefined) return -1;
    rank += isExactPattern(hit) ? 2 : 1;
  } else if (rule.replyCodes !== undefined && rule.replyCodes.length > 0) {
    if (input.replyCode === null || !rule.replyCodes.includes(input.replyCode)) return -1;
  } else if (rule.textClue === undefined) {
    return -1; // a rule with no condition at all would match everything
  }
  return rank;
}

function bestRule(provider: ProviderEntry, input: RuleInput, lowerText: string): ProviderRule | null {
  let best: ProviderRule | null = null;
  let bestRank = -1;
  for (const rule of provider.rules) {
    const rank = ruleRank(rule, input, lowerText);
    if (rank > bestRank) {
      best = rule;
      bestRank = rank;
    }
  }
  return best;
}

export interface ProviderMatch {
  provider: ProviderId | null;
  rule: ProviderRule | null;
}

/**
 * Who answered, then that provider's own meaning of the code. Order of evidence: the remote MTA, the
 * reply text, a provider-specific tag in the reply ("[TSS09]", "S3150"), and last the reporting MTA.
 */
export function matchProvider(
  index: DbIndex,
  input: RuleInput & { remoteMta: string | null; reportingMta: string | null },
): ProviderMatch {
  const lowerText = input.text.toLowerCase();
  const direct = providerByClues(index, input.remoteMta) ?? providerByClues(index, input.text);
  if (direct) return { provider: direct.provider, rule: bestRule(direct, input, lowerText) };
  for (const provider of index.providers) {
    for (const rule of provider.rules) {
      if (rule.textClue !== undefined && rule.textClue.length >= 4 && ruleRank(rule, input, lowerText) >= 0) {
        return { provider: provider.provider, rule: bestRule(provider, input, lowerText) };
      }
    }
  }
  // The reporting MTA is the sender's side; it only answered itself when no remote MTA is named
  // (Microsoft 365 refusing its own tenant's traffic, 5.7.708).
  const reporting = input.remoteMta === null ? providerByClues(index, input.reportingMta) : null;
  if (reporting) return { provider: reporting.provider, rule: bestRule(reporting, input, lowerText) };
  // A status IANA never registered (5.7.708, 4.7.650) that exactly one provider defines is that
  // provider's own code, even when the pasted text names no host ("Remote server returned '550 5.7.708 …'").
  const status = input.status;
  if (status !== null && !index.enhanced.has(registryKey(status))) {
    const owners = index.providers.filter((provider) =>
      provider.rules.some((rule) => rule.textClue === undefined && rule.statuses.some((p) => statusMatchesPattern(status, p))),
    );
    const [owner] = owners;
    if (owners.length === 1 && owner) return { provider: owner.provider, rule: bestRule(owner, input, lowerText) };
  }
  return { provider: null, rule: null };
}
