// The header analyser behind the analyser front end (components/analyser/run-analyser.ts): its worker,
// its reply check and its main-thread fallback; the time limit, cancellation and fallback logic are shared
// with the SMTP lookup.
import type { AnalyserTask, RunOptions } from '../../components/analyser/run-analyser';
import { runAnalyser } from '../../components/analyser/run-analyser';
import type { HeaderAnalysis } from '../../engine/headers/types';

export type HeadersRequest = { input: string };
export type HeadersResponse = { ok: true; analysis: HeaderAnalysis } | { ok: false };

function isResponse(value: unknown): value is HeadersResponse {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === false) return true;
  if (value.ok !== true || !('analysis' in value)) return false;
  const a = value.analysis;
  return typeof a === 'object' && a !== null && 'hops' in a && Array.isArray(a.hops) && 'conclusion' in a && Array.isArray(a.conclusion) && 'notices' in a && Array.isArray(a.notices);
}

const headersTask: AnalyserTask<HeadersRequest, HeaderAnalysis> = {
  // This exact form lets Vite bundle the worker as its own file (the CSP allows workers from 'self' only).
  startWorker: () => new Worker(new URL('./headers.worker.ts', import.meta.url), { type: 'module' }),
  readReply: (data) => (isResponse(data) && data.ok ? data.analysis : null),
  onMainThread: async ({ input }) => {
    const { analyseHeaders } = await import('../../engine/headers/analyse');
    return analyseHeaders(input);
  },
};

/** Analyses a header block or a whole message off the main thread; see runAnalyser. */
export function runHeaders(input: string, options: RunOptions = {}): Promise<HeaderAnalysis> {
  return runAnalyser(headersTask, { input }, options);
}
