// Dates of Received stamps and the Date: field, in every form seen in real headers:
//   RFC 5322 "Mon, 1 Dec 2025 10:02:03 +0900 (JST)", without the weekday, two-digit years, seconds
//   omitted or with a fraction ("02:54:16.855"), named zones (GMT, UT, UTC, EST…PDT, JST, CET…),
//   ISO-like "2018-04-22 02:54:17.028 +0000 UTC" (SendGrid, Go's time.String()) and "2025-12-01T01:02:03Z",
//   and asctime "Tue Jun  6 14:54:53 2006".
// Every pattern is anchored and has no nested quantifiers, so matching is linear.

export interface ParsedDate {
  time: number; // ms since the epoch
  /** No zone was given: read as UTC. */
  noZone: boolean;
}

const MONTHS: Record<string, number> = { jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11 };

/** Named zones, in minutes east of UTC (RFC 5322 obs-zone plus the names servers actually write). */
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600,
  BST: 60, IST: 60, CET: 60, CEST: 120, MET: 60, MEST: 120, WEST: 60, EET: 120, EEST: 180, MSK: 180,
  JST: 540, KST: 540, HKT: 480, SGT: 480, AWST: 480, ACST: 570, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
};

function zoneMinutes(zone: string | undefined): number | null | undefined {
  if (zone === undefined || zone === '') return undefined;
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? '0');
    if (minutes > 14 * 60) return null;
    return numeric[1] === '-' ? -minutes : minutes;
  }
  const named = ZONES[zone.toUpperCase()];
  return named ?? null;
}

function fullYear(text: string): number {
  const y = Number(text);
  if (text.length === 2) return y < 50 ? 2000 + y : 1900 + y;
  if (text.length === 3) return 1900 + y;
  return y;
}

function build(year: number, month: number, day: number, h: number, m: number, s: number, frac: string | undefined, zone: number | undefined): ParsedDate | null {
  if (month < 0 || month > 11 || day < 1 || day > 31 || h > 23 || m > 59 || s > 60) return null;
  const ms = frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0;
  const local = Date.UTC(year, month, day, h, m, Math.min(s, 59), ms);
  // Reject 31 Feb and friends: Date.UTC rolls them over into the next month.
  if (new Date(local).getUTCDate() !== day) return null;
  return { time: local - (zone ?? 0) * 60_000, noZone: zone === undefined };
}

// [Day,] D Mon YYYY HH:MM[:SS[.frac]] [zone] [(comment)]
const RFC5322 =
  /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})[\s-]+([A-Za-z]{3})[A-Za-z]*\.?[\s-]+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*([+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?(?:\s*\([^()]{0,64}\))?\s*$/;
// YYYY-MM-DD[T ]HH:MM:SS[.frac][ ][zone][ name]
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[T\s](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?\s*(Z|[+-]\d{2}(?::?\d{2})?)?(?:\s+([A-Za-z]{1,5}))?\s*$/;
// Day Mon D HH:MM:SS [zone] YYYY
const ASCTIME = /^[A-Za-z]{3}\s+([A-Za-z]{3})\s+(\d{1,2})\s+(\d{2}):(\d{2}):(\d{2})\s+(?:([A-Za-z]{1,5}|[+-]\d{4})\s+)?(\d{4})\s*$/;

/** Parses a date as found in a header; null when it is not a date in any known form. */
export function parseHeaderDate(input: string): ParsedDate | null {
  const text = input.trim().replace(/\s+/g, ' ');
  if (text.length > 120) return null;
  let m = RFC5322.exec(text);
  if (m) {
    const month = MONTHS[(m[2] ?? '').toLowerCase()];
    const zone = zoneMinutes(m[8]);
    if (month === undefined || zone === null) return null;
    return build(fullYear(m[3] ?? ''), month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? '0'), m[7], zone);
  }
  m = ISO.exec(text);
  if (m) {
    let zone = zoneMinutes(m[8] === undefined ? m[9] : m[8] === 'Z' ? 'Z' : m[8].length === 3 ? `${m[8]}00` : m[8]);
    if (zone === null) return null;
    if (zone === undefined && m[9] !== undefined) zone = zoneMinutes(m[9]) ?? undefined;
    return build(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), m[7], zone);
  }
  m = ASCTIME.exec(text);
  if (m) {
    const month = MONTHS[(m[1] ?? '').toLowerCase()];
    const zone = zoneMinutes(m[6]);
    if (month === undefined || zone === null) return null;
    return build(Number(m[7]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), undefined, zone);
  }
  return null;
}

/** The date at the end of a Received value that has no ";" before it (SendGrid's filter stamps). */
const TRAILING_ISO = /(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?\s*(?:Z|[+-]\d{2}:?\d{2})?(?:\s+[A-Za-z]{1,5})?)\s*$/;
const TRAILING_RFC = /((?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?\s*(?:[+-]\d{4}|[A-Za-z]{1,5})?(?:\s*\([^()]{0,64}\))?)\s*$/;

/** Finds a trailing date in a text without a ";" separator; the text before it and the date text. */
export function splitTrailingDate(text: string): { rest: string; date: string } | null {
  const tail = text.slice(-160);
  const m = TRAILING_ISO.exec(tail) ?? TRAILING_RFC.exec(tail);
  if (!m || m[1] === undefined) return null;
  const date = m[1];
  if (parseHeaderDate(date) === null) return null;
  return { rest: text.slice(0, text.length - (tail.length - (m.index ?? 0))).trimEnd(), date };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** "2025-12-01 10:02:03" in the given offset from UTC (minutes); Japan has no daylight saving time. */
export function formatAtOffset(time: number, offsetMinutes: number): string {
  const d = new Date(time + offsetMinutes * 60_000);
  const base = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const ms = d.getUTCMilliseconds();
  return ms === 0 ? base : `${base}.${pad(ms, 3)}`;
}

export const JST_OFFSET_MINUTES = 540;

export function formatJst(time: number): string {
  return formatAtOffset(time, JST_OFFSET_MINUTES);
}

export function formatUtc(time: number): string {
  return formatAtOffset(time, 0);
}
