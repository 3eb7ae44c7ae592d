// RFC 2047 encoded words ("=?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=") in Subject and From display names.

const ENCODED_WORD = /=\?([^?\s]{1,40})\?([BbQq])\?([^?\s]*)\?=/g;

function base64Bytes(text: string): Uint8Array | null {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  try {
    const bin = atob(clean + '='.repeat((4 - (clean.length % 4)) % 4));
    const out = new Uint8Array(bin.length);
    for (let k = 0; k < bin.length; k++) out[k] = bin.charCodeAt(k);
    return out;
  } catch {
    return null;
  }
}

function qBytes(text: string): Uint8Array {
  const out: number[] = [];
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === '_') out.push(0x20);
    else if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(k + 1, k + 3))) {
      out.push(parseInt(text.slice(k + 1, k + 3), 16));
      k += 2;
    } else out.push(text.charCodeAt(k) & 0xff);
  }
  return Uint8Array.from(out);
}

function decodeBytes(bytes: Uint8Array, charset: string): string | null {
  // RFC 2231 language suffix: "UTF-8*ja".
  const label = charset.split('*')[0]?.toLowerCase() ?? '';
  try {
    return new TextDecoder(label === 'iso-2022-jp-ms' ? 'iso-2022-jp' : label).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes the encoded words in a header value. Words whose charset is unknown stay as written;
 * whitespace between two adjacent encoded words is dropped, as the RFC requires.
 */
export function decodeWords(value: string): string {
  if (!value.includes('=?')) return value;
  let out = '';
  let last = 0;
  let previousWasWord = false;
  for (const m of value.matchAll(ENCODED_WORD)) {
    const between = value.slice(last, m.index);
    if (!(previousWasWord && between.trim() === '')) out += between;
    const [, charset = '', enc = '', text = ''] = m;
    const bytes = enc.toUpperCase() === 'B' ? base64Bytes(text) : qBytes(text);
    const decoded = bytes === null ? null : decodeBytes(bytes, charset);
    out += decoded ?? m[0];
    previousWasWord = decoded !== null;
    last = m.index + m[0].length;
  }
  return out + value.slice(last);
}
