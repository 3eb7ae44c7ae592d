import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyse } from '../../../../src/engine/smtp/analyse';
import { decodeInputBytes } from '../../../../src/engine/smtp/input-bytes';
import type { SmtpDb } from '../../../../src/content/schemas/smtp-db';
import { BOUNCE_FIXTURES } from '../../../fixtures/bounces/manifest';
import type { FixtureTag } from '../../../fixtures/bounces/manifest';
import { fixtureDb } from '../../../fixtures/smtp-db';
import { BOUNCES_DIR, expectWellFormed, loadRealDb } from './helpers';

function read(file: string): string {
  return decodeInputBytes(readFileSync(`${BOUNCES_DIR}${file}`));
}

const ENCODED_ONLY = new Set(['base64-utf8-mailbox-full.eml']);

const DSN_FIELD_NAMES = /^(reporting-mta|final-recipient|original-recipient|action|status|remote-mta|diagnostic-code|last-attempt-date|will-retry-until|x-actual-recipient)$/i;

describe('bounce fixtures with the test database', () => {
  test.each(BOUNCE_FIXTURES)('$file', async ({ file, results }) => {
    const input = read(file);
    const a = await analyse(input, fixtureDb);
    expectWellFormed(a, input);
    expect(a.notice).toBeNull();
    expect(
      a.results.map((x) => ({
        replyCode: x.replyCode, status: x.status, class: x.class, reason: x.reason, provider: x.provider, recipient: x.recipient,
      })),
    ).toEqual(results);
    // The returned original message is full of decoys ("Error 620", "03-1234-5678"): none may surface.
    expect(a.lookalikes).toEqual([]);
    // Every highlight marks a code of a result or a DSN field name, and nothing from the original message.
    const codes = new Set(a.results.flatMap((x) => [x.replyCode, x.status]));
    for (const h of a.highlights) {
      const text = input.slice(h.start, h.end);
      if (h.kind === 'dsn-field') expect(text).toMatch(DSN_FIELD_NAMES);
      else expect(codes.has(text)).toBe(true);
    }
    // Codes visible in the pasted text are marked; only a fully base64-encoded bounce has none to mark.
    expect(a.highlights.length > 0).toBe(!ENCODED_ONLY.has(file));
  });

  const required: FixtureTag[] = [
    'google', 'microsoft-365', 'outlook-com', 'yahoo-aol', 'icloud', 'postfix-dsn', 'exim', 'qmail', 'sendmail',
    'exchange-online', 'exchange-legacy', 'failed-4xx-expired', 'delayed-will-retry', 'delivered', 'base64',
    'quoted-printable', 'iso-2022-jp', 'shift-jis', 'crlf',
  ];
  test('every required kind of bounce has a fixture (providers, MTAs, encodings, outcomes)', () => {
    expect(required.filter((tag) => !BOUNCE_FIXTURES.some((f) => f.tags.includes(tag)))).toEqual([]);
  });

  test('there are at least 30 fixtures', () => {
    expect(BOUNCE_FIXTURES.length).toBeGreaterThanOrEqual(30);
  });
});

describe('DSN details the reader is shown', () => {
  test.each([
    { file: 'postfix-gmail-4.7.28-delayed.eml', action: 'delayed', willRetryUntil: 'Mon, 1 Dec 2026 10:12:33 +0900 (JST)', remoteMta: 'gmail-smtp-in.l.google.com' },
    { file: 'sendmail-user-unknown.eml', action: 'failed', willRetryUntil: null, remoteMta: 'mx.example.net' },
    { file: 'gmail-sender-ndr-remote-unknown.eml', action: 'failed', willRetryUntil: null, remoteMta: 'mx.example.jp' },
  ])('$file', async ({ file, action, willRetryUntil, remoteMta }) => {
    const r = (await analyse(read(file), fixtureDb)).results[0];
    expect(r).toMatchObject({ action, willRetryUntil, remoteMta });
  });

  test.each([
    { file: 'postfix-gmail-5.7.26.eml', starts: '550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires' },
    { file: 'exchange-online-5.1.10-html.eml', starts: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient yoshida@fabrikam.example not found' },
    { file: 'iso-2022-jp-user-unknown.eml', starts: '550 5.1.1 <okada@example.ad.jp>... User unknown（宛先不明）' },
    { file: 'iso-2022-jp-base64-delayed.eml', starts: '451 4.7.1 Please try again later（グレーリスト）' },
    { file: 'shift-jis-spam-crlf.eml', starts: '550 5.7.1 Message rejected as spam by content filter（迷惑メール判定）' },
    { file: 'quoted-printable-user-unknown.eml', starts: '550 5.1.1 <fujita@example.com>: Recipient address rejected: User unknown in relay' },
  ])('the server text of $file is one clean line', async ({ file, starts }) => {
    const d = (await analyse(read(file), fixtureDb)).results[0]?.diagnostic ?? '';
    expect(d.startsWith(starts)).toBe(true);
    // No ISO-2022-JP escape sequences, broken characters or quoted-printable soft breaks.
    expect(d.includes(String.fromCharCode(0x1b))).toBe(false);
    expect(d).not.toMatch(/\ufffd|=$/);
    expect(d.split('550-5.7.26').length).toBeLessThanOrEqual(2);
  });
});

async function fraction(db: SmtpDb): Promise<{ right: number; total: number; wrong: string[] }> {
  let right = 0;
  let total = 0;
  const wrong: string[] = [];
  for (const f of BOUNCE_FIXTURES) {
    const got = (await analyse(read(f.file), db)).results;
    f.results.forEach((want, k) => {
      total++;
      const r = got[k];
      if (r && r.status === want.status && r.class === want.class && r.reason === want.reason) right++;
      else wrong.push(`${f.file}: want ${want.status} ${want.class} ${want.reason}, got ${r?.status} ${r?.class} ${r?.reason}`);
    });
  }
  return { right, total, wrong };
}

describe('share of fixtures where status, class and reason are all right', () => {
  test('with the test database: all of them', async () => {
    const { right, total, wrong } = await fraction(fixtureDb);
    console.log(`bounce fixtures (test DB): ${right}/${total} right`);
    expect(wrong).toEqual([]);
  });

  test('with public/data/smtp-codes.json: at least 90 %, status and class always', async () => {
    const realDb = loadRealDb();
    const { right, total, wrong } = await fraction(realDb);
    console.log(`bounce fixtures (published DB): ${right}/${total} right${wrong.length ? `\n  ${wrong.join('\n  ')}` : ''}`);
    expect(right / total).toBeGreaterThanOrEqual(0.9);
    for (const f of BOUNCE_FIXTURES) {
      const got = (await analyse(read(f.file), realDb)).results;
      expect(got.map((x) => [x.status, x.class])).toEqual(f.results.map((x) => [x.status, x.class]));
    }
  });
});
