// Authentication-Results (RFC 8601), ARC-Authentication-Results (RFC 8617), Received-SPF (RFC 7208 §9.1)
// and DKIM-Signature (RFC 6376) tags, summarised per method with DMARC alignment of the From domain.

import { aligned, domainOf, normaliseDomain } from './domains';
import { fieldsNamed } from './fields';
import type { HeaderField } from './fields';
import type { ArcSummary, AuthEntry, AuthSummary, DkimSignature, DkimSummary, DmarcSummary, SpfSummary } from './types';

const MAX_AUTH_CHARS = 8192;

/** Splits on ";" outside comments and quoted strings; returns the parts and the comments per part. */
function splitResinfo(value: string): { text: string; comments: string[] }[] {
  const parts: { text: string; comments: string[] }[] = [];
  let text = '';
  let comments: string[] = [];
  let depth = 0;
  let comment = '';
  let quoted = false;
  for (let k = 0; k < value.length && k < MAX_AUTH_CHARS; k++) {
    const c = value[k] ?? '';
    if (depth > 0) {
      if (c === '\\') {
        comment += value[++k] ?? '';
        continue;
      }
      if (c === '(') depth++;
      else if (c === ')') {
        depth--;
        if (depth === 0) {
          comments.push(comment.trim());
          comment = '';
          text += ' ';
          continue;
        }
      }
      comment += c;
      continue;
    }
    if (quoted) {
      if (c === '"') quoted = false;
      else text += c;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === '(') depth = 1;
    else if (c === ';') {
      parts.push({ text: text.trim(), comments });
      text = '';
      comments = [];
    } else text += c;
  }
  parts.push({ text: text.trim(), comments });
  return parts;
}

function readResinfo(text: string, comments: string[], source: AuthEntry['source'], authserv: string | null, instance: number | null): AuthEntry | null {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const first = words[0];
  if (first === undefined) return null;
  const eq = first.indexOf('=');
  if (eq <= 0) return null;
  const method = first.slice(0, eq).split('/')[0]?.toLowerCase() ?? '';
  const result = first.slice(eq + 1).toLowerCase();
  if (method === '' || result === '' || !/^[a-z0-9_.-]+$/.test(method)) return null;
  const props: Record<string, string> = {};
  for (const w of words.slice(1)) {
    const e = w.indexOf('=');
    if (e > 0) props[w.slice(0, e).toLowerCase()] = w.slice(e + 1);
  }
  return { source, authserv, method, result, props, comment: comments[0] ?? null, instance };
}

function parseAuthResults(field: HeaderField, source: 'Authentication-Results' | 'ARC-Authentication-Results'): AuthEntry[] {
  const parts = splitResinfo(field.value);
  let instance: number | null = null;
  let k = 0;
  if (source === 'ARC-Authentication-Results') {
    const m = /^i\s*=\s*(\d+)$/i.exec(parts[0]?.text ?? '');
    if (m) {
      instance = Number(m[1]);
      k = 1;
    }
  }
  // authserv-id [version]; or, in a few writers, the first result directly.
  const head = parts[k]?.text ?? '';
  let authserv: string | null = null;
  const entries: AuthEntry[] = [];
  if (head.includes('=') && !/^\S+\s+\d+$/.test(head)) {
    const words = head.split(/\s+/);
    if (!(words[0] ?? '').includes('=')) {
      authserv = words[0] ?? null;
      const rest = readResinfo(words.slice(1).join(' '), parts[k]?.comments ?? [], source, authserv, instance);
      if (rest) entries.push(rest);
    } else {
      const e = readResinfo(head, parts[k]?.comments ?? [], source, null, instance);
      if (e) entries.push(e);
    }
  } else authserv = head.split(/\s+/)[0] || null;
  for (const part of parts.slice(k + 1)) {
    const e = readResinfo(part.text, part.comments, source, authserv, instance);
    if (e) entries.push(e);
  }
  return entries;
}

function parseReceivedSpf(field: HeaderField): AuthEntry | null {
  const value = field.value.slice(0, MAX_AUTH_CHARS);
  const m = /^([A-Za-z]+)\b/.exec(value);
  if (!m) return null;
  const result = (m[1] ?? '').toLowerCase();
  if (!['pass', 'fail', 'softfail', 'neutral', 'none', 'temperror', 'permerror', 'error', 'unknown'].includes(result)) return null;
  const parts = splitResinfo(value.slice(m[0].length));
  const props: Record<string, string> = {};
  const text = parts.map((p) => p.text).join(' ');
  for (const w of text.split(/[\s;]+/)) {
    const e = w.indexOf('=');
    if (e > 0) props[w.slice(0, e).toLowerCase()] = w.slice(e + 1).replace(/^"|"$/g, '');
  }
  const comment = parts[0]?.comments[0] ?? null;
  // "(google.com: domain of bounce@example.com designates 192.0.2.1 as permitted sender)"
  if (props['envelope-from'] === undefined && comment !== null) {
    const d = /domain of (?:\S+@)?([A-Za-z0-9.-]+)/i.exec(comment);
    if (d) props['envelope-from'] = d[1] ?? '';
  }
  return { source: 'Received-SPF', authserv: props.receiver ?? null, method: 'spf', result: result === 'error' ? 'temperror' : result, props, comment, instance: null };
}

function parseDkimSignature(field: HeaderField): DkimSignature {
  const tags: Record<string, string> = {};
  for (const part of field.value.slice(0, MAX_AUTH_CHARS).split(';')) {
    const e = part.indexOf('=');
    if (e > 0) tags[part.slice(0, e).trim().toLowerCase()] = part.slice(e + 1).replace(/\s+/g, '');
  }
  return { domain: normaliseDomain(tags.d) ?? tags.d ?? null, selector: tags.s ?? null, algorithm: tags.a ?? null };
}

const RESULT_RANK: Record<string, number> = { pass: 0, fail: 1, softfail: 2, neutral: 3, temperror: 4, permerror: 5, policy: 6, none: 7 };

function summariseSpf(entries: AuthEntry[], fromDomain: string | null): SpfSummary {
  const e = entries.find((x) => x.method === 'spf' && x.source === 'Authentication-Results') ?? entries.find((x) => x.method === 'spf' && x.source === 'Received-SPF');
  if (!e) return { result: null, domain: null, aligned: null, source: null };
  const domain = domainOf(e.props['smtp.mailfrom'] ?? e.props['smtp.mail'] ?? e.props['envelope-from'] ?? e.props['smtp.helo'] ?? e.props.helo ?? null);
  return { result: e.result, domain, aligned: aligned(domain, fromDomain), source: e.source };
}

function summariseDkim(entries: AuthEntry[], signatures: DkimSignature[], fromDomain: string | null): DkimSummary {
  const results = entries.filter((x) => x.method === 'dkim' && x.source === 'Authentication-Results');
  const firstServ = results[0]?.authserv;
  const own = results.filter((x) => x.authserv === firstServ);
  const list: DkimSummary['signatures'] = own.flatMap((x) => {
    const domain = domainOf(x.props['header.d'] ?? x.props['header.i'] ?? null);
    // "dkim=none (message not signed) header.d=none": no signature to list.
    if (domain === null && x.result === 'none') return [];
    return [{ domain, selector: x.props['header.s'] ?? null, result: x.result, aligned: aligned(domain, fromDomain) }];
  });
  for (const s of signatures) {
    if (!list.some((x) => x.domain === s.domain && (x.selector === null || x.selector === s.selector))) {
      list.push({ domain: s.domain, selector: s.selector, result: null, aligned: aligned(s.domain, fromDomain) });
    } else {
      const match = list.find((x) => x.domain === s.domain && x.selector === null);
      if (match) match.selector = s.selector;
    }
  }
  const best = [...own].sort((a, b) => (RESULT_RANK[a.result] ?? 9) - (RESULT_RANK[b.result] ?? 9))[0];
  const alignedPass = list.some((x) => x.result === 'pass' && x.aligned === true);
  return {
    result: best?.result ?? null,
    signatures: list,
    aligned: list.length === 0 || fromDomain === null ? null : alignedPass,
  };
}

function summariseDmarc(entries: AuthEntry[], fromDomain: string | null, spf: SpfSummary, dkim: DkimSummary): DmarcSummary {
  const e = entries.find((x) => x.method === 'dmarc' && x.source === 'Authentication-Results');
  // Aligned when a pass is for the From domain's organisation; not aligned when every pass with a known
  // domain is for another one; unknown otherwise.
  const passes = [...(spf.result === 'pass' ? [spf.aligned] : []), ...dkim.signatures.filter((s) => s.result === 'pass').map((s) => s.aligned)];
  const alignedAny = passes.some((a) => a === true);
  const known = passes.some((a) => a === false);
  return {
    result: e?.result ?? null,
    fromDomain: domainOf(e?.props['header.from'] ?? null) ?? fromDomain,
    // Microsoft: action=quarantine; Gmail: "(p=REJECT sp=REJECT dis=NONE)" in the comment.
    policy: (e?.props.p ?? e?.props.action ?? (e?.comment ? /\bp=([A-Za-z]+)/.exec(e.comment)?.[1] : undefined) ?? null)?.toLowerCase() ?? null,
    aligned: fromDomain === null ? null : alignedAny ? true : known ? false : null,
  };
}

function summariseArc(entries: AuthEntry[]): ArcSummary {
  const arcResult = entries.find((x) => x.method === 'arc' && x.source === 'Authentication-Results');
  const arcEntries = entries.filter((x) => x.source === 'ARC-Authentication-Results');
  const instances = arcEntries.reduce((max, x) => Math.max(max, x.instance ?? 0), 0);
  const first = arcEntries.filter((x) => x.instance === 1);
  const pick = (method: string) => first.find((x) => x.method === method)?.result ?? null;
  return {
    result: arcResult?.result ?? (instances > 0 ? (entries.find((x) => x.method === 'arc' && x.source === 'ARC-Authentication-Results' && x.instance === instances)?.result ?? null) : null),
    instances,
    firstSeen: first.length > 0 ? { spf: pick('spf'), dkim: pick('dkim'), dmarc: pick('dmarc'), authserv: first[0]?.authserv ?? null } : null,
  };
}

export function readAuth(fields: readonly HeaderField[], fromDomain: string | null): AuthSummary {
  const entries: AuthEntry[] = [];
  // Topmost first: the receiving organisation's own verdicts come before anything added upstream.
  for (const f of fieldsNamed(fields, 'Authentication-Results')) entries.push(...parseAuthResults(f, 'Authentication-Results'));
  for (const f of fieldsNamed(fields, 'ARC-Authentication-Results')) entries.push(...parseAuthResults(f, 'ARC-Authentication-Results'));
  for (const f of fieldsNamed(fields, 'Received-SPF')) {
    const e = parseReceivedSpf(f);
    if (e) entries.push(e);
  }
  const signatures = fieldsNamed(fields, 'DKIM-Signature').map(parseDkimSignature);
  const spf = summariseSpf(entries, fromDomain);
  const dkim = summariseDkim(entries, signatures, fromDomain);
  const dmarc = summariseDmarc(entries, fromDomain, spf, dkim);
  const compauthEntry = entries.find((x) => x.method === 'compauth' && x.source === 'Authentication-Results');
  return {
    spf,
    dkim,
    dmarc,
    arc: summariseArc(entries),
    compauth: compauthEntry ? { result: compauthEntry.result, reason: compauthEntry.props.reason ?? null } : null,
    entries,
    signatures,
  };
}
