// Inputs built to hurt the header analyser's scanners (used by `npm run bench`): each is about 1 MB of
// what one scanner looks at, repeated without the structure that would end the scan early.

const SIZE = 1024 * 1024;

function fill(prefix: string, unit: string, suffix = ''): string {
  return `${prefix}${unit.repeat(Math.ceil((SIZE - prefix.length - suffix.length) / unit.length))}${suffix}`;
}

export const ADVERSARIAL_HEADERS: readonly { name: string; input: string }[] = [
  { name: 'Received: unclosed comments', input: fill('Received: from a ', '((((((((') },
  { name: 'Received: keywords only', input: fill('Received: ', 'from by with id for via ') },
  { name: 'Received: no ";", date-like tail', input: fill('Received: from a by b ', '1 Dec 2025 10:00 ') },
  { name: 'one folded Received, 1 MB', input: fill('Received: from a', '\n\tby b with c id d for <e@f>', '; 1 Dec 2025 00:00:00 +0000') },
  { name: '10,000 Received lines', input: Array.from({ length: 10_000 }, (_, k) => `Received: from h${k + 1}.example.net ([192.0.2.${k % 250}]) by h${k}.example.net with ESMTPS id ${k.toString(36)}; Mon, 1 Dec 2025 10:${String(k % 60).padStart(2, '0')}:00 +0900`).join('\n') },
  { name: 'Authentication-Results: 1 MB of ";"', input: fill('Authentication-Results: mx; ', 'spf=pass a=b; ') },
  { name: 'X-Spam-Status: 1 MB of tests', input: fill('X-Spam-Status: Yes, score=9 required=5 tests=', 'BAYES_99,') },
  { name: 'Subject: 1 MB of "=?"', input: fill('Subject: ', '=?UTF-8?B?') },
  { name: 'lines without a colon', input: fill('', 'not a header line\n') },
  { name: 'continuation lines without a header', input: fill('', '\tfolded\n') },
];

/** A block of `n` Received hops (oldest at the bottom), a few seconds apart, with auth and spam headers. */
export function hopBlock(n: number): string {
  const lines: string[] = [];
  const start = Date.UTC(2025, 11, 1, 1, 0, 0);
  for (let k = n; k >= 1; k--) {
    const t = new Date(start + k * 7000).toUTCString().replace('GMT', '+0000');
    lines.push(`Received: from relay${k - 1}.example.net (relay${k - 1}.example.net [198.51.100.${k % 250}])\n\tby relay${k}.example.net (Postfix) with ESMTPS id 4dLX${k}\n\tfor <taro@example.jp>; ${t}`);
  }
  return [
    ...lines,
    'Authentication-Results: mx.example.jp; spf=pass smtp.mailfrom=example.net; dkim=pass header.d=example.net header.s=s1; dmarc=pass header.from=example.net',
    'X-Spam-Status: No, score=-0.1 required=5.0 tests=DKIM_SIGNED,DKIM_VALID autolearn=ham',
    'From: =?UTF-8?B?5L6L?= <info@example.net>',
    'Subject: =?UTF-8?B?44GK55+l44KJ44Gb?=',
    'Date: Mon, 1 Dec 2025 01:00:00 +0000',
  ].join('\n');
}

/** A whole message of about `size` characters: a 20-hop header block and a base64 attachment. */
export function bigMessage(size: number): string {
  const head = `${hopBlock(20)}\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\n`;
  const line = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\n';
  return `${head}${line.repeat(Math.ceil((size - head.length) / line.length))}--b--\n`;
}
