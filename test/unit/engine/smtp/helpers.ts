import { notACodeText } from '../../../../src/content/text/code-notes';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { smtpDb } from '../../../../src/content/schemas/smtp-db';
import type { SmtpDb } from '../../../../src/content/schemas/smtp-db';
import { BOUNCE_REASONS, resultClass } from '../../../../src/content/schemas/vocabulary';
import { CLASS_RANK } from '../../../../src/engine/smtp/analyse';
import type { Analysis } from '../../../../src/engine/smtp/types';

export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const BOUNCES_DIR = fileURLToPath(new URL('../../../fixtures/bounces/', import.meta.url));
const REAL_DB_PATH = fileURLToPath(new URL('../../../../public/data/smtp-codes.json', import.meta.url));

/** The published database (committed): a missing or invalid file fails the tests that use it. */
export function loadRealDb(): SmtpDb {
  return smtpDb.parse(JSON.parse(readFileSync(REAL_DB_PATH, 'utf8')));
}


/** Everything a caller relies on, whatever the input was. */
export function expectWellFormed(a: Analysis, input: string): void {
  expect([null, 'empty', 'binary', 'no-code', 'truncated']).toContain(a.notice);
  for (const r of a.results) {
    expect(resultClass.options).toContain(r.class);
    expect(BOUNCE_REASONS).toContain(r.reason);
    expect(r.replyCode === null || /^[2-5][0-9]{2}$/.test(r.replyCode)).toBe(true);
    expect(r.status === null || /^[245]\.[0-7]\.[0-9]{1,3}$/.test(r.status)).toBe(true);
    // A result without codes (a text-only bounce, an ARF report, an auto-reply) still names who or why.
    expect(r.replyCode !== null || r.status !== null || r.recipient !== null || r.diagnostic !== null).toBe(true);
    expect(r.diagnostic === null || (r.diagnostic.length <= 300 && !r.diagnostic.includes('\n'))).toBe(true);
    expect(typeof r.explanation.title).toBe('string');
  }
  for (let k = 1; k < a.results.length; k++) {
    // Worst first, in the engine's own order (CLASS_RANK): the order is the engine's decision, not the test's.
    const [before, after] = [a.results[k - 1], a.results[k]];
    if (before && after) expect(CLASS_RANK[before.class]).toBeLessThanOrEqual(CLASS_RANK[after.class]);
  }
  let last = 0;
  for (const h of a.highlights) {
    expect(h.start).toBeGreaterThanOrEqual(last);
    expect(h.end).toBeGreaterThan(h.start);
    expect(h.end).toBeLessThanOrEqual(input.length);
    last = h.end;
  }
  for (const l of a.lookalikes) {
    expect(l.text.length).toBeGreaterThan(0);
    expect(notACodeText(l.text, l.why)).toMatch(/[ぁ-んァ-ヶ]/);
  }
}
