/**
 * Text for analyse() from the bytes of a file (CLI, a dropped .eml). UTF-8 when the bytes are valid
 * UTF-8; otherwise each byte becomes one character (a "binary string"), which analyse() hands to the
 * MIME parser byte for byte, so 8-bit Shift_JIS or ISO-8859-1 parts are decoded by their own charset.
 */
export function decodeInputBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let out = '';
    const CHUNK = 0x8000;
    for (let k = 0; k < bytes.length; k += CHUNK) {
      out += String.fromCharCode(...bytes.subarray(k, k + CHUNK));
    }
    return out;
  }
}

/** How much of the start of a file the binary check reads: enough to tell a text file from a binary one. */
const BINARY_SAMPLE = 64 * 1024;
/** Share of control bytes above which a file is not text (random bytes hold about 12 %, e-mail text 0 %). */
const BINARY_RATIO = 0.01;

/**
 * Whether bytes are not text, judged on the bytes themselves before any decoding: C0 control bytes other
 * than tab, line feed, form feed, carriage return and ESC (which ISO-2022-JP uses), and DEL, never occur in
 * e-mail text in any charset (UTF-8, Shift_JIS, EUC-JP, ISO-2022-JP, ISO-8859-x). Decoded as Latin-1, random
 * bytes would look like text with a few odd letters (and could even yield a "code"), so the check must come
 * first.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, BINARY_SAMPLE);
  let control = 0;
  for (let k = 0; k < sample; k++) {
    const b = bytes[k] ?? 0;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) control++;
  }
  return sample > 0 && control / sample > BINARY_RATIO;
}
