import { normaliseStatus } from './codes';

/**
 * RFC 3464 delivery-status fields. Works on a message/delivery-status part as well as on DSN lines
 * pasted on their own; folded lines (starting with a space or tab) are unfolded.
 */
export interface DsnRecipient {
  recipient: string | null;
  action: string | null;
  status: string | null; // normalised, only when well formed
  remoteMta: string | null;
  diagnostic: string | null; // the value after "smtp;" (or another type)
  lastAttempt: string | null;
  willRetryUntil: string | null;
  statusComment?: string | null; // the words in parentheses after the Status code, if any
}

export interface DsnReport {
  reportingMta: string | null;
  recipients: DsnRecipient[];
}

/** Field names worth highlighting and reading (lower case). */
export const DSN_FIELDS = new Set([
  'reporting-mta', 'final-recipient', 'original-recipient', 'action', 'status', 'remote-mta',
  'diagnostic-code', 'last-attempt-date', 'will-retry-until', 'x-actual-recipient',
]);

const ACTIONS = new Set(['failed', 'delayed', 'delivered', 'relayed', 'expanded']);
const MAX_FIELD_NAME = 40;
const MAX_VALUE = 2000;
const MAX_RECIPIENTS = 10_000; // more is not a real report; the page shows a few hundred anyway

/** Length of "Name" in "Name: value" at text[start], or -1. */
export function fieldNameLength(text: string, start: number, end: number): number {
  let k = start;
  const stop = Math.min(end, start + MAX_FIELD_NAME);
  while (k < stop) {
    const c = text.charCodeAt(k);
    const ok = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
    if (!ok) break;
    k++;
  }
  return k > start && k < end && text.charCodeAt(k) === 58 ? k - start : -1;
}

/** "rfc822; <user@example.com>" → "user@example.com"; "dns; mx.example.com" → "mx.example.com". */
function typedValue(value: string): string | null {
  // Only a short type word before the ';' is a type ("smtp;"); "550 5.1.10 RESOLVER…; Recipient…" is not.
  const semi = value.indexOf(';');
  const typed = semi > 0 && semi <= 20 && /^[A-Za-z0-9-]+$/.test(value.slice(0, semi).trim());
  let v = (typed ? value.slice(semi + 1) : value).trim();
  if (v.startsWith('<') && v.endsWith('>')) v = v.slice(1, -1).trim();
  return v.length > 0 ? v : null;
}

/** "dns; mx.example.jp. (203.0.113.80, the server for …)" → "mx.example.jp". */
function hostValue(value: string): string | null {
  const v = typedValue(value);
  if (v === null) return null;
  const host = firstWord(v).replace(/\.$/, '');
  return host.length > 0 ? host : null;
}

function firstWord(value: string): string {
  const v = value.trim();
  const space = v.search(/[\s(;]/);
  return space < 0 ? v : v.slice(0, space);
}

/** "user@example.com": a local part, an '@' and a domain with a dot; not "user@ims_daemon" or "/S=x/…". */
function isMailAddress(value: string | null): boolean {
  if (value === null) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0 || value.includes(':') || value.includes('/') || value.includes(' ')) return false;
  const domain = value.slice(at + 1);
  return domain.includes('.') && !domain.startsWith('.') && !domain.endsWith('.');
}

function emptyRecipient(): DsnRecipient {
  return {
    recipient: null, action: null, status: null, remoteMta: null, diagnostic: null, lastAttempt: null,
    willRetryUntil: null,
  };
}

interface Field {
  name: string;
  value: string;
}

// A callback rather than a generator: this runs over every line of a 5 MB paste.
function forEachField(text: string, from: number, to: number, visit: (f: Field) => void): void {
  let current: Field | null = null;
  let pos = from;
  while (pos < to) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0 || nl > to) nl = to;
    const end = nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    const c = text.charCodeAt(pos);
    if ((c === 32 || c === 9) && current) {
      if (current.value.length < MAX_VALUE) current.value += ` ${text.slice(pos, Math.min(end, pos + MAX_VALUE)).trim()}`;
    } else {
      if (current) visit(current);
      current = null;
      const n = fieldNameLength(text, pos, end);
      if (n > 0) {
        const name = text.slice(pos, pos + n).toLowerCase();
        if (DSN_FIELDS.has(name)) current = { name, value: text.slice(pos + n + 1, Math.min(end, pos + n + 1 + MAX_VALUE)).trim() };
      }
    }
    pos = nl + 1;
  }
  if (current) visit(current);
}

export function parseDsn(text: string, from = 0, to = text.length): DsnReport {
  let reportingMta: string | null = null;
  const recipients: DsnRecipient[] = [];
  let block = emptyRecipient();
  let hasFinal = false;
  let hasOriginal = false;
  let finalIsAddress = false;
  const flush = (): void => {
    if ((block.status !== null || block.action !== null) && recipients.length < MAX_RECIPIENTS) recipients.push(block);
    block = emptyRecipient();
    hasFinal = false;
    hasOriginal = false;
    finalIsAddress = false;
  };
  forEachField(text, from, to, (f) => {
    switch (f.name) {
      case 'reporting-mta':
        reportingMta ??= hostValue(f.value);
        break;
      case 'original-recipient':
      case 'final-recipient': {
        // A new block starts with a second Final-Recipient or after the previous block's Action/Status;
        // Original-Recipient may come before or after its Final-Recipient.
        const repeated = f.name === 'final-recipient' ? hasFinal : hasOriginal;
        // PMDF writes Action and Status before the recipient fields: they belong to the same block.
        if (repeated || ((hasFinal || hasOriginal) && (block.action !== null || block.status !== null))) flush();
        const value = typedValue(f.value);
        if (f.name === 'final-recipient') {
          // An X.400 or local name ("x400; /S=…", "LOCAL;<f.b>", "user@ims_daemon") is no address a
          // sender knows: the Original-Recipient, when there is one, names the recipient better.
          if (isMailAddress(value) || block.recipient === null) block.recipient = value;
          finalIsAddress = isMailAddress(value);
          hasFinal = true;
        } else {
          if (block.recipient === null || (!finalIsAddress && isMailAddress(value))) block.recipient = value;
          hasOriginal = true;
        }
        break;
      }
      case 'x-actual-recipient':
        block.recipient ??= typedValue(f.value);
        break;
      case 'action': {
        if (block.action !== null) flush();
        const action = firstWord(f.value).toLowerCase();
        block.action = ACTIONS.has(action) ? action : null;
        break;
      }
      case 'status': {
        block.status = normaliseStatus(firstWord(f.value));
        // "5.0.0 (recipient reached disk quota)": the comment is the server's only words.
        const open = f.value.indexOf('(');
        if (open > 0 && block.diagnostic === null) block.statusComment = f.value.slice(open + 1, f.value.lastIndexOf(')') > open ? f.value.lastIndexOf(')') : undefined).trim() || null;
        break;
      }
      case 'remote-mta':
        block.remoteMta = hostValue(f.value);
        break;
      case 'diagnostic-code':
        block.diagnostic = typedValue(f.value);
        break;
      case 'last-attempt-date':
        block.lastAttempt = f.value.length > 0 ? f.value : null;
        break;
      case 'will-retry-until':
        block.willRetryUntil = f.value.length > 0 ? f.value : null;
        break;
    }
  });
  flush();
  return { reportingMta, recipients };
}
