import PostalMime from 'postal-mime';
import { htmlToText } from './html-text';

/**
 * Splits an input into the texts worth reading: the bounce's human-readable part and its
 * delivery-status part, never the returned original message (its numbers are the sender's content).
 * A segment is text[from, to); `raw` marks slices of the original input (their offsets are real).
 */
export interface Segment {
  text: string;
  from: number;
  to: number;
  raw: boolean;
  kind: 'text' | 'dsn';
}

export interface Segments {
  segments: Segment[];
  /** Where the returned original message starts in the input: highlighting stops there. */
  rawEnd: number;
}

const MESSAGE_HEADERS = new Set([
  'received', 'from', 'to', 'subject', 'date', 'return-path', 'message-id', 'delivered-to', 'content-type',
  'mime-version', 'x-failed-recipients', 'auto-submitted',
]);
const MAX_HEADER_LINES = 1000;

// Where bounce texts start quoting the original message. Literal alternatives only: the search is
// linear, and faster than lower-casing a 5 MB paste.
const ORIGINAL_MARKERS =
  /below this line is a copy of the message|this is a copy of the message|original message follows|original message headers|----- original message -----|content-type: message\/rfc822|content-type: text\/rfc822-headers/gi; // qmail, Exim, Sendmail, Exchange, MIME
// MIME parts that hold the returned message: everything a report needs comes before them (RFC 3462).
const RETURNED_PARTS = /content-type: message\/rfc822|content-type: text\/rfc822-headers/gi;
// postal-mime reads line by line (several microseconds a line): bounce parts are short, a pasted
// 5 MB attachment is not. Beyond these limits the rest is read as plain text.
const MIME_MAX_CHARS = 512 * 1024;
const MIME_MAX_LINES = 5000;

function firstMarker(text: string, markers: RegExp, from: number, to: number): number {
  markers.lastIndex = from;
  const m = markers.exec(text);
  return m && m.index < to ? m.index : to;
}

export function originalMessageStart(text: string, from: number, to: number): number {
  return firstMarker(text, ORIGINAL_MARKERS, from, to);
}

/** How much of a MIME input to hand to the parser. */
function mimeEnd(input: string): number {
  let end = Math.min(firstMarker(input, RETURNED_PARTS, 0, input.length), MIME_MAX_CHARS);
  let pos = 0;
  for (let n = 0; n < MIME_MAX_LINES; n++) {
    const nl = input.indexOf('\n', pos);
    if (nl < 0 || nl >= end) return end;
    pos = nl + 1;
  }
  end = Math.min(end, pos);
  return end;
}

interface HeaderBlock {
  bodyStart: number;
  names: Set<string>;
}

/** "Name: value" lines (folded lines allowed) up to an empty line, at the very start of the input. */
function headerBlock(input: string): HeaderBlock | null {
  const names = new Set<string>();
  let pos = input.startsWith('\uFEFF') ? 1 : 0;
  if (input.startsWith('From ', pos)) pos = input.indexOf('\n', pos) + 1; // mbox separator line
  if (pos <= 0 && input.startsWith('From ')) return null;
  for (let n = 0; n < MAX_HEADER_LINES && pos < input.length; n++) {
    let nl = input.indexOf('\n', pos);
    if (nl < 0) nl = input.length;
    const end = nl > pos && input.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    if (end === pos) return names.size > 0 ? { bodyStart: nl + 1, names } : null;
    const c = input.charCodeAt(pos);
    if (c === 32 || c === 9) {
      if (names.size === 0) return null;
    } else {
      const colon = input.indexOf(':', pos);
      if (colon <= pos || colon > end || colon - pos > 76) return null;
      const name = input.slice(pos, colon);
      if (!/^[!-9;-~]+$/.test(name)) return null;
      names.add(name.toLowerCase());
    }
    pos = nl + 1;
  }
  return null;
}

/** Bytes for the MIME parser: a string of only 0–255 code points is taken as raw bytes (a binary string). */
function toBytes(input: string): Uint8Array {
  let wide = false;
  for (let k = 0; k < input.length; k++) {
    if (input.charCodeAt(k) > 0xff) {
      wide = true;
      break;
    }
  }
  if (wide) return new TextEncoder().encode(input);
  const bytes = new Uint8Array(input.length);
  for (let k = 0; k < input.length; k++) bytes[k] = input.charCodeAt(k);
  return bytes;
}

function decodeAttachment(content: ArrayBuffer | Uint8Array | string): string {
  if (typeof content === 'string') return content;
  return new TextDecoder('utf-8').decode(content);
}

const DSN_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);

async function mimeSegments(input: string): Promise<Segment[]> {
  const email = await PostalMime.parse(toBytes(input), { forceRfc822Attachments: true, attachmentEncoding: 'arraybuffer' });
  const segments: Segment[] = [];
  const body = email.text !== undefined && email.text.trim().length > 0 ? email.text : htmlToText(email.html ?? '');
  if (body.length > 0) segments.push({ text: body, from: 0, to: originalMessageStart(body, 0, body.length), raw: false, kind: 'text' });
  for (const a of email.attachments) {
    if (DSN_TYPES.has(a.mimeType)) {
      const text = decodeAttachment(a.content);
      segments.push({ text, from: 0, to: text.length, raw: false, kind: 'dsn' });
    } else if (a.mimeType === 'text/plain' && a.disposition !== 'attachment') {
      const text = decodeAttachment(a.content);
      segments.push({ text, from: 0, to: originalMessageStart(text, 0, text.length), raw: false, kind: 'text' });
    }
  }
  return segments;
}

export async function splitSegments(input: string): Promise<Segments> {
  const rawEnd = firstMarker(input, ORIGINAL_MARKERS, 0, input.length);
  const block = headerBlock(input);
  const isMessage = block !== null && [...block.names].some((n) => MESSAGE_HEADERS.has(n));
  if (block && (block.names.has('content-type') || block.names.has('mime-version'))) {
    const end = mimeEnd(input);
    try {
      const segments = await mimeSegments(input.slice(0, end));
      const rest = firstMarker(input, ORIGINAL_MARKERS, end, input.length);
      if (end < rest) segments.push({ text: input, from: end, to: rest, raw: true, kind: 'text' });
      if (segments.length > 0) return { segments, rawEnd };
    } catch {
      // A malformed message is still text worth reading: fall through to the plain reading.
    }
  }
  const from = block && isMessage ? Math.min(block.bodyStart, input.length) : 0;
  const to = rawEnd >= from ? rawEnd : firstMarker(input, ORIGINAL_MARKERS, from, input.length);
  return { segments: [{ text: input, from, to, raw: true, kind: 'text' }], rawEnd };
}
