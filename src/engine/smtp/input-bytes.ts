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
