/**
 * Finds code-shaped tokens ("550", "5.1.1", "550-5.7.26", and numbers people mistake for codes) in a
 * text with one linear pass. Runs of digits, dots and dashes are isolated first, capped in length, and
 * only then matched against small anchored patterns, so no input can make a pattern backtrack.
 */

export type TokenKind = 'reply' | 'status' | 'reply-status' | 'date' | 'phone' | 'ip';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  /** For 'reply' and 'reply-status': the three digits and where they are. */
  reply: { code: string; start: number; end: number } | null;
  /** For 'status' and 'reply-status': the dotted code as written and where it is. */
  status: { code: string; start: number; end: number } | null;
  /** "550-" (a multi-line reply that continues on the next line). */
  continuation: boolean;
  /** Preceded by the start of a line, a quote or punctuation that introduces a server reply. */
  context: boolean;
  /** Preceded by a word such as "version": then "1.2.3" is a version number, not a status. */
  versionWord: boolean;
}

const MAX_RUN = 40;
const MAX_LOOKBACK = 120;

const REPLY_STATUS = /^([0-9]{3})-([0-9]\.[0-9]{1,3}\.[0-9]{1,3})$/;
const STATUS = /^[0-9]\.[0-9]{1,3}\.[0-9]{1,3}$/;
const DATE = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$/;
const PHONE = /^0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4}$/;
const IP = /^[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$/;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiAlnum(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isRunChar(c: number): boolean {
  return isDigit(c) || c === 46 /* . */ || c === 45 /* - */;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

// Characters after which a number may start a token: "#550", "'550", "(550", "=5.1.1", "said: 550".
const OPENERS = new Set([...'#\'"(<[={:;,>'].map((ch) => ch.charCodeAt(0)));
// Characters after which a three-digit number reads as a server reply rather than a quantity.
const REPLY_OPENERS = new Set([...'#\'"(<[=:;>'].map((ch) => ch.charCodeAt(0)));
// A token must not run into an identifier, an address, a path or base64 text.
const CLOSER_BLOCKERS = new Set([...'_@/+%'].map((ch) => ch.charCodeAt(0)));

function startAllowed(text: string, i: number, from: number): boolean {
  if (i === from) return true;
  const c = text.charCodeAt(i - 1);
  return isBlank(c) || isLineBreak(c) || c === 12 || c === 11 || OPENERS.has(c) || c >= 0x80;
}

function endAllowed(text: string, j: number, to: number): boolean {
  if (j >= to) return true;
  const c = text.charCodeAt(j);
  return !isAsciiAlnum(c) && !CLOSER_BLOCKERS.has(c);
}

function replyContext(text: string, i: number, from: number): boolean {
  const stop = Math.max(from, i - MAX_LOOKBACK);
  for (let k = i - 1; k >= stop; k--) {
    const c = text.charCodeAt(k);
    if (isBlank(c)) continue;
    return isLineBreak(c) || REPLY_OPENERS.has(c) || c >= 0x80;
  }
  return i - MAX_LOOKBACK <= from;
}

const VERSION_WORDS = new Set(['version', 'ver', 'v', 'release', 'rev', 'revision']);

function precededByVersionWord(text: string, i: number, from: number): boolean {
  let k = i - 1;
  const stop = Math.max(from, i - MAX_LOOKBACK);
  while (k >= stop && (isBlank(text.charCodeAt(k)) || text[k] === ':' || text[k] === '.')) k--;
  if (k >= 4 && text.slice(k - 4, k + 1) === 'バージョン') return true;
  let w = k;
  while (w >= stop && w > k - 12) {
    const c = text.charCodeAt(w);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
    w--;
  }
  return w < k && VERSION_WORDS.has(text.slice(w + 1, k + 1).toLowerCase());
}

function makeToken(
  kind: TokenKind,
  start: number,
  text: string,
  reply: Token['reply'],
  status: Token['status'],
  continuation: boolean,
  context: boolean,
  versionWord: boolean,
): Token {
  return { kind, start, end: start + text.length, text, reply, status, continuation, context, versionWord };
}

function classify(text: string, i: number, j: number, from: number, to: number): Token | null {
  let e = j;
  while (e > i + 1 && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--;
  const trailing = j - e;
  const continuation = trailing === 1 && text.charCodeAt(e) === 45;
  // "550-Text" continues a reply; anything else must stand alone ("550abc" or "5.1.1.example" do not).
  if (!continuation && !endAllowed(text, j, to)) return null;
  if (trailing > 1) return null;
  let separators = 0;
  for (let k = i; k < e; k++) if (!isDigit(text.charCodeAt(k))) separators++;
  // Plain numbers other than three digits ("26", "2026", "12345") are never codes: skip the patterns.
  if (separators === 0 && e - i !== 3) return null;
  const core = text.slice(i, e);
  const start = i;
  const end = e;
  if (separators === 0) {
    return makeToken('reply', start, core, { code: core, start, end }, null, continuation, replyContext(text, i, from), false);
  }
  const rs = REPLY_STATUS.exec(core);
  if (rs) {
    const reply = { code: rs[1] ?? '', start, end: start + 3 };
    return makeToken('reply-status', start, core, reply, { code: rs[2] ?? '', start: start + 4, end }, false, true, false);
  }
  if (STATUS.test(core)) {
    const status = { code: core, start, end };
    return makeToken('status', start, core, null, status, continuation, replyContext(text, i, from), precededByVersionWord(text, i, from));
  }
  const other: TokenKind | null = DATE.test(core) ? 'date' : PHONE.test(core) ? 'phone' : IP.test(core) ? 'ip' : null;
  return other === null ? null : makeToken(other, start, core, null, null, false, false, false);
}

/** A line with more codes than this is not a server reply; the rest of it is not read. */
export const MAX_TOKENS_PER_LINE = 500;

/** Code-shaped tokens in text[from, to), in order, at most `limit`. */
export function scanTokens(text: string, from = 0, to = text.length, limit = MAX_TOKENS_PER_LINE): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to && tokens.length < limit) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && isRunChar(text.charCodeAt(j))) j++;
    if (j - i <= MAX_RUN && startAllowed(text, i, from)) {
      const token = classify(text, i, j, from, to);
      if (token) tokens.push(token);
    }
    i = j;
  }
  return tokens;
}

/**
 * "550 5.1.1", "550-5.1.1", "550 #5.1.0": a reply code directly followed by a status. Returns the gap
 * check so callers can merge the two tokens into one mention.
 */
export function isPairGap(text: string, from: number, to: number): boolean {
  const gap = to - from;
  if (gap < 1 || gap > 4) return false;
  let k = from;
  while (k < to && (text[k] === ' ' || text[k] === '\t')) k++;
  if (k < to && text[k] === '#') k++;
  return k === to && to - from >= 1 && (text[from] === ' ' || text[from] === '\t' || text[from] === '#');
}
