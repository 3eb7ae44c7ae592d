// A share link's header block, over every fixture (real corpus headers and the provider forms): without
// host names it names no private host, address or IP, yet reproduces the same analysis.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseHeaders } from '../../../../src/engine/headers/analyse';
import { decodeShared, encodeShared, shareableHeaders } from '../../../../src/engine/headers/share';

const DIR = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'headers');
const FILES = ['corpus', 'forms'].flatMap((d) => readdirSync(join(DIR, d)).filter((f) => f.endsWith('.txt')).map((f) => join(d, f)));

const summary = (text: string) => {
  const a = analyseHeaders(text);
  return {
    hops: a.hops.length,
    delays: a.hops.map((h) => h.delaySeconds),
    slowest: a.slowestHop,
    total: a.totalSeconds,
    conclusion: a.conclusion.map((c) => c.code),
    auth: [a.auth.spf.result, a.auth.spf.aligned, a.auth.dkim.result, a.auth.dkim.aligned, a.auth.dmarc.result, a.auth.dmarc.aligned, a.auth.arc.result],
    spam: [a.spam.verdict, a.spam.scl, a.spam.bcl, a.spam.score],
  };
};

/** Private names in a fixture: every host (not of a large provider), IPv4 address and mailbox. */
function privateNames(text: string): string[] {
  const hosts = [...text.matchAll(/\b(?:[a-z0-9-]+\.)+(?:com|net|org|jp|uk|de|tld|local|invalid|c)\b/gi)].map((m) => m[0].toLowerCase());
  const providers = /(google|gmail|outlook|office365|yahoo|amazonses|amazonaws|sendgrid|hotmail)\.(com|net|co\.jp)$/;
  return [...new Set(hosts.filter((h) => !providers.test(h) && h.split('.').length >= 2 && !/^(smtp|header)\./.test(h)))];
}

describe('share links', () => {
  it.each(FILES)('%s: same analysis from the stand-in block, and none of its private names', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const shared = shareableHeaders(text, false);
    expect(summary(shared)).toEqual(summary(text));
    const lower = shared.toLowerCase();
    for (const name of privateNames(text)) expect(lower, name).not.toContain(name);
    for (const ip of text.match(/\b(?:\d{1,3}\.){3}\d{1,3}\b/g) ?? []) if (!ip.startsWith('127.')) expect(shared).not.toMatch(new RegExp(`\\b${ip.replace(/\./g, '\\.')}\\b`));
    // Including host names keeps them, and still reproduces the analysis.
    const full = shareableHeaders(text, true);
    expect(summary(full)).toEqual(summary(text));
    expect(decodeShared(encodeShared(full))).toBe(full);
  });

  it('a damaged fragment is refused, not misread', () => {
    expect(decodeShared('%%%')).toBeNull();
    expect(decodeShared('')).toBeNull();
    expect(decodeShared('_w')).toBeNull(); // not UTF-8
  });
});
