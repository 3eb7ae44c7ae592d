import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { smtpDb } from '../../../src/content/schemas/smtp-db';
import type { SmtpDb } from '../../../src/content/schemas/smtp-db';
import type { GuideLink } from '../../../src/content/schemas/common';
import { BOUNCE_REASONS } from '../../../src/engine/smtp/reasons';
import { buildSmtpDb, parseCsv, parseProviderTable, serialise } from '../../../scripts/build-smtp-db';
import { GUIDE_SECTIONS } from '../../fixtures/guide-contract';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/reference/${name}`, import.meta.url), 'utf8');
const raw = readFileSync(new URL('../../../public/data/smtp-codes.json', import.meta.url), 'utf8');
const db: SmtpDb = smtpDb.parse(JSON.parse(raw));

const basicRows = parseCsv(fixture('smtp-basic-reply-codes.csv'));
const enhancedRows = parseCsv(fixture('smtp-enhanced-status-codes.csv'));
const reasonRows = parseCsv(fixture('bounce-reasons.csv'));
const providerRows = parseProviderTable(fixture('provider-codes.md'));

const GUIDE = GUIDE_SECTIONS;

const rules = db.providers.flatMap((p) => p.rules.map((rule) => ({ provider: p.provider, ...rule })));

interface Located<T> {
  where: string;
  value: T;
}

function linksOf(): Located<GuideLink>[] {
  const out: Located<GuideLink>[] = [];
  const add = (where: string, topics: GuideLink[]): void => topics.forEach((value) => out.push({ where, value }));
  db.basic.forEach((e) => add(`basic ${e.code}`, e.topics));
  db.enhanced.forEach((e) => add(`enhanced ${e.code}`, e.topics));
  db.subjects.forEach((e) => add(`subject ${e.subject}`, e.topics));
  db.reasons.forEach((e) => add(`reason ${e.reason}`, e.topics));
  rules.forEach((r) => add(`${r.provider} ${r.statuses.join(' ')} ${r.textClue ?? ''}`, r.topics));
  return out;
}

// Every field a Japanese reader sees. English fields are checked for being verbatim instead.
function japaneseTexts(): Located<string>[] {
  const out: Located<string>[] = [];
  const add = (where: string, fields: Record<string, string | undefined>): void => {
    for (const [name, value] of Object.entries(fields)) {
      if (value !== undefined) out.push({ where: `${where}.${name}`, value });
    }
  };
  for (const e of [...db.basic, ...db.enhanced]) add(e.code, { title: e.title, summary: e.summary, action: e.action });
  for (const e of db.subjects) add(`X.${e.subject}`, { title: e.title, summary: e.summary });
  for (const e of db.classes) add(`class ${e.class}`, { title: e.title, summary: e.summary });
  for (const e of db.reasons) {
    const { title, whatHappened, why, senderAction, recipientAction } = e;
    add(e.reason, { title, whatHappened, why, senderAction, recipientAction });
  }
  for (const r of rules) {
    add(`${r.provider} ${r.statuses.join(' ')} ${r.textClue ?? ''}`, {
      meaning: r.meaning,
      differsFromIana: r.differsFromIana,
      action: r.action,
    });
  }
  return out;
}

describe('reference parsing', () => {
  test.each([
    ['a,b\n1,2\n', [{ a: '1', b: '2' }]],
    ['a,b\n"x, y",2\n', [{ a: 'x, y', b: '2' }]],
    ['a,b\n"say ""hi""",\n', [{ a: 'say "hi"', b: '' }]],
    ['a,b\r\n1,"two\nlines"\r\n', [{ a: '1', b: 'two\nlines' }]],
    ['a,b\n1,2', [{ a: '1', b: '2' }]],
  ])('parseCsv(%j)', (source, expected) => {
    expect(parseCsv(source)).toEqual(expected);
  });

  test.each([
    ['smtp-basic-reply-codes.csv', basicRows.length, 26],
    ['smtp-enhanced-status-codes.csv', enhancedRows.length, 81],
    ['bounce-reasons.csv', reasonRows.length, 36],
    ['provider-codes.md table', providerRows.length, 28],
  ])('%s has the documented number of rows', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });

  test('"same" in the provider table takes the source of the row above', () => {
    expect(providerRows[1]?.source).toBe(providerRows[0]?.source);
    expect(providerRows.every((row) => row.source !== 'same')).toBe(true);
  });
});

describe('smtp-codes.json file', () => {
  test('is exactly what scripts/build-smtp-db.ts writes (no hand edits, 2-space pretty-printed)', () => {
    expect(raw).toBe(serialise(buildSmtpDb()));
    expect(raw).toBe(`${JSON.stringify(JSON.parse(raw), null, 2)}\n`);
  });

  // Lazy-loaded on phones; served compressed. A budget keeps it from creeping up unnoticed.
  test('stays within its size budget', () => {
    expect(Buffer.byteLength(raw)).toBeLessThan(165_000);
    expect(gzipSync(raw).byteLength).toBeLessThan(28_000);
  });
});

describe('basic reply codes', () => {
  test.each(basicRows)('$code is present with the verbatim reference columns', (row) => {
    const entry = db.basic.find((e) => e.code === row.code);
    expect(entry).toMatchObject({ rfcText: row.rfc_text, class: row.class, reference: row.reference });
  });

  test('no code beyond the reference, none twice, in reference order', () => {
    expect(db.basic.map((e) => e.code)).toEqual(basicRows.map((row) => row.code));
  });

  test.each(db.basic.map((e) => [e.code, e.class, e.summary] as const))(
    '%s (%s) tells the reader whether the mail still arrives',
    (_code, cls, summary) => {
      const expected = {
        positive: 'エラーではありません',
        intermediate: 'エラーではありません',
        transient: '再送',
        permanent: '再送されず',
      }[cls];
      expect(summary).toContain(expected);
    },
  );
});

describe('enhanced status codes', () => {
  test.each(enhancedRows)('$code is present with the verbatim IANA columns', (row) => {
    const entry = db.enhanced.find((e) => e.code === row.code);
    expect(entry).toMatchObject({
      sampleText: row.sample_text,
      basicCodes: row.associated_basic_status_code,
      description: row.description,
      reference: row.reference,
    });
  });

  test('no code beyond the registry, none twice, in registry order', () => {
    expect(db.enhanced.map((e) => e.code)).toEqual(enhancedRows.map((row) => row.code));
  });

  test.each([
    ['X.6.10', '', '', true],
    ['X.7.28', 'Mail flood detected', '.', false],
    ['X.1.1', 'Bad destination mailbox address', '451, 550', false],
  ])('IANA quirk kept: %s', (code, sampleText, basicCodes, deprecated) => {
    const entry = db.enhanced.find((e) => e.code === code);
    expect(entry).toMatchObject({ sampleText, basicCodes });
    expect(entry?.deprecated === true).toBe(deprecated);
  });

  test('only X.6.10 is marked deprecated', () => {
    expect(db.enhanced.filter((e) => e.deprecated).map((e) => e.code)).toEqual(['X.6.10']);
  });

  test.each(db.enhanced.map((e) => [e.code, e.summary] as const))('%s says what happens to the mail', (code, summary) => {
    // Codes only registered with 2xx replies are success notices; the others say if a retry is coming.
    const successOnly = ['X.1.5', 'X.3.6'].includes(code);
    expect(summary).toMatch(successOnly ? /エラーではありません/ : /再送|届きません|届いていません|送信できません|分かりません/);
  });
});

describe('subjects and classes', () => {
  test.each([
    [0, 'Other/Undefined'],
    [1, 'Addressing'],
    [2, 'Mailbox'],
    [3, 'Mail System'],
    [4, 'Network/Routing'],
    [5, 'Mail Delivery Protocol'],
    [6, 'Content/Media'],
    [7, 'Security/Policy'],
  ])('X.%i is %s', (subject, name) => {
    expect(db.subjects.filter((s) => s.subject === subject).map((s) => s.name)).toEqual([name]);
  });

  test.each([
    ['2', 'Success', 'エラーではありません'],
    ['4', 'Persistent Transient Failure', '再送'],
    ['5', 'Permanent Failure', '再送されず'],
  ])('class %s is %s', (cls, name, says) => {
    const entries = db.classes.filter((c) => c.class === cls);
    expect(entries.map((c) => c.name)).toEqual([name]);
    expect(entries[0]?.summary).toContain(says);
  });
});

describe('bounce reasons', () => {
  test('the vocabulary in the code is the one of the reference', () => {
    expect([...BOUNCE_REASONS].sort()).toEqual(reasonRows.map((row) => row.reason).sort());
  });

  test.each(reasonRows)('$reason: verbatim meaning, links led by its guide topic ($guide_topic)', (row) => {
    const entry = db.reasons.find((e) => e.reason === row.reason);
    expect(entry?.meaning).toBe(row.meaning);
    const pages = entry?.topics.map((t) => t.page) ?? [];
    if (row.guide_topic === 'none') {
      expect(pages.every((page) => page === 'error-codes')).toBe(true);
    } else {
      expect(pages[0]).toBe(row.guide_topic);
    }
  });

  test('every reason appears once, in reference order', () => {
    expect(db.reasons.map((e) => e.reason)).toEqual(reasonRows.map((row) => row.reason));
  });
});

describe('links into the guide', () => {
  test.each(linksOf())('$where → $value.page#$value.section', ({ value }) => {
    expect(Object.keys(GUIDE)).toContain(value.page);
    if (value.section !== undefined) expect(GUIDE[value.page]).toContain(value.section);
  });
});

describe('Japanese texts', () => {
  const texts = japaneseTexts();
  const sentence = /\.(summary|action|whatHappened|why|senderAction|recipientAction|meaning|differsFromIana)$/;

  test.each(texts)('$where is Japanese without markup', ({ where, value }) => {
    expect(value).not.toMatch(/[<>]|&[a-z]+;/);
    if (sentence.test(where)) {
      expect(value).toMatch(/[\u3040-\u30ff]/); // kana: a sentence left in English has none
      expect(value).toMatch(/。$/);
    } else {
      expect(value).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/); // a title may be kanji only (成功)
    }
  });

  // Facts beyond the article come from the reference only: a code named in a text must exist there.
  const knownStatuses = new Set(providerRows.flatMap((row) => row.code.match(/[245]\.\d\.\d{1,3}/g) ?? []));
  const knownReplies = new Set([
    ...basicRows.map((row) => row.code ?? ''),
    ...providerRows.flatMap((row) => row.code.match(/\b[2-5]\d\d\b/g) ?? []),
  ]);
  test.each(texts)('$where names only codes of the reference', ({ value }) => {
    for (const status of value.match(/[X245]\.\d\.\d{1,3}/g) ?? []) {
      const inIana = enhancedRows.some((row) => row.code === `X${status.slice(1)}`);
      expect(inIana || knownStatuses.has(status), status).toBe(true);
    }
    for (const reply of value.match(/(?<![\d,.]|Microsoft )[2-5]\d\d(?![\d,.])/g) ?? []) {
      expect(knownReplies.has(reply), reply).toBe(true);
    }
  });

  test('English reference fields are the only ones allowed to contain < or >', () => {
    const english = [
      ...db.subjects.map((s) => s.name),
      ...db.classes.map((c) => c.name),
      ...db.providers.flatMap((p) => [p.name, ...p.clues]),
      ...rules.flatMap((r) => [...r.statuses, r.textClue ?? '', r.source]),
    ];
    expect(english.filter((value) => /[<>]/.test(value))).toEqual([]);
  });
});

describe('provider-specific replies', () => {
  const PROVIDER: Record<string, string> = {
    Google: 'google',
    'Microsoft 365': 'microsoft',
    'Outlook.com': 'microsoft',
    'Yahoo / AOL': 'yahoo',
    'Apple iCloud': 'apple',
  };

  test.each(providerRows)('$provider "$code" is covered with its source', (row) => {
    const own = rules.filter((r) => r.provider === PROVIDER[row.provider] && r.source === row.source);
    expect(own.length).toBeGreaterThan(0);
    const cell = row.code.replaceAll('–', '-');
    const statuses = own.flatMap((r) => r.statuses);
    for (const status of cell.match(/[245]\.\d\.\d{1,3}(?:-[245]\.\d\.\d{1,3})?/g) ?? []) {
      expect(statuses, status).toContain(status);
    }
    const clues = own.map((r) => r.textClue);
    // Bracketed tags, Outlook.com's S-numbers and its RP-/SC-/DY-/OU- families ("RP-001/002/003", "SC-001..004").
    for (const tag of cell.match(/\[[A-Z]+\d+\]|\bS\d{3,4}\b/g) ?? []) expect(clues, tag).toContain(tag);
    for (const [, family, first, rest] of cell.matchAll(/\b([A-Z]{2})-(\d{3})(\.\.\d{3}|(?:\/\d{3})*)/g)) {
      const last = rest?.startsWith('..') ? Number(rest.slice(2)) : Number(rest?.split('/').pop() || first);
      for (let n = Number(first); n <= last; n += 1) {
        expect(clues).toContain(`${family}-${String(n).padStart(3, '0')}`);
      }
    }
  });

  test('the Yahoo "dd" reply is recognised by its text', () => {
    const rule = rules.find((r) => r.textClue === "dd This user doesn't have a yahoo.com account");
    expect(rule).toMatchObject({ provider: 'yahoo', reason: 'userunknown', replyCodes: ['554'] });
  });

  test.each([
    ['yahoo', '5.7.2'],
    ['yahoo', '5.7.9'],
    ['google', '5.7.27'],
    ['google', '5.7.29'],
    ['google', '5.7.30'],
  ])('%s %s warns that IANA means something else', (provider, status) => {
    const matching = rules.filter((r) => r.provider === provider && r.statuses.includes(status));
    expect(matching.length).toBeGreaterThan(0);
    for (const rule of matching) expect(rule.differsFromIana).toMatch(/IANA/);
  });

  test.each(rules.filter((r) => r.differsFromIana !== undefined))(
    '$provider $statuses: the differing code is an IANA code',
    (rule) => {
      const inIana = rule.statuses.some((s) => enhancedRows.some((row) => row.code === `X${s.slice(1)}`));
      expect(inIana).toBe(true);
    },
  );

  test.each([
    ['google', 'gsmtp'],
    ['google', 'google.com'],
    ['microsoft', 'protection.outlook.com'],
    ['microsoft', 'outlook.com'],
    ['microsoft', 'hotmail.com'],
    ['yahoo', 'yahoodns.net'],
    ['yahoo', '[TSS04]'],
    ['apple', 'icloud.com'],
    ['apple', 'me.com'],
    ['apple', 'mail.icloud.com'],
  ])('%s is recognised by %s', (provider, clue) => {
    expect(db.providers.find((p) => p.provider === provider)?.clues).toContain(clue);
  });

  test.each(rules.flatMap((r) => r.statuses.filter((s) => s.includes('-')).map((range) => ({ range }))))(
    'range $range runs low to high within one class and subject',
    ({ range }) => {
      const [low = '', high = ''] = range.split('-');
      expect(low.split('.').slice(0, 2)).toEqual(high.split('.').slice(0, 2));
      expect(Number(low.split('.')[2])).toBeLessThan(Number(high.split('.')[2]));
    },
  );
});
