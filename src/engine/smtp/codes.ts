import type { NotACode } from './types';
/**
 * Shapes of SMTP codes. Everything here works on short, already isolated tokens (at most a few dozen
 * characters), so the anchored patterns below cannot be driven into expensive backtracking.
 */

export interface ParsedStatus {
  cls: number;
  subject: number;
  detail: number;
}

const STATUS_SHAPE = /^([0-9])\.([0-9]{1,3})\.([0-9]{1,3})$/;
const REPLY_SHAPE = /^[0-9]{3}$/;

/** "5.01.1" → {5, 1, 1}; null when the token is not three dot-separated numbers. */
export function parseStatusShape(token: string): ParsedStatus | null {
  if (token.length > 11) return null;
  const m = STATUS_SHAPE.exec(token);
  if (!m) return null;
  return { cls: Number(m[1]), subject: Number(m[2]), detail: Number(m[3]) };
}

/** Enhanced status codes exist only for the success, transient and permanent classes (RFC 3463). */
export function isValidClass(cls: number): boolean {
  return cls === 2 || cls === 4 || cls === 5;
}

/** The IANA registry has subjects 0 (Other) to 7 (Security/Policy) only. */
export function isValidSubject(subject: number): boolean {
  return subject >= 0 && subject <= 7;
}

/** A well-formed, registrable enhanced status ("5.7.999" is fine: the class and subject still explain it). */
export function normaliseStatus(token: string): string | null {
  const p = parseStatusShape(token);
  if (!p || !isValidClass(p.cls) || !isValidSubject(p.subject)) return null;
  return `${p.cls}.${p.subject}.${p.detail}`;
}

/** "5.1.1" → "X.1.1", the key used by the IANA registry and the code database. */
export function registryKey(status: string): string {
  return `X${status.slice(status.indexOf('.'))}`;
}

export function isReplyShape(token: string): boolean {
  return REPLY_SHAPE.test(token);
}

/**
 * Codes that circulate in "SMTP error code" lists on the web but are defined by neither RFC 5321 nor
 * RFC 7504 (reference: provider-codes.md, parsing facts).
 */
export function isInventedReplyCode(code: string): boolean {
  if (!isReplyShape(code)) return false;
  const n = Number(code);
  return (
    n === 101 || n === 111 || n === 420 || n === 422 || n === 431 || (n >= 441 && n <= 449) || n === 471 ||
    (n >= 510 && n <= 513)
  );
}

/** Why a three-digit number is not a reply code we know (the UI words it). */
export function unknownReplyCodeWhy(code: string): NotACode {
  if (isInventedReplyCode(code)) return { kind: 'invented-reply' };
  const first = code.charAt(0);
  if (first < '2' || first > '5') return { kind: 'reply-class', digit: first };
  return { kind: 'unregistered-reply' };
}

/** Matches "5.7.26" against a provider rule entry: an exact code or a range "4.7.500-4.7.699". */
export function statusMatchesPattern(status: string, pattern: string): boolean {
  const p = pattern.trim();
  const dash = p.search(/[-\u2013]/);
  if (dash < 0) return normaliseStatus(p) === status;
  const lo = parseStatusShape(p.slice(0, dash).trim());
  const hi = parseStatusShape(p.slice(dash + 1).trim());
  const s = parseStatusShape(status);
  if (!lo || !hi || !s) return false;
  return (
    s.cls === lo.cls && s.cls === hi.cls && s.subject === lo.subject && s.subject === hi.subject &&
    s.detail >= lo.detail && s.detail <= hi.detail
  );
}

/** Whether a rule entry names a single exact status (exact matches win over ranges). */
export function isExactPattern(pattern: string): boolean {
  return normaliseStatus(pattern.trim()) !== null;
}
