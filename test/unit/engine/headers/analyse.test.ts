import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseHeaders, MAX_HOPS } from '../../../../src/engine/headers/analyse';
import { formatJst, formatUtc, parseHeaderDate } from '../../../../src/engine/headers/dates';
import { aligned, orgDomain } from '../../../../src/engine/headers/domains';
import { decodeWords } from '../../../../src/engine/headers/rfc2047';

const DIR = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'headers');
const read = (file: string) => analyseHeaders(readFileSync(join(DIR, file), 'utf8'));
const iso = (text: string) => {
  const d = parseHeaderDate(text);
  return d === null ? null : new Date(d.time).toISOString();
};

describe('dates in every common form', () => {
  it.each([
    ['Mon, 1 Dec 2025 10:02:03 +0900 (JST)', '2025-12-01T01:02:03.000Z'],
    ['1 Dec 2025 10:02:03 +0900', '2025-12-01T01:02:03.000Z'], // no weekday
    ['Tue,  2 Dec 2025 10:17:41 +0900', '2025-12-02T01:17:41.000Z'], // Postfix's double space
    ['Wed, 19 Sep 2012 03:23:41 PDT', '2012-09-19T10:23:41.000Z'], // named zone only
    ['Thu, 15 Oct 2009 07:46:17 -0700 (PDT)', '2009-10-15T14:46:17.000Z'],
    ['27 May 2006 21:34:25 -0000', '2006-05-27T21:34:25.000Z'],
    ['Sun, 22 Apr 2018 09:54:16.855 +0000 (UTC)', '2018-04-22T09:54:16.855Z'], // fractional seconds
    ['2018-04-22 02:54:17.028 +0000 UTC', '2018-04-22T02:54:17.028Z'], // Go / SendGrid
    ['2018-04-22 12:54:17.028503925 +0000 UTC', '2018-04-22T12:54:17.028Z'],
    ['2025-12-01T01:02:03Z', '2025-12-01T01:02:03.000Z'],
    ['2025-12-01T10:02:03+09:00', '2025-12-01T01:02:03.000Z'],
    ['Mon, 01 Dec 25 10:02 +0900', '2025-12-01T01:02:00.000Z'], // two-digit year, no seconds
    ['Fri, 10 Mar 2006 09:37:30 GMT', '2006-03-10T09:37:30.000Z'],
    ['Tue, 06 Jun 2006 14:54:53 EDT', '2006-06-06T18:54:53.000Z'],
    ['Tue Jun  6 14:54:53 2006', '2006-06-06T14:54:53.000Z'], // asctime, no zone (read as UTC)
  ])('%s', (text, want) => {
    expect(iso(text)).toBe(want);
  });

  it.each(['', 'yesterday', '31 Feb 2025 10:00:00 +0900', 'Mon, 1 Dec 2025 25:00:00 +0900', '1 Foo 2025 10:00:00 +0000', '1 Dec 2025 10:00:00 +9999'])('refuses %j', (text) => {
    expect(parseHeaderDate(text)).toBeNull();
  });

  it('shows a time in Japan time and in UTC', () => {
    const t = Date.UTC(2025, 11, 1, 16, 2, 3);
    expect(formatJst(t)).toBe('2025-12-02 01:02:03');
    expect(formatUtc(t)).toBe('2025-12-01 16:02:03');
  });
});

describe('RFC 2047 words', () => {
  it('decodes UTF-8 B and Q words, ISO-2022-JP, and joins adjacent words', () => {
    expect(decodeWords('=?UTF-8?B?5bGx55SwIOiKseWtkA==?= <a@example.jp>')).toBe('山田 花子 <a@example.jp>');
    expect(decodeWords('=?UTF-8?Q?=E3=81=94=E6=B3=A8=E6=96=87?= =?UTF-8?Q?=E3=81=AE=E7=A2=BA=E8=AA=8D?=')).toBe('ご注文の確認');
    expect(decodeWords('=?ISO-2022-JP?B?GyRCJDRDbUo4RmJNRiROM05HJxsoQg==?=')).toBe('ご注文内容の確認');
    expect(decodeWords('=?x-unknown?B?AAAA?= plain')).toBe('=?x-unknown?B?AAAA?= plain');
  });
});

describe('organisational domains and alignment', () => {
  it('knows Japanese and other two-level suffixes', () => {
    expect(orgDomain('mail.shop.example.co.jp')).toBe('example.co.jp');
    expect(orgDomain('bounces.example.com')).toBe('example.com');
    expect(aligned('ap-northeast-1.amazonses.com', 'shop.example.co.jp')).toBe(false);
    expect(aligned('news.example.co.jp', 'example.co.jp')).toBe(true);
  });
});

describe('authentication', () => {
  it("reads Microsoft's Authentication-Results (no authserv-id, compauth) and Received-SPF", () => {
    const a = read('forms/microsoft365-junk-spoof.txt');
    expect(a.auth.spf).toMatchObject({ result: 'fail', domain: 'bank.example.co.jp', aligned: true });
    expect(a.auth.dkim.signatures).toEqual([]);
    expect(a.auth.dmarc).toMatchObject({ result: 'fail', policy: 'quarantine', fromDomain: 'bank.example.co.jp' });
    expect(a.auth.compauth).toEqual({ result: 'fail', reason: '000' });
  });

  it('aligns DKIM d= with the From domain; an SES envelope domain passes SPF but does not align', () => {
    const a = read('forms/gmail-from-amazon-ses.txt');
    expect(a.from.domain).toBe('shop.example.co.jp');
    expect(a.auth.spf).toMatchObject({ result: 'pass', domain: 'ap-northeast-1.amazonses.com', aligned: false });
    expect(a.auth.dkim.signatures.map((s) => [s.domain, s.selector, s.result, s.aligned])).toEqual([
      ['shop.example.co.jp', 'k7x2p', 'pass', true],
      ['amazonses.com', 'zh4gjftm6etwoq6afzugpky45synznly', 'pass', false],
    ]);
    expect(a.auth.dmarc).toMatchObject({ result: 'pass', aligned: true, policy: 'none' });
    expect(a.conclusion.map((c) => c.code)).toContain('auth-ok');
  });

  it('a sending service that signs only with its own domain: DMARC fails, the conclusion names the service', () => {
    const a = read('forms/gmail-from-sendgrid-delayed.txt');
    expect(a.auth.dmarc).toMatchObject({ result: 'fail', aligned: false, policy: 'quarantine' });
    const c = a.conclusion.find((x) => x.code === 'sending-service-not-aligned');
    expect(c?.data).toMatchObject({ fromDomain: 'example.jp', passedFor: 'sendgrid.net', service: 'sendgrid' });
    expect(c?.link).toEqual({ page: 'web-forms', section: 'sending-service' });
  });

  it('a forward: SPF softfails at Gmail, ARC shows it passed at the first hop', () => {
    const a = read('forms/gmail-forwarded-arc.txt');
    expect(a.auth.arc).toMatchObject({ result: 'pass', instances: 2, firstSeen: { spf: 'pass', dkim: 'pass', dmarc: 'pass', authserv: 'mx.example.ac.jp' } });
    const codes = a.conclusion.map((c) => c.code);
    expect(codes).toContain('forwarded');
    expect(codes).not.toContain('spf-fail');
    expect(a.conclusion.find((c) => c.code === 'forwarded')?.link).toEqual({ page: 'forwarding', section: 'why-forwarding-fails' });
  });
});

describe('spam verdicts', () => {
  it('Microsoft: SCL, SFV, CAT, SFTY, BCL, Junk folder', () => {
    const a = read('forms/microsoft365-junk-spoof.txt');
    expect(a.spam).toMatchObject({ verdict: 'phish', scl: 5, sfv: 'SPM', cat: 'SPOOF', bcl: 0 });
    const codes = a.spam.items.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['scl.spam', 'sfv.SPM', 'cat.SPOOF', 'sfty.domain-impersonation', 'bcl.none', 'dest.J']));
    expect(a.conclusion.map((c) => c.code)).toEqual(expect.arrayContaining(['phish', 'junk-folder', 'spf-fail', 'dmarc-fail']));
  });

  it('Microsoft clean mail', () => {
    const a = read('forms/microsoft365-from-gmail.txt');
    expect(a.spam).toMatchObject({ verdict: 'clean', scl: 1, sfv: 'NSPM', cat: 'NONE' });
  });

  it('SpamAssassin: flag, score over the threshold, rules by category, and a [SPAM] subject tag', () => {
    const a = read('forms/exim-modern-spam.txt');
    expect(a.spam).toMatchObject({ verdict: 'spam', score: 7.9, required: 5 });
    expect(a.spam.tests).toContainEqual({ name: 'BAYES_99', category: 'bayes' });
    expect(a.spam.tests).toContainEqual({ name: 'URIBL_DBL_SPAM', category: 'blocklist' });
    expect(a.spam.tests).toContainEqual({ name: 'RDNS_NONE', category: 'sending-server' });
    expect(a.spam.items.map((i) => i.code)).toEqual(expect.arrayContaining(['sa.spam', 'sa.score-over', 'subject.spam-tag']));
  });

  it("amavis's tests=[NAME=score, …] form", () => {
    const a = read('forms/postfix-jp-tls-greylisted.txt');
    expect(a.spam.tests.map((t) => t.name)).toEqual(['DKIM_SIGNED', 'DKIM_VALID', 'DKIM_VALID_AU', 'SPF_HELO_NONE', 'SPF_PASS']);
    expect(a.spam).toMatchObject({ verdict: 'clean', score: -0.1, required: 6.31 });
  });

  it('Rspamd result and action', () => {
    const a = analyseHeaders('X-Spamd-Result: default: True [16.20 / 15.00];\n\tBAYES_SPAM(5.10)[99.99%];\n\tR_SPF_FAIL(1.00)[-all]\nX-Rspamd-Action: reject\nReceived: by mx.example.com; 1 Dec 2025 00:00:00 +0000\n');
    expect(a.spam).toMatchObject({ verdict: 'spam', score: 16.2, required: 15 });
    expect(a.spam.tests.map((t) => t.name)).toEqual(['BAYES_SPAM', 'R_SPF_FAIL']);
    expect(a.spam.items.map((i) => i.code)).toContain('rspamd.action.reject');
  });
});

describe('bad input: a clear notice and whatever could be read', () => {
  it('empty input and text that is not headers', () => {
    expect(analyseHeaders('').notices.map((n) => n.code)).toContain('empty');
    const prose = analyseHeaders('メールが届きません。どうすればいいですか');
    expect(prose.notices.map((n) => n.code)).toContain('no-headers');
    expect(prose.hops).toEqual([]);
  });

  it('headers without Received still give authentication and spam results', () => {
    const a = analyseHeaders('From: a@example.jp\nAuthentication-Results: mx.example.com; spf=fail smtp.mailfrom=example.jp\nX-Spam-Flag: YES\n');
    expect(a.notices.map((n) => n.code)).toContain('no-received');
    expect(a.auth.spf.result).toBe('fail');
    expect(a.conclusion.map((c) => c.code)).toEqual(expect.arrayContaining(['no-received', 'spf-fail', 'spam']));
  });

  it('dates that do not parse: the hop is kept, the notice counts it, delays skip it', () => {
    const a = analyseHeaders(
      ['Received: from b.example by c.example; Mon, 1 Dec 2025 10:00:30 +0900', 'Received: from a.example by b.example; someday', 'Received: from x by a.example; Mon, 1 Dec 2025 10:00:00 +0900'].join('\n'),
    );
    expect(a.hops.map((h) => h.dateProblem)).toEqual([null, 'unparseable', null]);
    expect(a.hops[2]?.delaySeconds).toBe(30);
    expect(a.notices).toContainEqual({ code: 'unparseable-dates', count: 1 });
  });

  it('10,000 Received lines: the newest are read, the notice says how many there were', () => {
    const lines: string[] = [];
    for (let k = 0; k < 10_000; k++) lines.push(`Received: from h${k + 1}.example by h${k}.example with ESMTP id ${k}; Mon, 1 Dec 2025 10:00:00 +0900`);
    const a = analyseHeaders(lines.join('\n'));
    expect(a.hops).toHaveLength(MAX_HOPS);
    expect(a.notices).toContainEqual({ code: 'too-many-hops', count: 10_000 });
    expect(a.hops[a.hops.length - 1]?.by).toBe('h0.example');
  });

  it('a 20 MB message: only the header block is read', () => {
    const eml = `${readFileSync(join(DIR, 'forms/gmail-from-yahoo.txt'), 'utf8')}\n${'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=\n'.repeat(560_000)}`;
    expect(eml.length).toBeGreaterThan(20_000_000);
    const a = analyseHeaders(eml);
    expect(a.hops).toHaveLength(4);
    expect(a.stats.headerChars).toBeLessThan(5000);
  });

  it('binary junk and folded lines without a header name are reported, not fatal', () => {
    const junk = String.fromCharCode(...Array.from({ length: 3000 }, (_, k) => (k * 7919) % 256));
    expect(analyseHeaders(junk).notices.map((n) => n.code)).toContain('binary');
    const orphan = analyseHeaders('   by mx.example.com with ESMTP\n\tid 123\nReceived: from a by b; 1 Dec 2025 00:00:00 +0000\n');
    expect(orphan.notices).toContainEqual({ code: 'orphan-continuation', count: 2 });
    expect(orphan.hops).toHaveLength(1);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.constantFrom('Received: ', 'Authentication-Results: ', 'X-Spam-Status: ', 'From: ', 'X-Forefront-Antispam-Report: ', ' '), (body, name) => {
        const a = analyseHeaders(`${name}${body}\n${name}${body.split('').reverse().join('')}`);
        expect(Array.isArray(a.hops)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
