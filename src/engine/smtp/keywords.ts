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
  { reason: 'expired', phrases: ['queue.expired', 'message expired', 'delivery time expired', 'retry timeout exceeded', 'in the queue too long', 'queue too long', 'given up', 'giving up', 'gave up', 'too long in queue', 'exceeded maximum delivery attempts', 'has not been collected', 'not delivered within', 'all hosts have been failing for a long time', '再送を中止', '配送をあきらめ', '期限切れ', '一定時間内に配送できません'] },
  { reason: 'virusdetected', phrases: ['virus found', 'virus detected', 'contains a virus', 'infected with', 'malware detected', 'virus infected', 'found a virus', 'detected a virus', 'contained a virus', 'viruses found', 'infected attachment', 'malicious content', 'virus was found', 'a virus'] },
  { reason: 'notaccept', phrases: ['does not accept mail', 'null mx', 'accepts no mail'] },
  { reason: 'systemfull', phrases: ['insufficient system storage', 'disk full', 'no space left'] },
  { reason: 'mailboxfull', phrases: ['mailbox full', 'mailbox is full', 'over quota', 'quota exceeded', 'exceeded storage', 'exceeds quota', 'mailbox size limit', 'out of storage', 'insufficient storage', 'storage quota', 'disk quota', 'quota', 'mailfolder is full', 'mail box space not enough', 'too much mail stored', 'too many messages on the server', 'disk space limit', 'full mailbox', 'mailbox is over', '容量を超え', '容量オーバー', '容量が不足', 'メールボックスがいっぱい', '容量制限を超え', 'over quota'] },
  { reason: 'exceedlimit', phrases: ['length exceeds administrative limit'] },
  { reason: 'mesgtoobig', phrases: ['message too big', 'message too large', 'message size exceeds', 'size exceeds', 'exceeds size limit', 'message is too large', 'too big for system', 'too large', 'size limit', 'maximum inbound message size', 'maximum incoming message size', 'message size', 'too big', 'サイズが大き', 'サイズ制限', 'サイズの上限'] },
  { reason: 'hostunknown', phrases: ['host unknown', 'host not found', 'domain not found', 'domain does not exist', 'unrouteable', 'unroutable', 'no mx', 'nxdomain', 'name or service not known', 'no such domain', 'bad destination system', 'name service error', 'unknown host', 'could not find a gateway', 'no such domain', 'ドメインが存在しません', 'ドメインが見つかりません', 'ドメイン名が存在しません'] },
  { reason: 'userunknown', phrases: ['user unknown', 'unknown user', 'does not exist', 'no such user', 'no such mailbox', 'recipient not found', 'recipientnotfound', 'unknown recipient', 'invalid recipient', 'user not found', 'mailbox not found', 'no mailbox', 'not a valid mailbox', 'address rejected: user', "doesn't have a", 'mailbox unavailable: user', 'no such recipient', 'bad destination mailbox', 'mailbox unavailable', 'not a known user', 'is not a valid', 'not listed in domino directory', 'recipient name is not recognized', 'no mailbox here', 'not a valid user', 'invalid mailbox', 'no such address', 'addressee unknown', 'address does not exist', 'no account by that name', 'no matches to nameserver query', 'did not exactly match', 'not our customer', 'recipient rejected', 'bad_recipient', 'not an active address', 'invalid final delivery userid', 'final email delivery point', 'user not known', 'no longer valid', 'illegal user', 'destinatario desconocido', 'inexistente', 'nie istnieje', "n'existe pas", 'unbekannt', 'no user by that name', 'no mail box available', 'mail-box not found', 'badrcptto', 'unknown local part', 'mailbox not found', '宛先不明', 'アドレスが見つかりません', 'アドレスは存在しません', 'ユーザーが存在しません', 'ユーザは存在しません', 'アカウントが存在しません', '存在しないアドレス', '宛先のメールアドレスが存在しません'] },
  { reason: 'filtered', phrases: ['not accepting mail from', 'not accepting mail with', '受信拒否', '受信を拒否', '迷惑メール設定', '受信設定', '指定受信', 'has filtered', 'rejected by the recipient'] },
  { reason: 'hasmoved', phrases: ['has moved', 'no forwarding address'] },
  { reason: 'suspend', phrases: ['account is disabled', 'account has been disabled', 'account disabled', 'mailbox disabled', 'mailbox is disabled', 'is disabled', 'suspended', 'inactive', 'deactivated', 'disabled or discontinued', 'deactivated mailbox', 'suspend', 'falta de uso', 'mailbox not available', 'not available / konto', '利用停止', '利用を停止', '停止されて', '解約', 'the user(s) account is disabled'] },
  { reason: 'securityerror', phrases: ['authentication credentials invalid', 'authentication failed', 'authentication required', 'auth failed', 'invalid credentials', 'password'] },
  { reason: 'authfailure', phrases: ['spf', 'dkim', 'dmarc', 'unauthenticated', 'not authenticated', 'authenticate'], word: true },
  { reason: 'requireptr', phrases: ['reverse dns', 'reverse-dns', 'reverse lookup', 'ptr record', 'ptr', 'rdns', 'reverse dns lookup'], word: true },
  { reason: 'failedstarttls', phrases: ['starttls', 'tls', 'ssl', 'encryption required', 'must issue a starttls'], word: true },
  { reason: 'norelaying', phrases: ['relay access denied', 'relaying denied', 'relay not permitted', 'not permitted to relay', 'unable to relay', 'relaying not allowed', 'relay denied', 'we do not relay', 'as a relay', 'rcpthosts'] },
  { reason: 'toomanyconn', phrases: ['too many connections', 'too many concurrent', 'connection limit', 'too many recipients', 'too many sessions'] },
  { reason: 'speeding', phrases: ['rate limit', 'rate-limit', 'ratelimit', 'too many messages', 'sending rate', 'throttl', 'too fast', 'unusual rate', 'sent too much'] },
  { reason: 'rejected', phrases: ['sender address rejected', 'sender rejected', 'sender verify failed', 'sending address not accepted'] },
  { reason: 'blocked', phrases: ['spam list', 'is not allowed to send mail from', 'requires confirmation', 'service currently unavailable', 'access from ip address', 'spamhaus', 'spamcop', 'barracuda', 'blacklist', 'blocklist', 'block list', 'black list', 'dnsbl', 'denylist', 'deny list'] },
  { reason: 'spamdetected', phrases: ['spam', 'uribl', 'bulk email', 'bulk mail', 'mass mailer', 'content filter', 'content reject', 'ube,', 'ube ', 'unsolicited', 'junk mail', '迷惑メールと判定', '迷惑メールと判断'] },
  { reason: 'badreputation', phrases: ['reputation'] },
  { reason: 'blocked', phrases: ['blocked', 'banned', 'block'] },
  { reason: 'policyviolation', phrases: ['policy', 'prohibited', 'not allowed'] },
  { reason: 'filtered', phrases: ['filter'] },
  { reason: 'rejected', phrases: ['sender address rejected', 'sender rejected', 'sender verify failed', 'sender domain', 'sender address'] },
  { reason: 'notcompliantrfc', phrases: ['resent-from field', 'rfc 5322', 'rfc5322', 'rfc 2822', 'rfc2822', 'rfc 822 ', 'missing required header'] },
  { reason: 'syntaxerror', phrases: ['syntax error', 'command unrecognized', 'bad sequence', 'unrecognized command'] },
  { reason: 'mailererror', phrases: ['command died', 'command output', 'unable to connect to avp', 'pipe to'] },
  { reason: 'networkerror', phrases: ['connection timed out', 'timed out', 'connection refused', 'network is unreachable', 'no route to host', 'lookup failed', 'temporary dns', 'dns failure', 'did not respond', 'not responding', 'no answer from host'] },
  { reason: 'systemerror', phrases: ['local error', 'internal error', 'system error', 'temporary failure', 'server error', 'too many hops', 'looping', 'loops back', 'error while being processed', 'encountered an error'] },
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
export function reasonPhrase(diagnostic: string, skip?: BounceReason): { reason: BounceReason; phrase: string } | null {
  const text = diagnostic.toLowerCase();
  for (const rule of RULES) {
    if (rule.reason === skip) continue;
    for (const phrase of rule.phrases) {
      if (rule.word ? containsWord(text, phrase) : text.includes(phrase)) return { reason: rule.reason, phrase };
    }
  }
  return null;
}

/** The cause named by the server's text, or null. */
export function reasonFromText(diagnostic: string, skip?: BounceReason): BounceReason | null {
  return reasonPhrase(diagnostic, skip)?.reason ?? null;
}
