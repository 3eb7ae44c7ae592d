/**
 * Bounces and reports that carry no reply code at all, read by their grammar rather than by numbers:
 * - the message's own header block (From, Subject, Content-Type, Auto-Submitted …) says what kind of
 *   message it is: a failure notice, a delay warning, an ARF feedback report (RFC 5965), an automatic
 *   reply (RFC 3834);
 * - failure notices name each recipient on a line of its own ("<user@example.com>:" in qmail, Postfix and
 *   Yahoo, "user@example.com" under "The following address(es) failed:" in Exim, "Failed Recipient: …",
 *   "… did not reach the following recipient(s):" in legacy Exchange, "was not delivered to:" in Notes,
 *   "undeliverable to …" in SMTP32 …) followed by the server's words, which name the cause.
 * Everything here is line by line with indexOf and short anchored patterns over bounded slices: linear.
 */
import { findAddresses } from './addresses';
import type { ResultClass } from './types';

export interface MessageHeaders {
  from: string;
  subject: string;
  contentType: string;
  autoSubmitted: string;
  precedence: string;
  /** Other header names present (lower case), for X-Autoreply, X-Autorespond … */
  names: Set<string>;
  values: Map<string, string>;
}

const MAX_HEADER_LINES = 400;
const MAX_HEADER_VALUE = 1000;
const KEPT = new Set([
  'from', 'subject', 'content-type', 'auto-submitted', 'precedence', 'x-autoreply', 'x-autorespond',
  'original-rcpt-to', 'removal-recipient', 'x-hmxmroriginalrecipient', 'to', 'x-failed-recipients', 'feedback-type',
]);

/** The first header block of a text (unfolded, bounded), or null when the text does not start with one. */
export function readHeaders(text: string, start = 0): MessageHeaders | null {
  const values = new Map<string, string>();
  const names = new Set<string>();
  let pos = start;
  // A stray blank line or a BOM before the headers (some saved messages) is skipped.
  while (pos < text.length && (text[pos] === '\n' || text[pos] === '\r' || text[pos] === ' ' || text[pos] === '\uFEFF')) pos++;
  if (text.startsWith('From ', pos)) {
    const nl = text.indexOf('\n', pos);
    if (nl < 0) return null;
    pos = nl + 1; // the mbox separator line
  }
  let current = '';
  for (let n = 0; n < MAX_HEADER_LINES && pos < text.length; n++) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const end = nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    if (end === pos) break;
    const c = text.charCodeAt(pos);
    if (c === 32 || c === 9) {
      if (current !== '') {
        const v = values.get(current) ?? '';
        if (v.length < MAX_HEADER_VALUE) values.set(current, `${v} ${text.slice(pos, Math.min(end, pos + MAX_HEADER_VALUE)).trim()}`);
      }
    } else {
      const colon = text.indexOf(':', pos);
      if (colon <= pos || colon > end || colon - pos > 76) return names.size > 0 ? finish(values, names) : null;
      const name = text.slice(pos, colon).trim().toLowerCase();
      names.add(name);
      current = KEPT.has(name) && !values.has(name) ? name : '';
      if (current !== '') values.set(current, text.slice(colon + 1, Math.min(end, colon + 1 + MAX_HEADER_VALUE)).trim());
    }
    pos = nl + 1;
  }
  return names.size > 0 ? finish(values, names) : null;
}

// A pasted "reply: 2.0.0" or "Status: 5.1.1" is not a message: a message header block names one of these.
const MESSAGE_HEADERS = ['from', 'subject', 'content-type', 'received', 'return-path', 'date', 'message-id', 'to'];

function finish(values: Map<string, string>, names: Set<string>): MessageHeaders | null {
  if (!MESSAGE_HEADERS.some((n) => names.has(n))) return null;
  const get = (k: string): string => values.get(k) ?? '';
  return {
    from: get('from'),
    subject: get('subject'),
    contentType: get('content-type').toLowerCase(),
    autoSubmitted: get('auto-submitted').toLowerCase(),
    precedence: get('precedence').toLowerCase(),
    names,
    values,
  };
}

const DAEMONS = ['mailer-daemon', 'postmaster', 'mail delivery', 'mail administrator', 'mdaemon', 'system administrator', 'mailer daemon', 'mail.delivery.system', 'delivery subsystem'];
const FAILURE_SUBJECTS = [
  'undeliver', 'undelivered', 'delivery failure', 'delivery status notification', 'failure notice', 'returned mail',
  'mail delivery', 'delivery problem', 'non-delivery', 'nondelivery', 'could not be delivered', 'failed mail',
  'delivery report', 'mail error', 'delivery notification', 'message delayed', 'delayed mail', 'not delivered',
  'delivery failed', 'mail failed', 'returning to sender', 'error during delivery', 'processing error', 'warning: message',
  'mail system error', 'delivery has failed', 'permanent delivery failure', 'failed mail to', 'delivery warning',
];

export type NoticeKind = 'failure' | 'feedback' | 'autoreply' | null;

/** What kind of message the headers describe. */
export function noticeKind(h: MessageHeaders): NoticeKind {
  const ct = h.contentType;
  if (ct.includes('report-type=feedback-report') || h.names.has('feedback-type')) return 'feedback';
  const from = h.from.toLowerCase();
  const subject = h.subject.toLowerCase();
  // Microsoft's junk-mail reporting program (JMRP) sends its complaints as plain multipart/mixed.
  if (from.includes('staff@hotmail.com') && subject.startsWith('complaint about message')) return 'feedback';
  const daemon = from === '<>' || from.startsWith('<>') || DAEMONS.some((d) => from.includes(d));
  if (ct.includes('report-type=delivery-status') || ct.includes('report-type="delivery-status"')) return 'failure';
  if (daemon || FAILURE_SUBJECTS.some((s) => subject.includes(s))) return 'failure';
  const auto = h.autoSubmitted.startsWith('auto-replied') || h.names.has('x-autoreply') || h.names.has('x-autorespond') ||
    h.precedence === 'auto_reply' ||
    /out of (?:the )?office|automatic (?:reply|response)|auto(?:matic)?[ -]?reply|autoresponse|^auto: |abwesenheit|automatyczna|thank you for your e-?mail|absence/.test(subject);
  return auto ? 'autoreply' : null;
}

/** A recipient block of a text bounce: the address and the server's words about it. */
export interface TextRecipient {
  recipient: string;
  text: string;
}

const MAX_BLOCK_LINES = 8;
const MAX_BLOCK_CHARS = 1500;
const MAX_RECIPIENT_BLOCKS = 500;

// Labels that introduce a failed recipient on the same line (lower case, matched at the line's start).
const RECIPIENT_LABELS = [
  'failed recipient:', 'undeliverable address:', 'intended recipient:', 'invalid final delivery userid:', 'unknown user:',
  'delivery failed 20 attempts:', 'undeliverable to', 'error-for:', 'addressed to:', 'regarding recipient(s) :',
  'did not reach the following recipient:', 'user mailbox exceeds allowed size:', "user's mailbox is full:",
  'your message to:', 'could not deliver message to', '(originally addressed to', 'you sent mail to',
];

// Phrases after which the next lines name the failed recipients, wherever the address stands on the line
// ("c=US;a= ;p=IKON;o=Nexus2;dda:SMTP=user@example.com; on …" in legacy Exchange).
const RECIPIENTS_FOLLOW = [
  'did not reach the following recipient', 'was not delivered to:', 'following address(es) failed', 'following addresses failed',
  'following recipients failed', 'following recipient failed', 'had permanent fatal errors', 'could not be delivered to:',
  'could not be delivered to the following', 'undeliverable to the following', 'delivery to the following recipient',
  'the following addresses did not receive', 'not delivered to the following', 'to the following address',
  'following recipient(s) could not be reached', 'was undeliverable to the following', 'could not be delivered to the following user',
  'failed addresses follow', 'your message was not delivered to',
];

function isBlankLine(s: string): boolean {
  return s.trim().length === 0;
}

function stripAddress(line: string): string | null {
  const found = findAddresses(line, 0, line.length).filter((a) => !a.sender);
  const address = found[0]?.address ?? null;
  // Exchange writes "dda:SMTP=user@example.com": the prefix is not part of the address.
  return address === null ? null : address.replace(/^smtp=/i, '');
}

// Phrases inside a sentence that the recipient follows ("Your message to x has reached …").
const INLINE_LABELS = ["addressed to '", 'your message to ', 'local mailbox ', 'was addressed, ', 'message for <'];

function inlineAddress(line: string): string | null {
  const lower = line.toLowerCase();
  for (const label of INLINE_LABELS) {
    const k = lower.indexOf(label);
    if (k >= 0) return stripAddress(line.slice(k + label.length, k + label.length + 320).split(/[\s,']/)[0] ?? '');
  }
  return null;
}

/**
 * "<user@example.com>:", "user@example.com", "  user@example.com (expanded from …)", "> user@example.com",
 * "user@example.com on 20 Jul 2001 …", "* user@example.com": a line that is essentially one address.
 */
function addressLine(line: string): string | null {
  let s = line.trim();
  if (s.length === 0 || s.length > 320) return null;
  while (s.startsWith('>') || s.startsWith('*') || s.startsWith('-')) s = s.slice(1).trim();
  const address = stripAddress(s);
  if (address === null) return null;
  const at = s.toLowerCase().indexOf(address.toLowerCase());
  if (at < 0 || at > 2) return null; // the address must open the line ("<", '"', or nothing before it)
  // "<user@example.com>: the server's words" (qmail, Postfix, Yahoo): the words follow on the same line.
  if (at === 1 && s.startsWith('<') && s.startsWith('>:', at + address.length)) return address;
  let rest = s.slice(at + address.length).trim();
  while (rest.startsWith('>') || rest.startsWith('"') || rest.startsWith(':') || rest.startsWith(';') || rest.startsWith(',')) rest = rest.slice(1).trim();
  const lower = rest.toLowerCase();
  if (rest === '' || lower.startsWith('- ') || lower.startsWith('(expanded from') || lower.startsWith('(generated from') || lower.startsWith('on ') ||
      lower.startsWith('(ultimately generated') || lower.startsWith('(was addressed') || lower.startsWith('<')) return address;
  return null;
}

function labelledAddress(line: string): { address: string; rest: string } | null {
  const trimmed = line.trim();
  const s = trimmed.toLowerCase();
  for (const label of RECIPIENT_LABELS) {
    if (!s.startsWith(label)) continue;
    const value = trimmed.slice(label.length);
    const address = stripAddress(value);
    if (address === null) return null;
    const k = value.indexOf(address);
    return { address, rest: k < 0 ? '' : value.slice(k + address.length).replace(/^[>)"'.,:;\s]+/, '') };
  }
  return null;
}

/**
 * The recipient blocks of a human-readable bounce text[from, to), in order. A block starts at a line
 * that names a recipient and runs to the next such line or a blank line after some words.
 */
export function textRecipients(text: string, from: number, to: number): TextRecipient[] {
  const lines: string[] = [];
  let pos = from;
  while (pos < to && lines.length < 4000) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0 || nl > to) nl = to;
    lines.push(text.slice(pos, Math.min(nl, pos + 1000)).replace(/\r$/, ''));
    pos = nl + 1;
  }
  const blocks: TextRecipient[] = [];
  let current: { recipient: string; parts: string[]; lines: number } | null = null;
  const close = (): void => {
    if (current && blocks.length < MAX_RECIPIENT_BLOCKS) blocks.push({ recipient: current.recipient, text: current.parts.join(' ').trim() });
    current = null;
  };
  let follow = 0; // lines left in which a recipient may stand anywhere
  for (const line of lines) {
    const labelled = labelledAddress(line);
    let own: string | null = labelled?.address ?? addressLine(line) ?? (current === null ? inlineAddress(line) : null);
    const lowerLine = line.toLowerCase();
    if (own === null && follow > 0 && !isBlankLine(line)) {
      own = stripAddress(line);
      follow--;
    }
    if (RECIPIENTS_FOLLOW.some((p) => lowerLine.includes(p))) follow = 3;
    if (own !== null) {
      if (current !== null && current.recipient.toLowerCase() === own.toLowerCase()) {
        // The same recipient named again ("Sorry, your message to x cannot be delivered"): same block.
      } else {
        close();
        current = { recipient: own, parts: [], lines: 0 };
        // The rest of a labelled line, or of "<x>: reason", is already the reason.
        const colon = line.indexOf('>:');
        // A labelled line keeps its label: "Unknown user:", "User mailbox exceeds allowed size:" are the cause.
        const rest = labelled !== null || colon < 0 ? line : line.slice(colon + 2);
        if (rest.trim() !== '') current.parts.push(rest.trim());
        continue;
      }
    }
    if (current === null) continue;
    if (isBlankLine(line)) {
      if (current.parts.length > 0) close();
      continue;
    }
    if (current.lines < MAX_BLOCK_LINES && current.parts.join(' ').length < MAX_BLOCK_CHARS) {
      current.parts.push(line.trim());
      current.lines++;
    }
  }
  close();
  // The same recipient twice (a list, then the reason) is one recipient, with the longer words.
  const merged: TextRecipient[] = [];
  for (const b of blocks) {
    const same = merged.find((m) => m.recipient.toLowerCase() === b.recipient.toLowerCase());
    if (same) {
      if (same.text.length < MAX_BLOCK_CHARS) same.text = `${same.text} ${b.text}`.trim();
    } else merged.push(b);
  }
  return merged;
}

const DELAY_PHRASES = [
  'warning only', 'this is only a notification about a delay', 'has not yet been delivered', 'not yet been delivered',
  'still being retried', 'will continue trying', 'will be retried', 'delivery attempts will continue', 'message delayed',
  'is delayed', 'postponed', 'we will continue to try', 'will continue to attempt', 'has been delayed', 'delayed mail',
  'delay in the delivery', 'warning message only', 'this is just a warning',
];
const GIVE_UP_PHRASES = [
  'retry timeout exceeded', 'queue too long', 'in the queue too long', 'not delivered within', 'exceeded maximum delivery attempts',
  'delivery failed 20 attempts', 'has not been collected', 'was aborted after', 'all hosts have been failing for a long time',
  'not reachable within the allowed queue period', 'message expired', 'delivery time expired', 'giving up', "i'm not going to try again",
  'maximum-time-expired',
];

/** The class a text-only notice says: a delay warning, a give-up after retries, or a failure. */
export function textClass(subject: string, text: string): ResultClass {
  const s = subject.toLowerCase();
  const t = text.toLowerCase();
  const delayed = s.includes('delay') || s.startsWith('warning') || s.includes('warning:') || DELAY_PHRASES.some((p) => t.includes(p));
  const permanentToo = t.includes('permanent error') || t.includes('permanent fatal') || t.includes('failed permanently');
  if (delayed && !permanentToo) return 'temporary';
  return GIVE_UP_PHRASES.some((p) => t.includes(p)) ? 'expired' : 'permanent';
}

/** The feedback report's recipient: Original-Rcpt-To, Removal-Recipient, Microsoft's original recipient. */
export function feedbackRecipient(text: string, from: number, to: number): string | null {
  const lower = text.slice(from, Math.min(to, from + 256 * 1024)).toLowerCase();
  for (const field of ['original-rcpt-to:', 'removal-recipient:', 'x-hmxmroriginalrecipient:']) {
    const k = lower.indexOf(field);
    if (k >= 0) {
      const nl = lower.indexOf('\n', k);
      const value = text.slice(from + k + field.length, from + (nl < 0 ? lower.length : nl));
      const found = findAddresses(value, 0, value.length);
      if (found[0]) return found[0].address;
    }
  }
  // Otherwise the To of the reported message (the part after the report).
  const rfc = lower.indexOf('content-type: message/rfc822');
  const start = rfc >= 0 ? rfc : lower.indexOf('content-type: text/rfc822-headers');
  if (start >= 0) {
    const k = lower.indexOf('\nto:', start);
    if (k >= 0) {
      const nl = lower.indexOf('\n', k + 1);
      const value = text.slice(from + k + 4, from + (nl < 0 ? lower.length : nl));
      const found = findAddresses(value, 0, value.length);
      if (found[0]) return found[0].address;
    }
  }
  return null;
}

/** "abuse", "fraud", "opt-out" … from the Feedback-Type field of an ARF report. */
export function feedbackType(text: string, from: number, to: number): string | null {
  const lower = text.slice(from, Math.min(to, from + 256 * 1024)).toLowerCase();
  const k = lower.indexOf('feedback-type:');
  if (k < 0) return null;
  const m = /^[ \t]*([a-z-]{1,30})/.exec(lower.slice(k + 14, k + 60));
  return m?.[1] ?? null;
}
