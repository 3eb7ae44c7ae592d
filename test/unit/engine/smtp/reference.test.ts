import { notACodeText } from '../../../../src/content/text/code-notes';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyse } from '../../../../src/engine/smtp/analyse';
import { fixtureDb } from '../../../fixtures/smtp-db';
import { REFERENCE_DIR, loadRealDb } from './helpers';

/** First column of a reference CSV (quoted fields may contain commas). */
function firstColumn(file: string): string[] {
  const lines = readFileSync(`${REFERENCE_DIR}${file}`, 'utf8').split(/\r?\n/).slice(1);
  return lines.filter((l) => l.trim().length > 0).map((l) => l.slice(0, l.indexOf(',')));
}

const basicCodes = firstColumn('smtp-basic-reply-codes.csv');
// Each registry entry "X.1.1" applies to the classes 2, 4 and 5.
const statuses = firstColumn('smtp-enhanced-status-codes.csv').flatMap((x) => ['2', '4', '5'].map((c) => ({ registry: x, status: `${c}${x.slice(1)}` })));
const classOf = (digit: string): string => (digit === '4' ? 'temporary' : digit === '5' ? 'permanent' : 'delivered');

describe('every code of the reference resolves', () => {
  test('the reference copies are complete', () => {
    expect(basicCodes).toHaveLength(26);
    expect(statuses).toHaveLength(81 * 3);
  });

  // One check over every code, reporting each one that does not resolve.
  test('with public/data/smtp-codes.json: each reply code and each status gets its entry, class and explanation', async () => {
    const realDb = loadRealDb();
    const wrong: string[] = [];
    for (const code of basicCodes) {
      const results = (await analyse(code, realDb)).results;
      const r = results[0];
      if (results.length !== 1 || r?.replyCode !== code || r.status !== null || r.class !== classOf(code.charAt(0)) || r.codeEntry.basic?.code !== code || r.explanation.title === '') {
        wrong.push(`reply code ${code}: ${JSON.stringify(results.map((x) => [x.replyCode, x.status, x.class, x.codeEntry.basic?.code]))}`);
      }
    }
    for (const { registry, status } of statuses) {
      const results = (await analyse(status, realDb)).results;
      const r = results[0];
      if (
        results.length !== 1 || r?.replyCode !== null || r.status !== status || r.class !== classOf(status.charAt(0)) ||
        r.codeEntry.enhanced?.code !== registry || r.explanation.title === '' || r.explanation.whatHappened === ''
      ) {
        wrong.push(`status ${status}: ${JSON.stringify(results.map((x) => [x.replyCode, x.status, x.class, x.codeEntry.enhanced?.code]))}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  // With a database that lacks most entries, a code still gets a result from its class and subject.
  test.each(statuses.filter((_, k) => k % 7 === 0))('status $status without a database entry', async ({ status }) => {
    const [r] = (await analyse(`reply: ${status}`, fixtureDb)).results;
    expect(r).toMatchObject({ status, class: classOf(status.charAt(0)) });
  });
});

describe('codes that are not in the reference give no result', () => {
  const invented = ['101', '111', '420', '422', '431', ...Array.from({ length: 9 }, (_, k) => String(441 + k)), '471', '510', '511', '512', '513'];
  test.each(invented)('%s (found in web lists, defined by no RFC)', async (code) => {
    const a = await analyse(code, fixtureDb);
    expect(a.results).toEqual([]);
    expect(a.notice).toBe('no-code');
    expect(a.lookalikes.map((l) => notACodeText(l.text, l.why))).toEqual([expect.stringContaining('RFC 5321・RFC 7504')]);
  });

  test.each(['5.8.1', '5.9.1', '3.1.1', '6.0.0', '1.2.3'])('%s (no such class or subject)', async (code) => {
    const a = await analyse(code, fixtureDb);
    expect(a.results).toEqual([]);
    expect(a.lookalikes.map((l) => l.text)).toEqual([code]);
  });
});
