import { notACodeText } from '../../../../src/content/text/code-notes';
import { describe, expect, test } from 'vitest';
import { analyse } from '../../../../src/engine/smtp/analyse';
import { fixtureDb } from '../../../fixtures/smtp-db';

describe('things that look like codes but are not', () => {
  test.each([
    { input: '620', text: '620', why: /6 で始まるコードはありません/ },
    { input: '5.9.1', text: '5.9.1', why: /9 という分類はありません/ },
    { input: '03-1234-5678', text: '03-1234-5678', why: /電話番号/ },
    { input: '2026-11-26', text: '2026-11-26', why: /日付/ },
    { input: '192.168.0.1', text: '192.168.0.1', why: /IP アドレス/ },
    { input: 'version 1.2.3', text: '1.2.3', why: /バージョン番号/ },
    { input: 'バージョン 2.4.1 を使っています', text: '2.4.1', why: /バージョン番号/ },
    { input: '420', text: '420', why: /規格（RFC 5321・RFC 7504）にはない/ },
    { input: 'エラー 999 が出ました', text: '999', why: /9 で始まるコードはありません/ },
  ])('$input → no result, explained', async ({ input, text, why }) => {
    const a = await analyse(input, fixtureDb);
    expect(a.results).toEqual([]);
    expect(a.notice).toBe('no-code');
    expect(a.lookalikes.map((l) => ({ text: l.text, why: notACodeText(l.text, l.why) }))).toEqual([{ text, why: expect.stringMatching(why) }]);
  });

  test('dates, phone numbers and addresses are not listed when real codes were found', async () => {
    const a = await analyse('2026-11-26 10:00 from 192.168.0.1: 550 5.1.1 User unknown (call 03-1234-5678)', fixtureDb);
    expect(a.results.map((r) => r.status)).toEqual(['5.1.1']);
    expect(a.lookalikes).toEqual([]);
  });

  test('an impossible code next to a real one is still pointed out', async () => {
    const a = await analyse('550 5.1.1 User unknown\nOld docs said 620', fixtureDb);
    expect(a.results.map((r) => r.status)).toEqual(['5.1.1']);
    expect(a.lookalikes.map((l) => l.text)).toEqual(['620']);
  });

  test.each([
    { input: 'Invoice total 550 yen for 3 items, see page 554 of the manual, ID RP-001 and order S3150 ok', notCodes: ['550', '554'] },
    { input: 'Please install version 5.1.1 of the app (release v4.2.2 also works).', notCodes: ['5.1.1', '4.2.2'] },
  ])('numbers inside ordinary longer text are not codes: $notCodes', async ({ input, notCodes }) => {
    const a = await analyse(`${input}\n`.repeat(6), fixtureDb);
    const found = a.results.flatMap((r) => [r.replyCode, r.status]);
    for (const code of notCodes) expect(found).not.toContain(code);
  });
});
