import type { CategoryId, LighthouseSummary, Scores } from './lighthouse-runner';
import { CATEGORIES } from './lighthouse-runner';
import type { TransferEntry, TransferReport } from './transfer-size';

/** The budgets (docs/budgets.md explains each). KB here means 1024 bytes, gzip-compressed. */
export const BUDGETS = {
  jsKb: 125,
  totalKb: 200,
  scores: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } satisfies Scores,
};

export interface Figure {
  figure: string;
  value: string;
  budget: string;
  pass: boolean;
}

export const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

export function sizeFigures(size: TransferReport): Figure[] {
  return [
    {
      figure: `JS before interactive (${size.path})`,
      value: `${kb(size.jsBytes)} KB`,
      budget: `≤ ${BUDGETS.jsKb} KB`,
      pass: kb(size.jsBytes) <= BUDGETS.jsKb,
    },
    {
      figure: `first-visit transfer (${size.path})`,
      value: `${kb(size.totalBytes)} KB`,
      budget: `≤ ${BUDGETS.totalKb} KB`,
      pass: kb(size.totalBytes) <= BUDGETS.totalKb,
    },
    {
      figure: 'requests to other origins',
      value: String(size.foreignRequests.length),
      budget: '0',
      pass: size.foreignRequests.length === 0,
    },
  ];
}

export function lighthouseFigures(summary: LighthouseSummary): Figure[] {
  return CATEGORIES.map((category: CategoryId) => {
    // Only completed runs enter the median; a run that failed to record is listed in the run log instead.
    const completed = summary.runs.filter((r) => !r.runtimeError).map((r) => r.scores[category]);
    const value = summary.median[category];
    return {
      figure: `${category} ${summary.path}`,
      value: completed.length > 1 ? `${value} (median of ${completed.join(', ')})` : String(value),
      budget: `${BUDGETS.scores[category] === 100 ? '=' : '≥'} ${BUDGETS.scores[category]}`,
      pass: value >= BUDGETS.scores[category],
    };
  });
}

/** A plain-text table with aligned columns. */
export function formatTable(figures: Figure[]): string {
  const rows = [['figure', 'value', 'budget', 'result'], ...figures.map((f) => [f.figure, f.value, f.budget, f.pass ? 'pass' : 'FAIL'])];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  const [head, ...body] = rows;
  return [line(head ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** The requests of the measured page, largest first; service-worker precaching is summed in one line. */
export function formatEntries(entries: TransferEntry[]): string {
  const row = (e: TransferEntry, note = '') =>
    `  ${String(kb(e.gzipBytes)).padStart(7)} KB gzip  ${String(kb(e.rawBytes)).padStart(7)} KB raw  ${e.resourceType.padEnd(10)} ${e.url}${note}`;
  const bySize = [...entries].sort((a, b) => b.gzipBytes - a.gzipBytes);
  const page = bySize.filter((e) => !e.serviceWorker);
  const worker = bySize.filter((e) => e.serviceWorker);
  const lines = page.map((e) => row(e, e.late ? '  (after network idle: not counted)' : ''));
  if (worker.length) {
    const total = worker.reduce((n, e) => n + e.gzipBytes, 0);
    lines.push(`  ${String(kb(total)).padStart(7)} KB gzip  service worker: ${worker.length} requests after load (offline precache: not counted)`);
  }
  return lines.join('\n');
}

/** Why a page missed a score budget: the failing audits of its median run. */
export function formatFailures(summary: LighthouseSummary): string {
  const below = CATEGORIES.filter((c) => summary.median[c] < BUDGETS.scores[c]);
  const { runtimeError } = summary.representative;
  if (runtimeError) return `  ${summary.path} could not be audited (every category counts as 0): ${runtimeError}`;
  return below
    .map((category) => {
      const audits = summary.representative.failing.filter((a) => a.category === category);
      const lines = audits.map((a) => `    - ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
      return [`  ${summary.path} ${category} ${summary.median[category]}:`, ...(lines.length ? lines : ['    (no single failing audit)'])].join('\n');
    })
    .join('\n');
}
