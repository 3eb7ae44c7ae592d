// Domains for DMARC alignment. Relaxed alignment compares organisational domains (RFC 7489 §3.2), which
// properly needs the Public Suffix List; this keeps the suffixes that matter for mail seen in Japan and
// the common two-level ones, and says so in its result (docs/decisions.md).

const TWO_LEVEL_SUFFIXES = new Set([
  // Japan (JPRS attribute-type and general-use second levels).
  'co.jp', 'ne.jp', 'or.jp', 'ac.jp', 'ad.jp', 'ed.jp', 'go.jp', 'gr.jp', 'lg.jp',
  // Prefecture-type second levels used by many local businesses.
  'tokyo.jp', 'osaka.jp', 'kyoto.jp', 'hokkaido.jp', 'kanagawa.jp', 'aichi.jp', 'fukuoka.jp', 'hyogo.jp', 'saitama.jp', 'chiba.jp',
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'ltd.uk', 'plc.uk', 'me.uk', 'net.uk',
  'com.au', 'net.au', 'org.au', 'edu.au', 'gov.au',
  'co.nz', 'org.nz', 'co.kr', 'or.kr', 'ne.kr', 'com.cn', 'net.cn', 'org.cn', 'com.tw', 'com.hk', 'com.sg', 'com.br', 'co.in', 'co.za', 'com.mx',
]);

export function normaliseDomain(domain: string | null | undefined): string | null {
  if (domain === null || domain === undefined) return null;
  const d = domain.trim().toLowerCase().replace(/^@/, '').replace(/\.$/, '');
  return /^[a-z0-9_](?:[a-z0-9_.-]{0,251}[a-z0-9])?$/.test(d) && d.includes('.') ? d : null;
}

/** The organisational domain: "mail.example.co.jp" → "example.co.jp", "bounces.example.com" → "example.com". */
export function orgDomain(domain: string): string {
  const labels = domain.split('.');
  if (labels.length <= 2) return domain;
  const lastTwo = labels.slice(-2).join('.');
  return TWO_LEVEL_SUFFIXES.has(lastTwo) ? labels.slice(-3).join('.') : lastTwo;
}

/** Relaxed alignment: same organisational domain. */
export function aligned(a: string | null, b: string | null): boolean | null {
  const x = normaliseDomain(a);
  const y = normaliseDomain(b);
  if (x === null || y === null) return null;
  return orgDomain(x) === orgDomain(y);
}

/** The domain of an address ("user@example.com", "<user@example.com>", "example.com"). */
export function domainOf(addressOrDomain: string | null | undefined): string | null {
  if (!addressOrDomain) return null;
  const t = addressOrDomain.replace(/^<|>$/g, '');
  const at = t.lastIndexOf('@');
  return normaliseDomain(at >= 0 ? t.slice(at + 1) : t);
}

/** Sending services whose envelope domain is their own unless the sender sets up a custom one. */
const SENDING_SERVICES: readonly [string, string][] = [
  ['amazonses.com', 'amazon-ses'],
  ['sendgrid.net', 'sendgrid'],
  ['mailgun.org', 'mailgun'],
  ['mcsv.net', 'mailchimp'],
  ['mcdlv.net', 'mailchimp'],
  ['rsgsv.net', 'mailchimp'],
  ['mandrillapp.com', 'mailchimp'],
  ['sparkpostmail.com', 'sparkpost'],
  ['mailjet.com', 'mailjet'],
  ['pm.mtasv.net', 'postmark'],
];

/** The sending service a domain belongs to ("amazonses.com" → "amazon-ses"), or null. */
export function sendingService(domain: string | null): string | null {
  const d = normaliseDomain(domain);
  if (d === null) return null;
  for (const [suffix, id] of SENDING_SERVICES) if (d === suffix || d.endsWith(`.${suffix}`)) return id;
  return null;
}
