// Splits a pasted header block or a whole message into unfolded header fields (RFC 5322 §2.2.3).
// Reads only up to the first empty line (the body is never scanned) and at most MAX_HEADER_CHARS.
// Linear time: one pass over the characters, no backtracking regular expressions.

export interface HeaderField {
  name: string;
  /** Unfolded value: CRLF + WSP folds replaced by the WSP, outer whitespace trimmed. */
  value: string;
  /** 1-based line number where the field starts. */
  line: number;
}

export interface FieldScan {
  fields: HeaderField[];
  /** Lines that are neither a field nor a continuation (no "Name:"). */
  invalidLines: number;
  /** Continuation lines before any field (folded lines without a header name). */
  orphanContinuations: number;
  truncated: boolean;
  binary: boolean;
  headerChars: number;
}

/** Header blocks longer than this are cut (a real one is a few KB; 10,000 Received lines are ~1 MB). */
export const MAX_HEADER_CHARS = 2 * 1024 * 1024;

const NAME_CHAR = /^[\x21-\x39\x3b-\x7e]+$/;

function isBinary(sample: string): boolean {
  if (sample.length === 0) return false;
  let bad = 0;
  for (let k = 0; k < sample.length; k++) {
    const c = sample.charCodeAt(k);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd || c === 0x7f) bad++;
  }
  return bad / sample.length > 0.05;
}

/** The header block: from the first non-empty line up to the first empty line after it. */
function headerBlock(input: string): { text: string; truncated: boolean; firstLine: number } {
  let start = 0;
  let firstLine = 1;
  // Leading empty lines (a paste often starts with one).
  while (start < input.length) {
    const nl = input.indexOf('\n', start);
    const line = (nl < 0 ? input.slice(start) : input.slice(start, nl)).replace(/\r$/, '');
    if (line.trim() !== '') break;
    if (nl < 0) return { text: '', truncated: false, firstLine };
    start = nl + 1;
    firstLine++;
  }
  const limit = Math.min(input.length, start + MAX_HEADER_CHARS);
  let end = limit;
  const blank = /\r?\n[ \t]*\r?\n/g;
  blank.lastIndex = start;
  const m = blank.exec(input);
  if (m !== null && m.index < limit) end = m.index;
  return { text: input.slice(start, end), truncated: end === limit && limit < input.length && (m === null || m.index >= limit), firstLine };
}

export function scanFields(input: string): FieldScan {
  const block = headerBlock(input);
  const binary = isBinary(block.text.slice(0, 8192));
  const lines = block.text.split(/\r\n|\r|\n/);
  const fields: HeaderField[] = [];
  let invalidLines = 0;
  let orphanContinuations = 0;
  let current: { name: string; parts: string[]; line: number } | null = null;
  const flush = () => {
    if (current !== null) fields.push({ name: current.name, value: current.parts.join('').trim(), line: current.line });
    current = null;
  };
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] ?? '';
    const lineNo = block.firstLine + k;
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (current === null) orphanContinuations++;
      else (current as { parts: string[] }).parts.push(line);
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trimEnd() : '';
    if (colon <= 0 || name.length > 76 || !NAME_CHAR.test(name)) {
      // An mbox "From " separator at the very top is not an error.
      if (!(fields.length === 0 && current === null && line.startsWith('From '))) invalidLines++;
      flush();
      continue;
    }
    flush();
    current = { name, parts: [line.slice(colon + 1)], line: lineNo };
  }
  flush();
  return { fields, invalidLines, orphanContinuations, truncated: block.truncated, binary, headerChars: block.text.length };
}

/** Fields with this name (case-insensitive), in the order they appear (newest first for trace fields). */
export function fieldsNamed(fields: readonly HeaderField[], name: string): HeaderField[] {
  const lower = name.toLowerCase();
  return fields.filter((f) => f.name.toLowerCase() === lower);
}
