/**
 * Builds public/data/smtp-codes.json from the reference tables (copied into scripts/data/) and the
 * Japanese texts kept next to them. The English columns are copied mechanically, never retyped, so the
 * database stays verbatim when IANA updates a row: replace the CSV, rerun, and fix what the check reports.
 *
 *   npx tsx scripts/build-smtp-db.ts          write public/data/smtp-codes.json
 *   npx tsx scripts/build-smtp-db.ts --check  fail if the file is not what the build would write
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import { BOUNCE_REASONS } from '../src/content/schemas/vocabulary';
import type { ProviderId } from '../src/content/schemas/vocabulary';
import { smtpDb } from '../src/content/schemas/smtp-db';
import type { SmtpDb } from '../src/content/schemas/smtp-db';
import type { GuideLink } from '../src/content/schemas/common';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DATA_DIR = join(ROOT, 'scripts', 'data');
export const OUTPUT_FILE = join(ROOT, 'public', 'data', 'smtp-codes.json');

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. Returns rows as records. */
export function parseCsv(source: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  if (!header) return [];
  return body.map((cells, n) => {
    if (cells.length !== header.length) {
      throw new Error(`CSV row ${n + 2} has ${cells.length} fields, the header has ${header.length}`);
    }
    return Object.fromEntries(header.map((name, k) => [name, cells[k] ?? '']));
  });
}

export interface ProviderTableRow {
  provider: string;
  code: string;
  meaning: string;
  /** The table writes "same" for "as the row above"; it is resolved here so every row stands alone. */
  source: string;
}

/** The provider table of provider-codes.md (the only Markdown table in that file). */
export function parseProviderTable(markdown: string): ProviderTableRow[] {
  const lines = markdown.split('\n').filter((line) => line.startsWith('|'));
  const rows: ProviderTableRow[] = [];
  let lastSource = '';
  for (const line of lines.slice(2)) {
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    const [provider, code, meaning, source] = cells;
    if (cells.length !== 4 || !provider || !code || !meaning || !source) {
      throw new Error(`provider table row has an unexpected shape: ${line}`);
    }
    lastSource = source === 'same' ? lastSource : source;
    if (lastSource === '') throw new Error(`"same" with no source above it: ${line}`);
    rows.push({ provider, code, meaning, source: lastSource });
  }
  return rows;
}

/**
 * Every status, bracketed tag, Outlook.com S-number and RP-/SC-/DY-/OU- family ("RP-001/002/003",
 * "SC-001..004") of a provider table cell, as the rules must list them.
 */
export function cellCodes(cell: string): { statuses: string[]; clues: string[] } {
  const text = cell.replaceAll('–', '-');
  const statuses = text.match(/[245]\.\d\.\d{1,3}(?:-[245]\.\d\.\d{1,3})?/g) ?? [];
  const clues = [...(text.match(/\[[A-Z]+\d+\]|\bS\d{3,4}\b/g) ?? [])];
  for (const [, family, first, rest] of text.matchAll(/\b([A-Z]{2})-(\d{3})(\.\.\d{3}|(?:\/\d{3})*)/g)) {
    const last = rest?.startsWith('..') ? Number(rest.slice(2)) : Number(rest?.split('/').pop() || first);
    for (let n = Number(first); n <= last; n += 1) clues.push(`${family}-${String(n).padStart(3, '0')}`);
  }
  return { statuses, clues };
}

// Which provider entry a table row belongs to.
export const PROVIDER_OF_TABLE_NAME: Record<string, ProviderId> = {
  Google: 'google',
  'Microsoft 365': 'microsoft',
  'Outlook.com': 'microsoft',
  'Yahoo / AOL': 'yahoo',
  'Apple iCloud': 'apple',
};

// ---- Japanese texts (scripts/data/ja-*.json). Links are written "page#section" there to keep them short.
const jaText = z.string().check(z.trim(), z.minLength(1));
const topicRef = z.string().check(z.regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/));
const reason = z.enum(BOUNCE_REASONS);
const codeTexts = z.object({
  title: jaText,
  summary: jaText,
  action: jaText,
  reason,
  topics: z.array(topicRef),
});
const codesFile = z.object({
  basic: z.record(z.string(), codeTexts),
  enhanced: z.record(z.string(), codeTexts),
});
const generalFile = z.object({
  subjects: z.array(
    z.object({ subject: z.number(), name: jaText, title: jaText, summary: jaText, reason, topics: z.array(topicRef) }),
  ),
  classes: z.array(z.object({ class: z.enum(['2', '4', '5']), name: jaText, title: jaText, summary: jaText })),
  reasons: z.record(
    z.string(),
    z.object({
      title: jaText,
      whatHappened: jaText,
      why: jaText,
      senderAction: jaText,
      recipientAction: jaText,
      topics: z.array(topicRef),
    }),
  ),
});
const providersFile = z.array(
  z.object({
    provider: z.enum(['google', 'microsoft', 'yahoo', 'apple']),
    name: jaText,
    clues: z.array(jaText),
    rules: z.array(
      z.object({
        // 1-based row of the provider table, or (for facts from provider documentation the table does not
        // list) the documentation itself in `source`. Exactly one of the two.
        row: z.optional(z.number().check(z.int(), z.minimum(1))),
        source: z.optional(jaText),
        statuses: z.array(jaText),
        replyCodes: z.optional(z.array(z.string())),
        textClue: z.optional(jaText),
        meaning: jaText,
        differsFromIana: z.optional(jaText),
        reason,
        action: jaText,
        topics: z.array(topicRef),
      }),
    ),
  }),
);

function toLink(ref: string): GuideLink {
  const [page = '', section] = ref.split('#');
  return section === undefined ? { page } : { page, section };
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function take<T>(table: Record<string, T>, key: string, what: string, used: Set<string>): T {
  const value = table[key];
  if (value === undefined) throw new Error(`no Japanese texts for ${what} ${key}`);
  used.add(key);
  return value;
}

function assertAllUsed(table: Record<string, unknown>, used: Set<string>, what: string): void {
  const unused = Object.keys(table).filter((key) => !used.has(key));
  if (unused.length > 0) throw new Error(`Japanese texts for unknown ${what}: ${unused.join(', ')}`);
}

export function buildSmtpDb(dataDir: string = DATA_DIR): SmtpDb {
  const read = (name: string): string => readFileSync(join(dataDir, name), 'utf8');
  const codes = codesFile.parse(readJson(join(dataDir, 'ja-smtp-codes.json')));
  const general = generalFile.parse(readJson(join(dataDir, 'ja-smtp-general.json')));
  const providers = providersFile.parse(readJson(join(dataDir, 'ja-smtp-providers.json')));

  const usedBasic = new Set<string>();
  const basic = parseCsv(read('smtp-basic-reply-codes.csv')).map((row) => {
    const code = row.code ?? '';
    const ja = take(codes.basic, code, 'reply code', usedBasic);
    return {
      code,
      class: row.class,
      rfcText: row.rfc_text,
      reference: row.reference,
      title: ja.title,
      summary: ja.summary,
      action: ja.action,
      reason: ja.reason,
      topics: ja.topics.map(toLink),
    };
  });
  assertAllUsed(codes.basic, usedBasic, 'reply codes');

  const usedEnhanced = new Set<string>();
  const enhanced = parseCsv(read('smtp-enhanced-status-codes.csv')).map((row) => {
    const code = row.code ?? '';
    const ja = take(codes.enhanced, code, 'enhanced code', usedEnhanced);
    // IANA leaves the deprecated duplicate X.6.10 without sample text; that emptiness is how it is marked.
    const deprecated = /\bdeprecated\b/i.test(row.description ?? '') ? { deprecated: true } : {};
    return {
      code,
      sampleText: row.sample_text,
      basicCodes: row.associated_basic_status_code,
      description: row.description,
      reference: row.reference,
      ...deprecated,
      title: ja.title,
      summary: ja.summary,
      action: ja.action,
      reason: ja.reason,
      topics: ja.topics.map(toLink),
    };
  });
  assertAllUsed(codes.enhanced, usedEnhanced, 'enhanced codes');

  const usedReasons = new Set<string>();
  const reasons = parseCsv(read('bounce-reasons.csv')).map((row) => {
    const name = row.reason ?? '';
    const ja = take(general.reasons, name, 'reason', usedReasons);
    // The reference names each reason's guide topic: its links lead with it ("none": only error-codes).
    const pages = ja.topics.map((t) => toLink(t).page);
    const led = row.guide_topic === 'none' ? pages.every((page) => page === 'error-codes') : pages[0] === row.guide_topic;
    if (!led) throw new Error(`reason ${name}: links must lead with its guide topic "${row.guide_topic ?? ''}" (has ${pages.join(', ') || 'none'})`);
    return { reason: name, meaning: row.meaning, ...ja, topics: ja.topics.map(toLink) };
  });
  assertAllUsed(general.reasons, usedReasons, 'reasons');

  const table = parseProviderTable(read('provider-codes.md'));
  const coveredRows = new Set<number>();
  const providerEntries = providers.map((entry) => ({
    ...entry,
    rules: entry.rules.map(({ row, source, topics, ...rule }) => {
      if (row === undefined) {
        if (source === undefined) throw new Error(`${entry.provider} rule for ${rule.statuses.join(' ')} has neither a row nor a source`);
        return { ...rule, source, topics: topics.map(toLink) };
      }
      if (source !== undefined) throw new Error(`${entry.provider} rule for ${rule.statuses.join(' ')} has both a row and a source`);
      const tableRow = table[row - 1];
      if (!tableRow || PROVIDER_OF_TABLE_NAME[tableRow.provider] !== entry.provider) {
        throw new Error(`${entry.provider} rule for ${rule.statuses.join(' ')} points at row ${row}, not one of its rows`);
      }
      coveredRows.add(row);
      return { ...rule, source: tableRow.source, topics: topics.map(toLink) };
    }),
  }));
  const missing = table.map((_, n) => n + 1).filter((n) => !coveredRows.has(n));
  if (missing.length > 0) throw new Error(`provider table rows without a rule: ${missing.join(', ')}`);
  // Each row's codes, tags and families are listed by the rules of its provider and source.
  const uncovered = table.flatMap((tableRow, n) => {
    const own = providerEntries
      .filter((p) => p.provider === PROVIDER_OF_TABLE_NAME[tableRow.provider])
      .flatMap((p) => p.rules)
      .filter((r) => r.source === tableRow.source);
    const { statuses, clues } = cellCodes(tableRow.code);
    return [
      ...statuses.filter((s) => !own.some((r) => r.statuses.includes(s))),
      ...clues.filter((c) => !own.some((r) => r.textClue === c)),
    ].map((code) => `row ${n + 1} (${tableRow.provider}) ${code}`);
  });
  if (uncovered.length > 0) throw new Error(`provider table codes no rule lists: ${uncovered.join(', ')}`);

  // The schema is the final word: anything malformed above fails here, not in a reader's browser.
  return smtpDb.parse({
    schemaVersion: 1,
    basic,
    enhanced,
    subjects: general.subjects.map((s) => ({ ...s, topics: s.topics.map(toLink) })),
    classes: general.classes,
    providers: providerEntries,
    reasons,
  });
}

export function serialise(db: SmtpDb): string {
  return `${JSON.stringify(db, null, 2)}\n`;
}

function main(): void {
  const output = serialise(buildSmtpDb());
  if (process.argv.includes('--check')) {
    if (readFileSync(OUTPUT_FILE, 'utf8') !== output) {
      console.error('public/data/smtp-codes.json is stale: run npx tsx scripts/build-smtp-db.ts');
      process.exit(1);
    }
    return;
  }
  writeFileSync(OUTPUT_FILE, output);
  console.log(`wrote ${OUTPUT_FILE} (${Buffer.byteLength(output)} bytes)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
