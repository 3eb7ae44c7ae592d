import lighthouse from 'lighthouse';
import type { Result, RunnerResult } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROME_PATH, lighthouseChromeFlags } from './chromium';
import { cpuFigures } from './cpu-time';
import type { CpuFigures } from './cpu-time';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type CategoryId = (typeof CATEGORIES)[number];
export type Scores = Record<CategoryId, number>;

export interface FailingAudit {
  category: CategoryId;
  id: string;
  title: string;
  displayValue?: string;
}

export interface LighthouseRun {
  /** Category scores as 0–100 (a category Lighthouse could not score counts as 0). */
  scores: Scores;
  /** Core metrics of the run, for the JSON record (ms, except CLS). */
  metrics: Record<string, number>;
  /** Main-thread figures from the run's trace (Lighthouse's diagnostics, CPU-throttled like the metrics). */
  mainThread: MainThread;
  /** The same from the CPU time each task used (cpu-time.ts): what the page costs, however busy the machine. */
  cpu?: CpuFigures;
  /** URL Lighthouse ended on, to see what was actually measured. */
  finalUrl: string;
  failing: FailingAudit[];
  /** Set when Lighthouse could not audit the page at all (e.g. a 404 status): every score is then 0. */
  runtimeError?: string;
}

export interface LighthouseSummary {
  path: string;
  runs: LighthouseRun[];
  /** Per-category median over the runs. */
  median: Scores;
  /** The run with the median performance score: its failing audits are the ones reported. */
  representative: LighthouseRun;
}

/** A run that has not finished by then is killed and reported, never left hanging. */
const RUN_TIMEOUT_MS = 120_000;

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index', 'interactive'];

export interface MainThread {
  /** Main-thread time by kind of work (mainthread-work-breakdown), ms: scriptEvaluation, styleLayout, … */
  byGroup: Record<string, number>;
  /** Script evaluation + parse/compile, ms (the two script groups of the breakdown). */
  scriptMs: number;
  /** Tasks of 50 ms or more on the main thread (long-tasks). */
  longTasks: number;
  /** The longest of them, ms (0 without any). */
  longestTaskMs: number;
}

function mainThread(lhr: Result): MainThread {
  const items = (id: string): Record<string, unknown>[] => {
    const details = lhr.audits[id]?.details as { items?: Record<string, unknown>[] } | undefined;
    return details?.items ?? [];
  };
  const num = (v: unknown) => (typeof v === 'number' ? v : 0);
  const byGroup: Record<string, number> = {};
  for (const item of items('mainthread-work-breakdown')) byGroup[String(item.group)] = Math.round(num(item.duration));
  const scriptMs = (byGroup.scriptEvaluation ?? 0) + (byGroup.scriptParseCompile ?? 0);
  const tasks = items('long-tasks').map((item) => num(item.duration));
  return { byGroup, scriptMs, longTasks: tasks.length, longestTaskMs: Math.round(Math.max(0, ...tasks)) };
}

function perCategory(pick: (category: CategoryId) => number): Scores {
  return { performance: pick('performance'), accessibility: pick('accessibility'), 'best-practices': pick('best-practices'), seo: pick('seo') };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Audits that pulled a category down: metrics scoring below "good" for performance, any non-pass elsewhere. */
function failingAudits(lhr: Result): FailingAudit[] {
  const out: FailingAudit[] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || ref.weight === 0) continue;
      const threshold = category === 'performance' ? 0.9 : 1;
      if (audit.score < threshold) out.push({ category, id: audit.id, title: audit.title, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}) });
    }
  }
  return out;
}

function toRun(lhr: Result): LighthouseRun {
  const scores = perCategory((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
  const metrics: Record<string, number> = {};
  for (const id of METRICS) {
    const value = lhr.audits[id]?.numericValue;
    if (typeof value === 'number') metrics[id] = Math.round(value * 1000) / 1000;
  }
  return { scores, metrics, mainThread: mainThread(lhr), finalUrl: lhr.finalDisplayedUrl, failing: failingAudits(lhr) };
}

function cpuOf(result: RunnerResult): { cpu?: CpuFigures } {
  const trace = result.artifacts?.Trace;
  if (!trace) return {};
  try {
    return { cpu: cpuFigures(trace, result.lhr.configSettings.throttling.cpuSlowdownMultiplier ?? 1) };
  } catch {
    return {}; // a trace Lighthouse could not process (no paint): the run's own error says why
  }
}

/** One Lighthouse run (mobile preset, simulated throttling) in a fresh Chromium, killed however it ends. */
async function runOnce(url: string, timeoutMs: number): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: lighthouseChromeFlags(), logLevel: 'silent' });
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Lighthouse run on ${url} timed out after ${timeoutMs / 1000} s`)), timeoutMs);
    });
    const run = lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    // After a timeout the run fails once Chrome is killed; that late rejection has nobody left to tell.
    run.catch(() => undefined);
    const result = await Promise.race([run, timeout]);
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { runtimeError } = result.lhr;
    if (runtimeError) {
      // A route that is not built yet answers 404: a result to report (all zeros), not a crash.
      const failing = CATEGORIES.map((category) => ({ category, id: runtimeError.code, title: runtimeError.message }));
      return { ...toRun(result.lhr), scores: perCategory(() => 0), failing, runtimeError: `${runtimeError.code}: ${runtimeError.message}` };
    }
    return { ...toRun(result.lhr), ...cpuOf(result) };
  } finally {
    clearTimeout(timer);
    chrome.kill();
  }
}

/**
 * Runs Lighthouse on one URL `runs` times and takes the median per category over the completed runs, as
 * Lighthouse's own guidance on variability recommends: a single run's performance score moves by several
 * points when the machine is busy, and the median of an odd number of runs is robust to one outlier either
 * way. A run that failed to record (NO_NAVSTART and other transient runtime errors) is retried, up to
 * `extraAttempts` times in all; a page that never loads keeps its error and zero scores.
 */
export async function runLighthouse(
  origin: string,
  path: string,
  { runs: wanted = 3, extraAttempts = 2, timeoutMs = RUN_TIMEOUT_MS, onRun = (_run: LighthouseRun) => {} } = {},
): Promise<LighthouseSummary> {
  const runs: LighthouseRun[] = [];
  const completed = () => runs.filter((r) => !r.runtimeError);
  while (completed().length < wanted && runs.length < wanted + extraAttempts) {
    const run = await runOnce(`${origin}${path}`, timeoutMs);
    runs.push(run);
    onRun(run);
  }
  const basis = completed().length > 0 ? completed() : runs;
  const medianScores = perCategory((c) => median(basis.map((r) => r.scores[c])));
  const representative = basis.find((r) => r.scores.performance === medianScores.performance) ?? basis[0];
  if (!representative) throw new Error(`no Lighthouse run for ${path}`);
  return { path, runs, median: medianScores, representative };
}

/** One discarded run, so the first measured page does not pay for a cold browser, disk and font cache. */
export async function warmUp(origin: string): Promise<void> {
  await runOnce(`${origin}/`, RUN_TIMEOUT_MS);
}
