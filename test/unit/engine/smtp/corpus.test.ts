import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { analyse } from '../../../../src/engine/smtp/analyse';
import { decodeInputBytes } from '../../../../src/engine/smtp/input-bytes';
import { measure } from '../../../../scripts/lib/corpus-accuracy';
import { loadRealDb } from './helpers';

const CORPUS = fileURLToPath(new URL('../../../fixtures/corpus/', import.meta.url));
const JA = fileURLToPath(new URL('../../../fixtures/bounces-ja/', import.meta.url));
const db = loadRealDb();

// The labelled development corpus: 310 real bounces from three open-source parsers' test suites, labelled
// by hand (test/fixtures/corpus/manifest.json). Floors a little under today's figures (`npm run accuracy`),
// so a change that reads real bounces worse fails here.
describe('the labelled corpus of real bounces', () => {
  test('status, class, reason and recipient stay above their floors', async () => {
    const r = await measure(CORPUS, db);
    const t = r.total;
    expect(t.records).toBeGreaterThanOrEqual(320);
    expect(t.status / t.withStatus).toBeGreaterThanOrEqual(0.97);
    expect(t.cls / t.records).toBeGreaterThanOrEqual(0.95);
    expect(t.reason / t.records).toBeGreaterThanOrEqual(0.92);
    expect(t.recipient / t.withRecipient).toBeGreaterThanOrEqual(0.96);
    expect(t.missing).toBeLessThanOrEqual(12);
  }, 120_000);
});

// Reconstructed (not real) notices in the documented formats of Japanese carriers and ISPs; see the
// README next to them.
describe('Japanese carrier and ISP formats (reconstructed)', () => {
  test.each([
    { file: 'docomo-rcpt-unknown.eml', want: { status: '5.0.0', class: 'permanent', reason: 'userunknown', recipient: 'hanako-0123@docomo.ne.jp' } },
    // The same words after DATA: the address exists; the recipient's reception settings refused the mail.
    { file: 'docomo-data-filtered.eml', want: { status: '5.0.0', class: 'permanent', reason: 'filtered', recipient: 'taro.s-77@docomo.ne.jp' } },
    { file: 'ezweb-disabled.eml', want: { status: null, class: 'permanent', reason: 'suspend', recipient: 'jiro.k@ezweb.ne.jp' } },
    { file: 'softbank-invalid-recipient.txt', want: { status: '5.0.0', class: 'permanent', reason: 'userunknown', recipient: 'misaki_0405@softbank.ne.jp' } },
    { file: 'yahoo-japan-ja.eml', want: { status: null, class: 'permanent', reason: 'mailboxfull', recipient: 'sakura_m@yahoo.co.jp' } },
    { file: 'biglobe-ja.eml', want: { status: null, class: 'permanent', reason: 'userunknown', recipient: 'k-yamamoto@biglobe.ne.jp' } },
  ])('$file', async ({ file, want }) => {
    const a = await analyse(decodeInputBytes(readFileSync(`${JA}${file}`)), db);
    expect(a.results.map((r) => ({ status: r.status, class: r.class, reason: r.reason, recipient: r.recipient }))).toEqual([want]);
  });

  test('Japanese wording alone names the cause', async () => {
    const notice = [
      'From: MAILER-DAEMON@example.ne.jp', 'Subject: Returned mail', '', '以下の宛先に配信できませんでした。', '',
      '<a-user@example.ne.jp>:', '受信者の設定により受信拒否されました。', '',
    ].join('\n');
    const [r] = (await analyse(notice, db)).results;
    expect(r).toMatchObject({ class: 'permanent', reason: 'filtered', recipient: 'a-user@example.ne.jp' });
  });
});
