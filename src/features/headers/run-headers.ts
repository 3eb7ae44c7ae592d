// Analyses headers in a Web Worker with a time limit and cancellation, falling back to the main thread
// where workers are unavailable. Same contract as the SMTP lookup's runAnalysis (features/smtp/
// run-analysis.ts), so both fold into one generic analyser front end: (input, {signal, timeoutMs}) → result.
import type { HeaderAnalysis } from '../../engine/headers/types';

export const HEADERS_TIMEOUT_MS = 20_000;

export type HeadersResponse = { ok: true; analysis: HeaderAnalysis } | { ok: false };

export class HeadersTimeoutError extends Error {
  constructor() {
    super('The header analysis took too long');
    this.name = 'HeadersTimeoutError';
  }
}

export class HeadersFailedError extends Error {
  constructor() {
    super('The header analysis failed');
    this.name = 'HeadersFailedError';
  }
}

function abortError(signal: AbortSignal | undefined): unknown {
  return signal?.reason ?? new DOMException('Aborted', 'AbortError');
}

function isResponse(value: unknown): value is HeadersResponse {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === false) return true;
  if (value.ok !== true || !('analysis' in value)) return false;
  const a = value.analysis;
  return typeof a === 'object' && a !== null && 'hops' in a && Array.isArray(a.hops) && 'conclusion' in a && Array.isArray(a.conclusion) && 'notices' in a && Array.isArray(a.notices);
}

async function onMainThread(input: string, signal: AbortSignal | undefined, timeoutMs: number): Promise<HeaderAnalysis> {
  const { analyseHeaders } = await import('../../engine/headers/analyse');
  return new Promise<HeaderAnalysis>((resolve, reject) => {
    const timer = setTimeout(() => reject(new HeadersTimeoutError()), timeoutMs);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    // Let the "analysing…" status paint before the synchronous run.
    setTimeout(() => {
      if (signal?.aborted) return;
      try {
        const analysis = analyseHeaders(input);
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        resolve(analysis);
      } catch {
        clearTimeout(timer);
        reject(new HeadersFailedError());
      }
    }, 0);
  });
}

export function runHeaders(input: string, { signal, timeoutMs = HEADERS_TIMEOUT_MS }: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<HeaderAnalysis> {
  if (signal?.aborted) return Promise.reject(abortError(signal));
  if (typeof Worker === 'undefined') return onMainThread(input, signal, timeoutMs);
  let worker: Worker;
  try {
    // This exact form lets Vite bundle the worker as its own file (the CSP allows workers from 'self' only).
    worker = new Worker(new URL('./headers.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return onMainThread(input, signal, timeoutMs);
  }
  return new Promise<HeaderAnalysis>((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
    };
    const timer = setTimeout(() => {
      stop();
      reject(new HeadersTimeoutError());
    }, timeoutMs);
    const onAbort = () => {
      stop();
      reject(abortError(signal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      stop();
      if (isResponse(event.data) && event.data.ok) resolve(event.data.analysis);
      else reject(new HeadersFailedError());
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      stop();
      onMainThread(input, signal, timeoutMs).then(resolve, reject);
    });
    worker.postMessage({ input });
  });
}
