// The code database is generated: scripts/build-smtp-db.ts copies the reference tables (scripts/data/*.csv,
// provider-codes.md) mechanically and joins the Japanese texts (scripts/data/ja-*.json). The build refuses a
// reference row without texts, texts without a row, a provider row no rule covers or covers wrongly, and a
// reason whose links do not lead with its guide topic; the schema is its last step. So these tests prove
// the parsers on small inputs, that the committed file is what the build writes, and the quirks of the real
// registry that a careless parser would lose. The wording and the facts between entries are content rules:
// npm run check:content (src/content/check/smtp-db.ts, wording.ts), tested in test/unit/content/check/.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { smtpDb } from '../../../src/content/schemas/smtp-db';
import { BOUNCE_REASONS } from '../../../src/content/schemas/vocabulary';
import { DATA_DIR, buildSmtpDb, parseCsv, parseProviderTable, serialise } from '../../../scripts/build-smtp-db';

const raw = readFileSync(new URL('../../../public/data/smtp-codes.json', import.meta.url), 'utf8');
const db = smtpDb.parse(JSON.parse(raw));
const input = (name: string) => readFileSync(join(DATA_DIR, name), 'utf8');

describe('reading the reference', () => {
  test.each([
    ['a,b\n1,2\n', [{ a: '1', b: '2' }]],
    ['a,b\n"x, y",2\n', [{ a: 'x, y', b: '2' }]],
    ['a,b\n"say ""hi""",\n', [{ a: 'say "hi"', b: '' }]],
    ['a,b\r\n1,"two\nlines"\r\n', [{ a: '1', b: 'two\nlines' }]],
    ['a,b\n1,2', [{ a: '1', b: '2' }]],
  ])('parseCsv(%j)', (source, expected) => {
    expect(parseCsv(source)).toEqual(expected);
  });

  test('a broken CSV is refused, not half read', () => {
    expect(() => parseCsv('a,b\n"open,2\n')).toThrow(/quoted field/);
    expect(() => parseCsv('a,b\n1,2,3\n')).toThrow(/row 2 has 3 fields, the header has 2/);
  });

  test('"same" in the provider table takes the source of the row above', () => {
    const table = '| Provider | Code | Meaning | Source |\n|---|---|---|---|\n| Google | 5.7.26 | x | https://a |\n| Google | 4.7.26 | y | same |\n';
    expect(parseProviderTable(table).map((r) => r.source)).toEqual(['https://a', 'https://a']);
    expect(() => parseProviderTable('| P | C | M | S |\n|---|---|---|---|\n| Google | 1 | x | same |\n')).toThrow(/"same" with no source/);
  });

  test('the real tables read whole: 26 reply codes, 81 statuses, 36 reasons, 28 provider rows', () => {
    expect([
      parseCsv(input('smtp-basic-reply-codes.csv')).length,
      parseCsv(input('smtp-enhanced-status-codes.csv')).length,
      parseCsv(input('bounce-reasons.csv')).length,
      parseProviderTable(input('provider-codes.md')).length,
    ]).toEqual([26, 81, 36, 28]);
    expect([db.basic.length, db.enhanced.length, db.reasons.length]).toEqual([26, 81, 36]);
  });
});

describe('public/data/smtp-codes.json', () => {
  test('the build refuses a provider row no rule lists and a reason whose links do not lead with its guide topic', () => {
    type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a hand-edited copy of an input file
    const dirs: string[] = [];
    /** Builds from a copy of scripts/data with one input file changed. */
    const buildWith = (file: string, change: (data: Json) => void) => {
      const dir = mkdtempSync(join(tmpdir(), 'smtp-data-'));
      dirs.push(dir);
      cpSync(DATA_DIR, dir, { recursive: true });
      const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Json;
      change(data);
      writeFileSync(join(dir, file), JSON.stringify(data));
      return () => buildSmtpDb(dir);
    };
    try {
      expect(buildWith('ja-smtp-providers.json', (p) => (p[0].rules[0].statuses = ['5.7.99']))).toThrow(/provider table codes no rule lists: row 1 \(Google\) 5\.7\.26/);
      expect(buildWith('ja-smtp-general.json', (g) => g.reasons.userunknown.topics.unshift('error-codes#permanent-5xx'))).toThrow(
        /reason userunknown: links must lead with its guide topic "bounces"/,
      );
    } finally {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  });

  test('is exactly what scripts/build-smtp-db.ts writes (no hand edits, 2-space pretty-printed)', () => {
    expect(raw).toBe(serialise(buildSmtpDb()));
    expect(raw).toBe(`${JSON.stringify(JSON.parse(raw), null, 2)}\n`);
  });

  // Lazy-loaded on phones; served compressed. A budget keeps it from creeping up unnoticed.
  test('stays within its size budget', () => {
    expect(Buffer.byteLength(raw)).toBeLessThan(165_000);
    expect(gzipSync(raw).byteLength).toBeLessThan(28_000);
  });

  test("keeps the registry's quirks: X.6.10 deprecated without sample text, X.7.28's basic codes \".\", X.1.1 with two replies", () => {
    const quirks = ['X.6.10', 'X.7.28', 'X.1.1'].map((code) => {
      const e = db.enhanced.find((x) => x.code === code);
      return { code, sampleText: e?.sampleText, basicCodes: e?.basicCodes, deprecated: e?.deprecated === true };
    });
    expect(quirks).toEqual([
      { code: 'X.6.10', sampleText: '', basicCodes: '', deprecated: true },
      { code: 'X.7.28', sampleText: 'Mail flood detected', basicCodes: '.', deprecated: false },
      { code: 'X.1.1', sampleText: 'Bad destination mailbox address', basicCodes: '451, 550', deprecated: false },
    ]);
    expect(db.enhanced.filter((e) => e.deprecated).map((e) => e.code)).toEqual(['X.6.10']);
  });

  test('the English names of the subjects and classes (typed in ja-smtp-general.json, not copied) are the registry\'s', () => {
    expect(db.subjects.map((s) => `X.${s.subject} ${s.name}`)).toEqual([
      'X.0 Other/Undefined', 'X.1 Addressing', 'X.2 Mailbox', 'X.3 Mail System', 'X.4 Network/Routing', 'X.5 Mail Delivery Protocol', 'X.6 Content/Media', 'X.7 Security/Policy',
    ]);
    expect(db.classes.map((c) => `${c.class} ${c.name}`)).toEqual(['2 Success', '4 Persistent Transient Failure', '5 Permanent Failure']);
  });

  test("the code's bounce reasons are the reference's", () => {
    expect([...BOUNCE_REASONS].sort()).toEqual(parseCsv(input('bounce-reasons.csv')).map((row) => row.reason).sort());
  });

  test('providers are recognised by their hosts and tags; codes they use differently carry a note', () => {
    const clues = Object.fromEntries(db.providers.map((p) => [p.provider, p.clues]));
    const expected: Record<string, string[]> = {
      google: ['gsmtp', 'google.com'],
      microsoft: ['protection.outlook.com', 'outlook.com', 'hotmail.com'],
      yahoo: ['yahoodns.net', '[TSS04]'],
      apple: ['icloud.com', 'me.com', 'mail.icloud.com'],
    };
    const missing = Object.entries(expected).flatMap(([p, list]) => list.filter((c) => !clues[p]?.includes(c)).map((c) => `${p} ${c}`));
    expect(missing).toEqual([]);
    const notes = [['yahoo', '5.7.2'], ['yahoo', '5.7.9'], ['google', '5.7.27'], ['google', '5.7.29'], ['google', '5.7.30']].flatMap(([provider, status]) => {
      const rules = db.providers.find((p) => p.provider === provider)?.rules.filter((r) => r.statuses.includes(status ?? '')) ?? [];
      return rules.length === 0 || rules.some((r) => !r.differsFromIana) ? [`${provider} ${status}`] : [];
    });
    expect(notes).toEqual([]);
    const dd = db.providers.flatMap((p) => p.rules.map((r) => ({ provider: p.provider, ...r }))).find((r) => r.textClue === "dd This user doesn't have a yahoo.com account");
    expect(dd).toMatchObject({ provider: 'yahoo', reason: 'userunknown', replyCodes: ['554'] });
  });
});
