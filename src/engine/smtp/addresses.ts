/**
 * Small, bounded scanners for e-mail addresses and host names near a server reply. Each '@' is expanded
 * over at most a local part and a domain's worth of characters, so the cost stays linear.
 */

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

function isLocalChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ||
    c === 46 || c === 95 || c === 37 || c === 43 || c === 45 || c === 61 || c === 39
  );
}

function isDomainChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45;
}

export interface FoundAddress {
  address: string;
  start: number;
  /** Written after MAIL FROM: it is the sender, never the failed recipient. */
  sender: boolean;
}

const SENDER_MARKERS = ['mail from:', 'from=', 'sender:'];

function isSenderContext(text: string, start: number): boolean {
  let k = start;
  while (k > 0 && k > start - 4 && (text[k - 1] === '<' || text[k - 1] === ' ')) k--;
  const before = text.slice(Math.max(0, k - 10), k).toLowerCase();
  return SENDER_MARKERS.some((m) => before.endsWith(m));
}

/** Addresses in text[from, to), in order of appearance. */
export function findAddresses(text: string, from: number, to: number): FoundAddress[] {
  const found: FoundAddress[] = [];
  // Search a slice: indexOf on the whole text would run past `to` to the end of the input every call.
  const window = text.slice(from, to);
  const next = (k: number): number => {
    const i = window.indexOf('@', k - from);
    return i < 0 ? -1 : from + i;
  };
  let at = next(from);
  while (at >= 0 && at < to) {
    let l = at;
    while (l > from && at - l < MAX_LOCAL && isLocalChar(text.charCodeAt(l - 1))) l--;
    let r = at + 1;
    while (r < to && r - at <= MAX_DOMAIN && isDomainChar(text.charCodeAt(r))) r++;
    let local = text.slice(l, at);
    while (local.startsWith('.') || local.startsWith("'")) {
      local = local.slice(1);
      l++;
    }
    let domain = text.slice(at + 1, r);
    while (domain.endsWith('.') || domain.endsWith('-')) domain = domain.slice(0, -1);
    if (local.length > 0 && domain.includes('.') && !domain.startsWith('.')) {
      found.push({ address: `${local}@${domain}`, start: l, sender: isSenderContext(text, l) });
    }
    at = next(Math.max(r, at + 1));
  }
  return found;
}

const HOST_MARKER = /host |relay=/i;

function isHostChar(c: number): boolean {
  return isDomainChar(c) || c === 95;
}

/**
 * The host that answered, from "host mx.example.com[192.0.2.1] said:" (Postfix), "host mx.example.com
 * [192.0.2.1]" (Exim) or "relay=mx.example.com[...]" (Postfix logs).
 */
export function findRemoteHost(text: string, from: number, to: number): string | null {
  const window = text.slice(from, to);
  if (!HOST_MARKER.test(window)) return null; // most lines have neither: skip the lower-casing
  const lower = window.toLowerCase();
  for (const marker of ['host ', 'relay=']) {
    let k = lower.indexOf(marker);
    while (k >= 0) {
      const s = k + marker.length;
      let e = s;
      while (e < lower.length && e - s < MAX_DOMAIN && isHostChar(lower.charCodeAt(e))) e++;
      const host = text.slice(from + s, from + e).replace(/\.$/, '');
      if (host.includes('.') && /[a-z]/i.test(host)) return host;
      k = lower.indexOf(marker, k + 1);
    }
  }
  return null;
}
