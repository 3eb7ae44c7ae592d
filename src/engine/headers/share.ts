// What a share link carries: only the header fields the analyser reads, rebuilt from what it parsed (no
// body, no Subject text, no Message-ID, no signatures). By default every host name, address and IP is
// replaced by a stand-in that keeps the structure the analysis needs (the same host is always the same
// stand-in, hosts of one organisation share one stand-in domain, so alignment and "held at" still read
// right); the names of large mail providers stay, as they identify no one.

import { orgDomain } from './domains';
import { fieldsNamed, scanFields } from './fields';
import { parseReceived } from './received';
import { decodeWords } from './rfc2047';

const SPAM_FIELDS = ['X-MS-Exchange-Organization-SCL', 'X-Spam-Status', 'X-Spam-Score', 'X-Spam-Flag', 'X-Spam-Level', 'X-Spam', 'X-Spamd-Result', 'X-Rspamd-Action', 'X-Spam-Action'];
const AUTH_FIELDS = ['Authentication-Results', 'ARC-Authentication-Results', 'Received-SPF'];

/** Organisations whose host names are shown as they are: they say which provider, not who. */
const PUBLIC_ORGS = new Set([
  'google.com', 'gmail.com', 'googlemail.com', 'outlook.com', 'office365.com', 'hotmail.com', 'live.com', 'microsoft.com',
  'yahoo.com', 'yahoo.co.jp', 'yahoodns.net', 'icloud.com', 'me.com', 'apple.com', 'amazonses.com', 'amazonaws.com',
  'sendgrid.net', 'mailgun.org', 'mcsv.net', 'rsgsv.net', 'mandrillapp.com', 'sparkpostmail.com', 'mtasv.net',
  'docomo.ne.jp', 'ezweb.ne.jp', 'au.com', 'softbank.ne.jp', 'softbank.jp', 'rakuten.jp',
]);

/** Maximum number of hops a share link carries (the newest are kept, as in the analysis). */
export const MAX_SHARED_HOPS = 40;

// Bounded repetitions only (at most 10 labels), so a long dotted run cannot make the scan quadratic.
const HOST = /\b(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,10}[A-Za-z]{1,24}\b\.?/g;
// The local part may hold "=" (VERP bounce addresses) but does not end with one ("header.i=@example.jp").
const EMAIL = /[A-Za-z0-9._%+=-]{0,127}[A-Za-z0-9_%+-]@((?:[A-Za-z0-9-]{1,63}\.){1,10}[A-Za-z]{2,24})/g;
/** A property name glued to an address by the EMAIL pattern ("smtp.mailfrom=", "envelope-from="). */
const PROPERTY = /^(?:(?:smtp|header|policy)\.[a-z-]{1,20}|envelope-from|sender)=/i;
/** Longest field value a share link carries. */
const MAX_FIELD = 4096;
const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/g;
const IPV6 = /\b[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7}\b/g;

class Redactor {
  private orgs = new Map<string, string>();
  private hosts = new Map<string, string>();
  private ips = new Map<string, string>();
  private standIns = new Set<string>();

  host(name: string): string {
    const clean = name.replace(/\.$/, '').toLowerCase();
    if (this.standIns.has(clean)) return name; // already replaced (an address's domain)
    const labels = clean.split('.');
    if (labels.length < 2 || /^\d+$/.test(labels[labels.length - 1] ?? '')) return name;
    const org = orgDomain(clean);
    if (PUBLIC_ORGS.has(org)) return name;
    let orgStandIn = this.orgs.get(org);
    if (orgStandIn === undefined) {
      orgStandIn = `org${this.orgs.size + 1}.example`;
      this.orgs.set(org, orgStandIn);
      this.standIns.add(orgStandIn);
    }
    if (clean === org) return orgStandIn;
    let standIn = this.hosts.get(clean);
    if (standIn === undefined) {
      standIn = `host${this.hosts.size + 1}.${orgStandIn}`;
      this.hosts.set(clean, standIn);
      this.standIns.add(standIn);
    }
    return standIn;
  }

  ip(address: string, v6: boolean): string {
    if (address.startsWith('127.') || address === '::1') return address;
    let standIn = this.ips.get(address);
    if (standIn === undefined) {
      const n = this.ips.size + 1;
      standIn = v6 ? `2001:db8::${n.toString(16)}` : `192.0.2.${n % 255}`;
      this.ips.set(address, standIn);
    }
    return standIn;
  }

  /** Every address, IP and host name in a text. Linear: each pattern is one pass without backtracking into itself. */
  text(value: string): string {
    return value
      // "smtp.mailfrom=user@example.jp": the property name is not part of the address.
      .replace(EMAIL, (m: string, domain: string) => `${PROPERTY.exec(m)?.[0] ?? ''}user@${this.host(domain)}`)
      .replace(IPV6, (m) => (m.includes('::') || m.split(':').length >= 4 ? this.ip(m.toLowerCase(), true) : m))
      .replace(IPV4, (m) => this.ip(m, false))
      // "smtp.mailfrom=", "header.from=": property names, not hosts.
      .replace(HOST, (m, offset: number, all: string) => (all[offset + m.length] === '=' ? m : this.host(m)));
  }
}

function line(name: string, value: string): string {
  return `${name}: ${value.replace(/\s+/g, ' ').trim()}`;
}

/**
 * The header text a share link carries. `includeHosts` keeps host names, addresses, IPs and the Received
 * ids and "for" clauses as they were.
 */
export function shareableHeaders(input: string, includeHosts: boolean): string {
  const { received, rest } = shareableLines(input, includeHosts);
  return [...received, ...rest].join('\n');
}

function shareableLines(input: string, includeHosts: boolean): { received: string[]; rest: string[] } {
  const { fields } = scanFields(input);
  const r = new Redactor();
  const keep = (value: string) => (includeHosts ? value.slice(0, MAX_FIELD) : r.text(value.slice(0, MAX_FIELD)));
  const out: string[] = [];
  const received = fieldsNamed(fields, 'Received').slice(0, MAX_SHARED_HOPS);
  for (const f of received) {
    const c = parseReceived(f.value);
    const parts: string[] = [];
    if (c.from !== null) {
      const detail = [c.fromRdns, c.fromIp === null ? null : `[${c.fromIp}]`].filter((x) => x !== null).join(' ');
      parts.push(`from ${c.from}${detail ? ` (${detail})` : ''}${c.helo ? ` (helo=${c.helo})` : ''}`);
    }
    if (c.by !== null) parts.push(`by ${c.by}`);
    if (c.with !== null) parts.push(`with ${c.with}`);
    if (includeHosts && c.id !== null) parts.push(`id ${c.id}`);
    if (includeHosts && c.for !== null) parts.push(`for <${c.for}>`);
    if (c.via !== null) parts.push(`via ${c.via}`);
    out.push(line('Received', `${keep(parts.join(' '))}; ${c.dateText ?? ''}`));
  }
  const hops = out.length;
  const from = fieldsNamed(fields, 'From')[0];
  if (from) {
    const address = /<([^<>\s]+@[^<>\s]+)>/.exec(decodeWords(from.value))?.[1] ?? /[^\s<>"(),;:]+@[^\s<>"(),;:]+/.exec(from.value)?.[0];
    if (address) out.push(line('From', includeHosts ? `<${address}>` : `<user@${r.host(address.slice(address.lastIndexOf('@') + 1))}>`));
  }
  const date = fieldsNamed(fields, 'Date')[0];
  if (date) out.push(line('Date', date.value));
  // A spam tag at the start of the Subject is a verdict; the rest of the Subject is private.
  const subject = fieldsNamed(fields, 'Subject')[0];
  const tag = subject ? /^\s*(\[[^\]]{1,20}\]|\*{3}\s*spam\s*\*{3})/i.exec(decodeWords(subject.value))?.[1] : undefined;
  if (tag) out.push(line('Subject', tag));
  for (const name of AUTH_FIELDS) for (const f of fieldsNamed(fields, name)) out.push(line(name, keep(f.value.replace(/\bheader\.b=[^;\s]+/g, ''))));
  for (const f of fieldsNamed(fields, 'DKIM-Signature')) {
    const tags = Object.fromEntries(f.value.split(';').map((p) => p.split('=').map((x) => x.trim())).filter((p) => p[0] === 'd' || p[0] === 's'));
    out.push(line('DKIM-Signature', keep(`d=${tags.d ?? ''}; s=${tags.s ?? ''}`)));
  }
  const forefront = fieldsNamed(fields, 'X-Forefront-Antispam-Report')[0];
  if (forefront) {
    // CIP, H and PTR name the sending server: dropped unless the reader includes host names.
    const kept = forefront.value.split(';').filter((p) => includeHosts || !/^\s*(CIP|H|PTR)\s*:/i.test(p));
    out.push(line('X-Forefront-Antispam-Report', kept.join(';')));
  }
  const bcl = fieldsNamed(fields, 'X-Microsoft-Antispam')[0];
  const bclValue = bcl ? /\bBCL:\s*(\d+)/i.exec(bcl.value)?.[1] : undefined;
  if (bclValue !== undefined) out.push(line('X-Microsoft-Antispam', `BCL:${bclValue};`));
  const delivery = fieldsNamed(fields, 'X-Microsoft-Antispam-Mailbox-Delivery')[0];
  const dest = delivery ? /\bdest:\s*([A-Za-z])/i.exec(delivery.value)?.[1] : undefined;
  if (dest !== undefined) out.push(line('X-Microsoft-Antispam-Mailbox-Delivery', `dest:${dest};`));
  for (const name of SPAM_FIELDS) for (const f of fieldsNamed(fields, name).slice(0, 1)) out.push(line(name, keep(f.value)));
  return { received: out.slice(0, hops), rest: out.slice(hops) };
}

/** Length of the base64url (unpadded) form of `bytes` bytes. */
function base64UrlLength(bytes: number): number {
  return Math.floor(bytes / 3) * 4 + [0, 2, 3][bytes % 3]!;
}

export interface FittedShare {
  /** The header text the link carries. */
  text: string;
  /** The link's fragment value (encodeShared(text)). */
  encoded: string;
  /** Received hops left out (the oldest) so that the link fits. */
  omittedHops: number;
  /** Other fields left out (from the end: spam verdicts first, then authentication) so that the link fits. */
  omittedFields: number;
}

/**
 * The share text cut to fit a link of at most `maxEncoded` characters of fragment value: the oldest hops
 * go first (the analysis keeps the newest too), then the last fields. Lengths are computed, not tried, so a
 * 2 MB header block costs one pass.
 */
export function fitShareableHeaders(input: string, includeHosts: boolean, maxEncoded: number): FittedShare {
  const { received, rest } = shareableLines(input, includeHosts);
  const encoder = new TextEncoder();
  const lines = [...received, ...rest];
  // Prefix sums of the UTF-8 sizes: every candidate's size is then O(1), whatever the number of fields.
  const prefix = [0];
  for (const l of lines) prefix.push((prefix.at(-1) ?? 0) + encoder.encode(l).length);
  const sum = (from: number, to: number) => (prefix[to] ?? 0) - (prefix[from] ?? 0);
  // Which lines to keep: the first `keepHops` hops and the first `keepRest` other fields (joined by "\n").
  const size = (keepHops: number, keepRest: number) =>
    base64UrlLength(sum(0, keepHops) + sum(received.length, received.length + keepRest) + Math.max(0, keepHops + keepRest - 1));
  let keepHops = received.length;
  let keepRest = rest.length;
  while (keepHops > 0 && size(keepHops, keepRest) > maxEncoded) keepHops--;
  while (keepRest > 0 && size(keepHops, keepRest) > maxEncoded) keepRest--;
  const text = [...received.slice(0, keepHops), ...rest.slice(0, keepRest)].join('\n');
  return { text, encoded: encodeShared(text), omittedHops: received.length - keepHops, omittedFields: rest.length - keepRest };
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let k = 0; k < bytes.length; k += 0x8000) bin += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The share link's fragment value: the text as UTF-8 in base64url. */
export function encodeShared(text: string): string {
  return toBase64Url(new TextEncoder().encode(text));
}

/** The text of a share fragment, or null when it is not one (cut short, retyped, …). */
export function decodeShared(value: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(value) || value.length === 0) return null;
  try {
    const bin = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
