import { notACodeText } from '../../../../src/content/text/code-notes';
import { describe, expect, test } from 'vitest';
import { analyse } from '../../../../src/engine/smtp/analyse';
import { fixtureDb } from '../../../fixtures/smtp-db';
import { loadRealDb } from './helpers';

// The published database holds every code of the reference (the build copies each row; test/unit/content/smtp-db.test.ts).
const realDb = loadRealDb();
const basicCodes = realDb.basic.map((e) => e.code);
// Each registry entry "X.1.1" applies to the classes 2, 4 and 5.
const statuses = realDb.enhanced.flatMap((e) => ['2', '4', '5'].map((c) => ({ registry: e.code, status: `${c}${e.code.slice(1)}` })));
const classOf = (digit: string): string => (digit === '4' ? 'temporary' : digit === '5' ? 'permanent' : 'delivered');

describe('every code of the reference resolves', () => {
  // One check over every code, reporting each one that does not resolve.
  test('with public/data/smtp-codes.json: each reply code and each status gets its entry, class and explanation', async () => {
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
  test('without a database entry, a status still gets its class from its first digit', async () => {
    const wrong: string[] = [];
    for (const { status } of statuses) {
      const [r] = (await analyse(`reply: ${status}`, fixtureDb)).results;
      if (r?.status !== status || r.class !== classOf(status.charAt(0))) wrong.push(`${status}: ${JSON.stringify(r && [r.status, r.class])}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('codes that are not in the reference give no result', () => {
  const invented = ['101', '111', '420', '422', '431', ...Array.from({ length: 9 }, (_, k) => String(441 + k)), '471', '510', '511', '512', '513'];
  test('codes found in web lists but defined by no RFC are named as such, not explained', async () => {
    const wrong: string[] = [];
    for (const code of invented) {
      const a = await analyse(code, fixtureDb);
      const notes = a.lookalikes.map((l) => notACodeText(l.text, l.why));
      if (a.results.length > 0 || a.notice !== 'no-code' || notes.length !== 1 || !notes[0]?.includes('RFC 5321・RFC 7504')) wrong.push(`${code}: ${JSON.stringify({ results: a.results.length, notice: a.notice, notes })}`);
    }
    expect(wrong).toEqual([]);
  });

  test('statuses of no class or subject (5.8.1, 6.0.0, …) give no result', async () => {
    const wrong: string[] = [];
    for (const code of ['5.8.1', '5.9.1', '3.1.1', '6.0.0', '1.2.3']) {
      const a = await analyse(code, fixtureDb);
      if (a.results.length > 0 || a.lookalikes.map((l) => l.text).join() !== code) wrong.push(`${code}: ${JSON.stringify({ results: a.results.length, lookalikes: a.lookalikes.map((l) => l.text) })}`);
    }
    expect(wrong).toEqual([]);
  });
});
