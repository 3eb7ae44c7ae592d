// The message header analyser: a pasted header block or a whole message in, data and codes out.
// Pure TypeScript (no DOM), linear in the size of the header block; the body is never read.

import { readAuth } from './auth';
import { conclude } from './conclude';
import { parseHeaderDate } from './dates';
import { domainOf } from './domains';
import { fieldsNamed, scanFields } from './fields';
import type { HeaderField } from './fields';
import { parseReceived } from './received';
import { decodeWords } from './rfc2047';
import { readSpam } from './spam';
import type { HeaderAnalysis, HeaderNotice, Hop } from './types';

/** More Received fields than any real message has (MTAs stop at 50–100 hops); the newest are kept. */
export const MAX_HOPS = 300;

function readFrom(fields: readonly HeaderField[]): HeaderAnalysis['from'] {
  const raw = fieldsNamed(fields, 'From')[0]?.value;
  if (raw === undefined) return { address: null, domain: null, display: null };
  const value = decodeWords(raw).slice(0, 2048);
  const angle = /<([^<>\s]+@[^<>\s]+)>/.exec(value);
  const bare = angle ? null : /([^\s<>"(),;:]+@[^\s<>"(),;:]+)/.exec(value);
  const address = angle?.[1] ?? bare?.[1] ?? null;
  const display = angle ? value.slice(0, angle.index).trim().replace(/^"|"$/g, '') || null : null;
  return { address, domain: domainOf(address), display };
}

function buildHops(received: readonly HeaderField[]): Hop[] {
  // Received fields are prepended by each server: the last one in the block is the oldest hop.
  const hops: Hop[] = [];
  for (let k = received.length - 1; k >= 0; k--) {
    const field = received[k] as HeaderField;
    const c = parseReceived(field.value);
    hops.push({
      index: hops.length + 1,
      from: c.from,
      fromIp: c.fromIp,
      fromRdns: c.fromRdns,
      helo: c.helo,
      by: c.by,
      with: c.with,
      id: c.id,
      for: c.for,
      via: c.via,
      date: c.time === null ? null : new Date(c.time).toISOString(),
      time: c.time,
      dateText: c.dateText,
      dateProblem: c.dateProblem,
      delaySeconds: null,
      clockSkew: false,
      raw: field.value.length > 2000 ? `${field.value.slice(0, 2000)}…` : field.value,
    });
  }
  let previous: number | null = null;
  for (const hop of hops) {
    if (hop.time === null) continue;
    if (previous !== null) {
      hop.delaySeconds = Math.round(hop.time - previous) / 1000;
      hop.clockSkew = hop.delaySeconds < 0;
    }
    previous = hop.time;
  }
  return hops;
}

/**
 * A positive step followed by a negative one of about the same size is one server's clock running ahead,
 * not time spent: such a hop is not called the slowest.
 */
function cancelledBySkew(hops: readonly Hop[], hop: Hop): boolean {
  const next = hops.slice(hop.index).find((h) => h.time !== null);
  if (!next || next.delaySeconds === null || next.delaySeconds >= 0 || hop.delaySeconds === null) return false;
  return -next.delaySeconds >= hop.delaySeconds * 0.8;
}

export function analyseHeaders(input: string): HeaderAnalysis {
  const notices: HeaderAnalysis['notices'] = [];
  const note = (code: HeaderNotice, count?: number) => notices.push(count === undefined ? { code } : { code, count });
  if (input.trim() === '') note('empty');
  const scan = scanFields(input);
  if (scan.binary) note('binary');
  if (scan.truncated) note('truncated');
  if (scan.fields.length === 0 && input.trim() !== '') note('no-headers');
  if (scan.invalidLines > 0) note('invalid-lines', scan.invalidLines);
  if (scan.orphanContinuations > 0) note('orphan-continuation', scan.orphanContinuations);

  const allReceived = fieldsNamed(scan.fields, 'Received');
  if (allReceived.length === 0 && scan.fields.length > 0) note('no-received');
  if (allReceived.length > MAX_HOPS) note('too-many-hops', allReceived.length);
  const hops = buildHops(allReceived.slice(0, MAX_HOPS));
  const undated = hops.filter((h) => h.dateProblem === 'unparseable' || h.dateProblem === 'missing').length;
  if (undated > 0) note('unparseable-dates', undated);

  const dated = hops.filter((h) => h.time !== null);
  const firstTime = dated[0]?.time ?? null;
  const lastTime = dated[dated.length - 1]?.time ?? null;
  const totalSeconds = dated.length >= 2 && firstTime !== null && lastTime !== null ? Math.round(lastTime - firstTime) / 1000 : null;
  let slowestHop: number | null = null;
  let slowest = 0;
  for (const h of hops) {
    if (h.delaySeconds !== null && h.delaySeconds > slowest && !cancelledBySkew(hops, h)) {
      slowest = h.delaySeconds;
      slowestHop = h.index;
    }
  }

  const dateText = fieldsNamed(scan.fields, 'Date')[0]?.value ?? null;
  const parsedDate = dateText === null ? null : parseHeaderDate(dateText);
  const submitDelaySeconds = parsedDate !== null && firstTime !== null ? Math.round(firstTime - parsedDate.time) / 1000 : null;

  const from = readFrom(scan.fields);
  const subjectRaw = fieldsNamed(scan.fields, 'Subject')[0]?.value;
  const subject = subjectRaw === undefined ? null : decodeWords(subjectRaw).slice(0, 1000);
  const auth = readAuth(scan.fields, from.domain);
  const spam = readSpam(scan.fields, subject);
  const conclusion = scan.fields.length === 0 ? [] : conclude(hops, slowestHop, totalSeconds, submitDelaySeconds, auth, spam, from.domain);

  return {
    hops,
    totalSeconds,
    slowestHop,
    messageDate: {
      date: parsedDate === null ? null : new Date(parsedDate.time).toISOString(),
      time: parsedDate?.time ?? null,
      text: dateText,
      submitDelaySeconds,
    },
    from,
    subject,
    auth,
    spam,
    conclusion,
    notices,
    stats: { fields: scan.fields.length, received: allReceived.length, headerChars: scan.headerChars },
  };
}
