import type { BounceReason } from './reasons';

/**
 * Words in the server's own reply that name the cause. Checked in order, first match wins: specific
 * causes come before general ones ("blocked using Spamhaus" is a block list, "domain does not exist"
 * is not an unknown user). Phrases are matched in lower case; `word` phrases must stand as a word.
 */
interface KeywordRule {
  reason: BounceReason;
  phrases: string[];
  word?: boolean;
}

const RULES: KeywordRule[] = [
  { reason: 'expired', phrases: ['queue.expired', 'message expired', 'delivery time expired', 'retry timeout exceeded', 'in the queue too long', 'queue too long', 'given up', 'giving up', 'gave up', 'too long in queue'] },
  { reason: 'virusdetected', phrases: ['virus', 'malware', 'infected'] },
  { reason: 'notaccept', phrases: ['does not accept mail', 'null mx', 'accepts no mail'] },
  { reason: 'systemfull', phrases: ['insufficient system storage', 'disk full', 'no space left'] },
  { reason: 'mailboxfull', phrases: ['mailbox full', 'mailbox is full', 'over quota', 'quota exceeded', 'exceeded storage', 'exceeds quota', 'mailbox size limit', 'out of storage', 'insufficient storage', 'storage quota'] },
  { reason: 'exceedlimit', phrases: ['length exceeds administrative limit'] },
  { reason: 'mesgtoobig', phrases: ['message too big', 'message too large', 'message size exceeds', 'size exceeds', 'exceeds size limit', 'message is too large', 'too big for system'] },
  { reason: 'hostunknown', phrases: ['host unknown', 'host not found', 'domain not found', 'domain does not exist', 'unrouteable', 'unroutable', 'no mx', 'nxdomain', 'name or service not known', 'no such domain', 'bad destination system'] },
  { reason: 'userunknown', phrases: ['user unknown', 'unknown user', 'does not exist', 'no such user', 'no such mailbox', 'recipient not found', 'recipientnotfound', 'unknown recipient', 'invalid recipient', 'user not found', 'mailbox not found', 'no mailbox', 'not a valid mailbox', 'address rejected: user', "doesn't have a", 'mailbox unavailable: user', 'no such recipient', 'bad destination mailbox'] },
  { reason: 'hasmoved', phrases: ['has moved', 'no forwarding address'] },
  { reason: 'suspend', phrases: ['account is disabled', 'account has been disabled', 'account disabled', 'mailbox disabled', 'mailbox is disabled', 'is disabled', 'suspended', 'inactive', 'deactivated'] },
  { reason: 'securityerror', phrases: ['authentication credentials invalid', 'authentication failed', 'authentication required', 'auth failed', 'invalid credentials', 'password'] },
  { reason: 'authfailure', phrases: ['spf', 'dkim', 'dmarc', 'unauthenticated', 'not authenticated', 'authenticate'], word: true },
  { reason: 'requireptr', phrases: ['reverse dns', 'reverse-dns', 'reverse lookup', 'ptr record', 'ptr', 'rdns', 'reverse dns lookup'], word: true },
  { reason: 'failedstarttls', phrases: ['starttls', 'tls', 'ssl', 'encryption required', 'must issue a starttls'], word: true },
  { reason: 'norelaying', phrases: ['relay access denied', 'relaying denied', 'relay not permitted', 'not permitted to relay', 'unable to relay', 'relaying not allowed', 'relay denied', 'we do not relay'] },
  { reason: 'toomanyconn', phrases: ['too many connections', 'too many concurrent', 'connection limit', 'too many recipients', 'too many sessions'] },
  { reason: 'speeding', phrases: ['rate limit', 'rate-limit', 'ratelimit', 'too many messages', 'sending rate', 'throttl', 'too fast', 'unusual rate', 'sent too much'] },
  { reason: 'blocked', phrases: ['spamhaus', 'spamcop', 'barracuda', 'blacklist', 'blocklist', 'block list', 'black list', 'dnsbl', 'denylist', 'deny list'] },
  { reason: 'spamdetected', phrases: ['spam', 'unsolicited', 'junk mail'] },
  { reason: 'badreputation', phrases: ['reputation'] },
  { reason: 'blocked', phrases: ['blocked', 'banned', 'block'] },
  { reason: 'policyviolation', phrases: ['policy', 'prohibited', 'not allowed'] },
  { reason: 'filtered', phrases: ['filter'] },
  { reason: 'rejected', phrases: ['sender address rejected', 'sender rejected', 'sender verify failed', 'sender domain', 'sender address'] },
  { reason: 'syntaxerror', phrases: ['syntax error', 'command unrecognized', 'bad sequence', 'unrecognized command'] },
  { reason: 'networkerror', phrases: ['connection timed out', 'timed out', 'connection refused', 'network is unreachable', 'no route to host', 'lookup failed', 'temporary dns', 'dns failure'] },
  { reason: 'systemerror', phrases: ['local error', 'internal error', 'system error', 'temporary failure', 'server error'] },
];

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function containsWord(text: string, phrase: string): boolean {
  let k = text.indexOf(phrase);
  while (k >= 0) {
    const before = k === 0 ? 32 : text.charCodeAt(k - 1);
    const after = k + phrase.length >= text.length ? 32 : text.charCodeAt(k + phrase.length);
    if (!isWordChar(before) && !isWordChar(after)) return true;
    k = text.indexOf(phrase, k + 1);
  }
  return false;
}

/** The cause named by the server's text and the phrase of ours that named it, or null. */
export function reasonPhrase(diagnostic: string): { reason: BounceReason; phrase: string } | null {
  const text = diagnostic.toLowerCase();
  for (const rule of RULES) {
    for (const phrase of rule.phrases) {
      if (rule.word ? containsWord(text, phrase) : text.includes(phrase)) return { reason: rule.reason, phrase };
    }
  }
  return null;
}

/** The cause named by the server's text, or null. */
export function reasonFromText(diagnostic: string): BounceReason | null {
  return reasonPhrase(diagnostic)?.reason ?? null;
}
