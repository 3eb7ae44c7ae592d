// Reads one Received field (RFC 5321 §4.4 and what MTAs really write) into its clauses.
// One left-to-right pass over the characters: comments (nested), <angle addresses> and [literals] are
// single tokens, so a clause keyword inside them is never mistaken for one.

import { parseHeaderDate, splitTrailingDate } from './dates';

export interface ReceivedClauses {
  from: string | null;
  fromIp: string | null;
  fromRdns: string | null;
  helo: string | null;
  by: string | null;
  with: string | null;
  id: string | null;
  for: string | null;
  via: string | null;
  dateText: string | null;
  time: number | null;
  dateProblem: 'missing' | 'unparseable' | 'no-zone' | null;
}

type Token = { kind: 'atom' | 'comment'; text: string };

const KEYWORDS = new Set(['from', 'by', 'with', 'id', 'for', 'via']);
const MAX_RECEIVED_CHARS = 4096;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let k = 0;
  const n = text.length;
  while (k < n) {
    const c = text[k] ?? '';
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      k++;
      continue;
    }
    if (c === '(') {
      let depth = 0;
      const start = k;
      for (; k < n; k++) {
        const d = text[k];
        if (d === '\\') k++;
        else if (d === '(') depth++;
        else if (d === ')' && --depth === 0) break;
      }
      tokens.push({ kind: 'comment', text: text.slice(start + 1, Math.min(k, n)).trim() });
      k++;
      continue;
    }
    if (c === '<' || c === '[') {
      const close = text.indexOf(c === '<' ? '>' : ']', k);
      const end = close < 0 ? n : close + 1;
      tokens.push({ kind: 'atom', text: text.slice(k, end) });
      k = end;
      continue;
    }
    const start = k;
    while (k < n) {
      const d = text[k];
      if (d === ' ' || d === '\t' || d === '\r' || d === '\n' || d === '(' || (d === '<' && k > start)) break;
      k++;
    }
    tokens.push({ kind: 'atom', text: text.slice(start, k) });
  }
  return tokens;
}

const IPV4 = /^(?:\d{1,3}\.){3}\d{1,3}$/;
const IPV6 = /^(?:IPv6:)?[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:%\w+)?$/;

function bareIp(text: string): string | null {
  const t = text.replace(/^\[|\]$/g, '').replace(/^IPv6:/i, '');
  if (IPV4.test(t)) return t;
  // "14:54:53" is a time, not an address: an IPv6 address has "::" or at least four groups.
  return IPV6.test(t) && (t.includes('::') || t.split(':').length >= 4) ? t : null;
}

/** The address and names in the comment(s) after "from": "(mail.example.com [192.0.2.1])", "(helo=x)", "(HELO x)". */
function readFromComments(comments: string[], clauses: ReceivedClauses) {
  for (const comment of comments) {
    const words = comment.split(/[\s,]+/).filter((w) => w !== '');
    for (let k = 0; k < words.length; k++) {
      const w = words[k] ?? '';
      const lower = w.toLowerCase();
      if (lower.startsWith('helo=') || lower.startsWith('ehlo=')) {
        clauses.helo ??= w.slice(5);
        continue;
      }
      if ((lower === 'helo' || lower === 'ehlo') && k + 1 < words.length) {
        clauses.helo ??= words[++k] ?? null;
        continue;
      }
      const literal = /^\[([^\]]+)\](?::\d+)?$/.exec(w);
      const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(w);
      const ip = bareIp(literal ? (literal[1] ?? '') : withPort ? (withPort[1] ?? '') : w);
      if (ip !== null) {
        clauses.fromIp ??= ip;
        continue;
      }
      // A reverse-DNS name: a dotted name before the [address] (Postfix, Sendmail, Gmail).
      if (clauses.fromRdns === null && /^[A-Za-z0-9][A-Za-z0-9.-]*\.?$/.test(w) && (w.includes('.') || lower === 'unknown' || lower === 'localhost')) {
        if (words.slice(k + 1).some((next) => next.startsWith('['))) clauses.fromRdns = w.replace(/\.$/, '');
      }
    }
  }
}

function emptyClauses(): ReceivedClauses {
  return { from: null, fromIp: null, fromRdns: null, helo: null, by: null, with: null, id: null, for: null, via: null, dateText: null, time: null, dateProblem: 'missing' };
}

export function parseReceived(rawValue: string): ReceivedClauses {
  const value = rawValue.length > MAX_RECEIVED_CHARS ? rawValue.slice(0, MAX_RECEIVED_CHARS) : rawValue;
  const clauses = emptyClauses();
  // The date follows the last ";" (RFC 5321); a few writers (SendGrid's filters) put it at the end without one.
  let body = value;
  const semi = value.lastIndexOf(';');
  if (semi >= 0) {
    body = value.slice(0, semi);
    clauses.dateText = value.slice(semi + 1).trim() || null;
  } else {
    const trailing = splitTrailingDate(value);
    if (trailing !== null) {
      body = trailing.rest;
      clauses.dateText = trailing.date;
    }
  }
  if (clauses.dateText !== null) {
    const parsed = parseHeaderDate(clauses.dateText);
    if (parsed === null) clauses.dateProblem = 'unparseable';
    else {
      clauses.time = parsed.time;
      clauses.dateProblem = parsed.noZone ? 'no-zone' : null;
    }
  }

  const tokens = tokenize(body);
  let clause: string | null = null;
  let fromComments: string[] = [];
  const multi: { with: string[]; via: string[] } = { with: [], via: [] };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'comment') {
      if (clause === 'from') fromComments.push(t.text);
      else if (clause === null && k === 0) {
        // qmail "(qmail 123 invoked from network)", Sendmail "(from user@localhost)": a local step.
        const q = /^qmail\s+(\d+)/i.exec(t.text);
        if (q) clauses.id ??= q[1] ?? null;
      }
      continue;
    }
    const lower = t.text.toLowerCase();
    // "id" and "for" only start a clause when a value follows; "with"/"via" values are several words.
    if (KEYWORDS.has(lower) && k + 1 < tokens.length && tokens[k + 1]?.kind === 'atom') {
      const already = lower === 'with' || lower === 'via' ? multi[lower].length > 0 : clauses[lower as 'from' | 'by' | 'id' | 'for'] !== null;
      if (!already) {
        clause = lower;
        const next = tokens[++k] as Token;
        if (lower === 'with' || lower === 'via') multi[lower].push(next.text);
        else if (lower === 'from') {
          clauses.from = next.text;
          fromComments = [];
        } else if (lower === 'by') clauses.by = next.text;
        else if (lower === 'id') clauses.id = next.text.replace(/^<|>$/g, '');
        else clauses.for = next.text.replace(/^<|>$/g, '');
        continue;
      }
    }
    if (clause === 'with' || clause === 'via') multi[clause].push(t.text);
  }
  if (multi.with.length > 0) clauses.with = multi.with.join(' ');
  if (multi.via.length > 0) clauses.via = multi.via.join(' ');
  readFromComments(fromComments, clauses);
  if (clauses.from !== null && clauses.fromIp === null) clauses.fromIp = bareIp(clauses.from);
  if (clauses.fromRdns !== null && clauses.from !== null && clauses.fromRdns.toLowerCase() === clauses.from.toLowerCase().replace(/\.$/, '')) clauses.fromRdns = null;
  if (clauses.by !== null) clauses.by = clauses.by.replace(/\.$/, '');
  return clauses;
}
