// The message header analyser's result: data and codes only. Every word a reader sees is chosen by the
// UI (src/features/headers/) or the CLI from these codes.

/** A guide section that explains or fixes what a conclusion found. */
export interface GuideTarget {
  page: string;
  section: string;
}

export type DateProblem = 'missing' | 'unparseable' | 'no-zone' | null;

export interface Hop {
  /** 1 = the oldest hop (the last Received header in the block). */
  index: number;
  /** The host name or address literal after "from", as written. */
  from: string | null;
  /** The address the receiving server saw the connection come from ("[192.0.2.1]" or "(192.0.2.1)"). */
  fromIp: string | null;
  /** The reverse-DNS name the receiving server recorded, when it differs from the `from` name. */
  fromRdns: string | null;
  /** The name the client gave in HELO/EHLO, when recorded separately (Exim's helo=, qmail's HELO). */
  helo: string | null;
  by: string | null;
  /** "ESMTPS", "Microsoft SMTP Server", "HTTPS", … as written. */
  with: string | null;
  id: string | null;
  for: string | null;
  via: string | null;
  /** The stamp's time as ISO 8601 (UTC), or null. */
  date: string | null;
  /** Milliseconds since the epoch, or null. */
  time: number | null;
  /** The date text as written. */
  dateText: string | null;
  dateProblem: DateProblem;
  /** Seconds since the previous dated hop (null for the first hop and when either date is missing). */
  delaySeconds: number | null;
  /** The delay is negative: the two servers' clocks disagree; the time cannot be attributed. */
  clockSkew: boolean;
  /** The Received header's value, unfolded. */
  raw: string;
}

export type AuthResultValue = string; // "pass", "fail", "softfail", "none", … lower case, as reported

export interface AuthEntry {
  /** The header it came from. */
  source: 'Authentication-Results' | 'ARC-Authentication-Results' | 'Received-SPF';
  /** The server that wrote it (authserv-id). */
  authserv: string | null;
  method: string; // spf, dkim, dmarc, arc, compauth, auth, iprev, bimi, …
  result: AuthResultValue;
  /** ptype.property=value pairs and reason=, action=, p=, … as written. */
  props: Record<string, string>;
  /** The comment after the result, e.g. "(sender IP is 192.0.2.1)". */
  comment: string | null;
  /** ARC instance (i=) for ARC-Authentication-Results. */
  instance: number | null;
}

export interface DkimSignature {
  domain: string | null;
  selector: string | null;
  algorithm: string | null;
}

export interface SpfSummary {
  result: AuthResultValue | null;
  /** The envelope sender's domain SPF checked (smtp.mailfrom), or the HELO name. */
  domain: string | null;
  aligned: boolean | null;
  source: AuthEntry['source'] | null;
}

export interface DkimSummary {
  result: AuthResultValue | null;
  /** The signing domains (d=) with their results, from Authentication-Results or DKIM-Signature. */
  signatures: { domain: string | null; selector: string | null; result: AuthResultValue | null; aligned: boolean | null }[];
  aligned: boolean | null;
}

export interface DmarcSummary {
  result: AuthResultValue | null;
  fromDomain: string | null;
  /** p= / action= as reported ("reject", "quarantine", "none", "oreject"). */
  policy: string | null;
  /** SPF or DKIM passed for a domain aligned with From (relaxed: same organisational domain). */
  aligned: boolean | null;
}

export interface ArcSummary {
  result: AuthResultValue | null;
  /** Number of ARC sets (highest i=). */
  instances: number;
  /** The first sealer's verdicts, i.e. what the first forwarder saw before forwarding. */
  firstSeen: { spf: AuthResultValue | null; dkim: AuthResultValue | null; dmarc: AuthResultValue | null; authserv: string | null } | null;
}

export interface AuthSummary {
  spf: SpfSummary;
  dkim: DkimSummary;
  dmarc: DmarcSummary;
  arc: ArcSummary;
  /** Microsoft's composite authentication (compauth=… reason=…). */
  compauth: { result: AuthResultValue; reason: string | null } | null;
  entries: AuthEntry[];
  signatures: DkimSignature[];
}

export type SpamLevel = 'good' | 'neutral' | 'warn' | 'bad';

/** One value of one spam-verdict header, with a code the UI explains. */
export interface SpamItem {
  header: string;
  field: string; // "SCL", "SFV", "score", "tests", …
  value: string;
  /** What the value means, e.g. "scl.spam", "sfv.SPM", "cat.PHSH", "sa.score-over". */
  code: string;
  level: SpamLevel;
}

export type SpamVerdict = 'spam' | 'high-confidence-spam' | 'phish' | 'malware' | 'bulk' | 'blocked-sender' | 'allowed' | 'clean' | 'unknown';

export interface SpamSummary {
  verdict: SpamVerdict;
  /** Microsoft spam confidence level (-1…9). */
  scl: number | null;
  /** Microsoft bulk complaint level (0…9). */
  bcl: number | null;
  /** Microsoft filtering verdict (SFV:) and category (CAT:). */
  sfv: string | null;
  cat: string | null;
  /** SpamAssassin / Rspamd score and threshold. */
  score: number | null;
  required: number | null;
  /** SpamAssassin / Rspamd rule names that fired, with a category code each. */
  tests: { name: string; category: string }[];
  items: SpamItem[];
}

export type ConclusionCode =
  | 'no-received'
  | 'no-dates'
  | 'fast'
  | 'waited-before-sending'
  | 'slow-hop'
  | 'possible-greylisting'
  | 'clock-skew'
  | 'auth-ok'
  | 'spf-fail'
  | 'dkim-fail'
  | 'dmarc-fail'
  | 'not-aligned'
  | 'sending-service-not-aligned'
  | 'no-auth'
  | 'forwarded'
  | 'spam'
  | 'bulk'
  | 'phish'
  | 'blocked-sender'
  | 'allowed-sender'
  | 'junk-folder'
  | 'not-filtered';

export interface Conclusion {
  code: ConclusionCode;
  severity: 'info' | 'warn' | 'problem';
  /** Numbers, hosts and values the sentence needs (seconds, hop index, host names, scores…). */
  data: Record<string, string | number | null>;
  link: GuideTarget;
}

export type HeaderNotice =
  | 'empty'
  | 'binary'
  | 'no-headers'
  | 'no-received'
  | 'truncated'
  | 'too-many-hops'
  | 'invalid-lines'
  | 'orphan-continuation'
  | 'unparseable-dates';

export interface HeaderAnalysis {
  hops: Hop[];
  /** From the oldest to the newest dated hop, in seconds; null with fewer than two dated hops. */
  totalSeconds: number | null;
  /** Index of the hop with the longest positive delay, or null. */
  slowestHop: number | null;
  /** The message's Date: header, and the wait between it and the first dated hop. */
  messageDate: { date: string | null; time: number | null; text: string | null; submitDelaySeconds: number | null };
  from: { address: string | null; domain: string | null; display: string | null };
  subject: string | null;
  auth: AuthSummary;
  spam: SpamSummary;
  conclusion: Conclusion[];
  notices: { code: HeaderNotice; count?: number }[];
  /** Number of header fields read, and of Received fields found (before any cap). */
  stats: { fields: number; received: number; headerChars: number };
}
