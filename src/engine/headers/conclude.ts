// The conclusion: where the time went, whether authentication passed and aligned, and why the message
// was likely filtered, as codes with the numbers and names each sentence needs.

import { orgDomain, normaliseDomain, sendingService } from './domains';
import { CONCLUSION_TARGETS } from './guide-targets';
import type { AuthSummary, Conclusion, ConclusionCode, Hop, SpamSummary } from './types';

/** A hop slower than this is reported as where the time went. */
export const SLOW_HOP_SECONDS = 5 * 60;
/** A wait between Date: and the first stamp longer than this is reported. */
export const SLOW_SUBMIT_SECONDS = 10 * 60;
/** Greylisting makes the sender retry after minutes: typical first retries come 1 to 60 minutes later. */
const GREYLIST_MIN = 60;
const GREYLIST_MAX = 60 * 60;

function make(code: ConclusionCode, severity: Conclusion['severity'], data: Conclusion['data'] = {}): Conclusion {
  return { code, severity, data, link: CONCLUSION_TARGETS[code] };
}

function org(host: string | null): string | null {
  const d = normaliseDomain(host);
  return d === null ? null : orgDomain(d);
}

function timing(hops: Hop[], slowest: number | null, total: number | null, submitDelay: number | null): Conclusion[] {
  const out: Conclusion[] = [];
  if (hops.length === 0) return [make('no-received', 'warn')];
  if (hops.every((h) => h.time === null)) out.push(make('no-dates', 'warn', { hops: hops.length }));
  if (submitDelay !== null && submitDelay >= SLOW_SUBMIT_SECONDS) {
    out.push(make('waited-before-sending', 'problem', { seconds: submitDelay, host: hops[0]?.by ?? null }));
  }
  const slow = slowest === null ? undefined : hops[slowest - 1];
  if (slow && slow.delaySeconds !== null && slow.delaySeconds >= SLOW_HOP_SECONDS) {
    const previous = hops.slice(0, slowest === null ? 0 : slowest - 1).reverse().find((h) => h.time !== null) ?? null;
    // The mail was held by the previous hop's receiver (its queue) before this hop's receiver took it.
    const heldAt = previous?.by ?? slow.from;
    out.push(
      make('slow-hop', 'problem', {
        hop: slow.index,
        seconds: slow.delaySeconds,
        heldAt: heldAt ?? null,
        receivedBy: slow.by,
        share: total !== null && total >= slow.delaySeconds ? Math.round((slow.delaySeconds / total) * 100) : null,
      }),
    );
    // Crossing into another organisation after 1–60 minutes: the receiving server probably said "try later".
    const crossed = org(heldAt) !== null && org(slow.by) !== null && org(heldAt) !== org(slow.by);
    if (crossed && slow.delaySeconds >= GREYLIST_MIN && slow.delaySeconds <= GREYLIST_MAX) {
      out.push(make('possible-greylisting', 'info', { hop: slow.index, seconds: slow.delaySeconds, receivedBy: slow.by }));
    }
  } else if (total !== null && total >= 0 && (submitDelay === null || submitDelay < SLOW_SUBMIT_SECONDS)) {
    out.push(make('fast', 'info', { seconds: total }));
  }
  const skewed = hops.filter((h) => h.clockSkew);
  if (skewed.length > 0) {
    const worst = skewed.reduce((a, b) => ((a.delaySeconds ?? 0) < (b.delaySeconds ?? 0) ? a : b));
    // The server whose clock is off is usually the one before the negative step (its stamp is too late).
    const before = hops.slice(0, worst.index - 1).reverse().find((h) => h.time !== null);
    out.push(make('clock-skew', 'info', { hops: skewed.length, hop: worst.index, seconds: worst.delaySeconds, host: before?.by ?? null, nextHost: worst.by }));
  }
  return out;
}

const FAILING = new Set(['fail', 'softfail', 'permerror', 'temperror']);

function authentication(auth: AuthSummary, fromDomain: string | null): Conclusion[] {
  const out: Conclusion[] = [];
  const { spf, dkim, dmarc, arc } = auth;
  const anything = spf.result !== null || dkim.result !== null || dmarc.result !== null || dkim.signatures.length > 0;
  if (!anything) return [make('no-auth', 'info')];
  const forwarded = arc.instances > 0 && (arc.firstSeen?.spf === 'pass' || arc.firstSeen?.dmarc === 'pass') && (spf.result === null || FAILING.has(spf.result));
  if (forwarded) out.push(make('forwarded', 'warn', { arc: arc.result, firstSeenBy: arc.firstSeen?.authserv ?? null, spf: spf.result }));
  if (spf.result !== null && FAILING.has(spf.result) && !forwarded) out.push(make('spf-fail', 'problem', { result: spf.result, domain: spf.domain }));
  if (dkim.result !== null && FAILING.has(dkim.result)) out.push(make('dkim-fail', 'problem', { result: dkim.result, domain: dkim.signatures.find((s) => s.result === dkim.result)?.domain ?? null }));
  const dmarcFailed = dmarc.result !== null && FAILING.has(dmarc.result);
  if (dmarcFailed) out.push(make('dmarc-fail', 'problem', { result: dmarc.result, fromDomain: dmarc.fromDomain, policy: dmarc.policy }));
  const somethingPassed = spf.result === 'pass' || dkim.signatures.some((s) => s.result === 'pass');
  if (somethingPassed && dmarc.aligned === false) {
    const passing = [spf.result === 'pass' ? spf.domain : null, ...dkim.signatures.filter((s) => s.result === 'pass').map((s) => s.domain)].filter((d): d is string => d !== null);
    const service = passing.map((d) => sendingService(d)).find((s) => s !== null) ?? null;
    out.push(make(service !== null ? 'sending-service-not-aligned' : 'not-aligned', dmarcFailed ? 'problem' : 'warn', { fromDomain, passedFor: passing[0] ?? null, service }));
  }
  if (out.length === 0 && (dmarc.result === 'pass' || dmarc.aligned === true)) {
    out.push(make('auth-ok', 'info', { fromDomain, spf: spf.result, dkim: dkim.result, dmarc: dmarc.result }));
  }
  return out;
}

function filtering(spam: SpamSummary): Conclusion[] {
  const junk = spam.items.some((i) => i.code === 'dest.J') ? [make('junk-folder', 'problem', {})] : [];
  const data = { scl: spam.scl, bcl: spam.bcl, sfv: spam.sfv, cat: spam.cat, score: spam.score, required: spam.required };
  switch (spam.verdict) {
    case 'spam':
    case 'high-confidence-spam':
      return [make('spam', 'problem', data), ...junk];
    case 'phish':
    case 'malware':
      return [make('phish', 'problem', data), ...junk];
    case 'bulk':
      return [make('bulk', 'warn', data)];
    case 'blocked-sender':
      return [make('blocked-sender', 'problem', data)];
    case 'allowed':
      return [make('allowed-sender', 'info', data)];
    case 'clean':
      return [make('not-filtered', 'info', data)];
    case 'unknown':
      return [];
  }
}

export function conclude(hops: Hop[], slowest: number | null, total: number | null, submitDelay: number | null, auth: AuthSummary, spam: SpamSummary, fromDomain: string | null): Conclusion[] {
  const all = [...timing(hops, slowest, total, submitDelay), ...authentication(auth, fromDomain), ...filtering(spam)];
  // A bulk level at or above Microsoft's default threshold (7) explains a junk verdict even with SFV:SPM.
  if (spam.bcl !== null && spam.bcl >= 7 && !all.some((c) => c.code === 'bulk')) all.push(make('bulk', 'warn', { bcl: spam.bcl }));
  return all;
}
