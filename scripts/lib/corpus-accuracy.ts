/**
 * Accuracy of the analyser on the labelled development corpus (test/fixtures/corpus/manifest.json):
 * status / class / reason / recipient per source and per expected reason. Shared by `npm run accuracy`
 * and the corpus test, so both measure the same thing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SmtpDb } from '../../src/content/schemas/smtp-db';
import { analyse } from '../../src/engine/smtp/analyse';
import { decodeInputBytes } from '../../src/engine/smtp/input-bytes';
import type { SmtpResult } from '../../src/engine/smtp/types';

export interface LabelledRecord {
  status: string | null;
  class: string;
  reason: string;
  recipient: string | null;
  provider: string | null;
}

export interface LabelledFile {
  file: string; // relative to the corpus directory
  results: LabelledRecord[];
}

export interface CorpusManifest {
  sources: Record<string, { name: string; path: string; commit: string; licence: string; licenceFile: string }>;
  files: LabelledFile[];
}

export function loadManifest(corpusDir: string): CorpusManifest {
  return JSON.parse(readFileSync(join(corpusDir, 'manifest.json'), 'utf8')) as CorpusManifest;
}

export interface Tally {
  records: number;
  withStatus: number;
  status: number;
  cls: number;
  reason: number;
  withRecipient: number;
  recipient: number;
  missing: number; // expected records the analyser gave no result for
}

function emptyTally(): Tally {
  return { records: 0, withStatus: 0, status: 0, cls: 0, reason: 0, withRecipient: 0, recipient: 0, missing: 0 };
}

export interface Miss {
  file: string;
  expected: LabelledRecord;
  got: Pick<SmtpResult, 'status' | 'class' | 'reason' | 'recipient'> | null;
}

export interface AccuracyReport {
  total: Tally;
  bySource: Map<string, Tally>;
  byReason: Map<string, Tally>;
  extra: number; // results beyond the labelled records (incl. results for non-bounces)
  files: number;
  misses: Miss[];
}

const lower = (s: string | null | undefined): string => (s ?? '').toLowerCase();

/** Pairs each labelled record with one result: the same recipient first, then the next unused result. */
function align(expected: LabelledRecord[], got: SmtpResult[]): (SmtpResult | null)[] {
  const used = new Set<number>();
  const pairs: (SmtpResult | null)[] = expected.map((e) => {
    if (e.recipient === null) return null;
    const k = got.findIndex((g, n) => !used.has(n) && lower(g.recipient) === lower(e.recipient));
    if (k < 0) return null;
    used.add(k);
    return got[k] ?? null;
  });
  return pairs.map((p) => {
    if (p) return p;
    const k = got.findIndex((_, n) => !used.has(n));
    if (k < 0) return null;
    used.add(k);
    return got[k] ?? null;
  });
}

function add(t: Tally, e: LabelledRecord, g: SmtpResult | null): void {
  t.records++;
  if (!g) t.missing++;
  if (e.status !== null) {
    t.withStatus++;
    if (g?.status === e.status) t.status++;
  }
  if (g?.class === e.class) t.cls++;
  if (g?.reason === e.reason) t.reason++;
  if (e.recipient !== null) {
    t.withRecipient++;
    if (g && lower(g.recipient) === lower(e.recipient)) t.recipient++;
  }
}

export async function measure(corpusDir: string, db: SmtpDb): Promise<AccuracyReport> {
  const manifest = loadManifest(corpusDir);
  const report: AccuracyReport = { total: emptyTally(), bySource: new Map(), byReason: new Map(), extra: 0, files: 0, misses: [] };
  for (const f of manifest.files) {
    const source = f.file.split('/')[0] ?? '';
    const analysis = await analyse(decodeInputBytes(readFileSync(join(corpusDir, f.file))), db);
    const pairs = align(f.results, analysis.results);
    report.files++;
    report.extra += Math.max(0, analysis.results.length - f.results.length);
    f.results.forEach((e, k) => {
      const g = pairs[k] ?? null;
      add(report.total, e, g);
      if (!report.bySource.has(source)) report.bySource.set(source, emptyTally());
      if (!report.byReason.has(e.reason)) report.byReason.set(e.reason, emptyTally());
      const s = report.bySource.get(source);
      const r = report.byReason.get(e.reason);
      if (s) add(s, e, g);
      if (r) add(r, e, g);
      const wrong = !g || g.class !== e.class || g.reason !== e.reason || (e.status !== null && g.status !== e.status) ||
        (e.recipient !== null && lower(g.recipient) !== lower(e.recipient));
      if (wrong) report.misses.push({ file: f.file, expected: e, got: g && { status: g.status, class: g.class, reason: g.reason, recipient: g.recipient } });
    });
  }
  return report;
}

export function percent(n: number, d: number): string {
  return d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`;
}

export function tallyRow(name: string, t: Tally): string[] {
  return [
    name, String(t.records), percent(t.status, t.withStatus), percent(t.cls, t.records), percent(t.reason, t.records),
    percent(t.recipient, t.withRecipient), String(t.missing),
  ];
}

export const TALLY_HEADER = ['', 'records', 'status exact', 'class', 'reason', 'recipient', 'no result'];

export function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0))).join('  ')).join('\n');
}
