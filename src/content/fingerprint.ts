/**
 * A short fingerprint of a content file's text, the same in the build (Node) and in the browser: a 53-bit
 * hash (cyrb53) of the UTF-16 code units, in base 36. It only answers "is this the text the page was built
 * from?" — a file an operator edited after the build gets another fingerprint and is checked again; no
 * security rests on it. Hashing a 50 KB page takes well under a millisecond, much less than loading the
 * schemas and the Markdown parser to check a file that did not change.
 */
export function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
