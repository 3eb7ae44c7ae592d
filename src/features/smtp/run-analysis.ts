import type { SmtpDb } from '../../content/schemas/smtp-db';
import type { Analysis } from '../../engine/smtp/types';
import { isAnalyseResponse } from './worker-messages';
import type { AnalyseRequest } from './worker-messages';

/** A lookup that takes longer than this is stopped and reported instead of keeping the reader waiting. */
export const ANALYSIS_TIMEOUT_MS = 20_000;

export class AnalysisTimeoutError extends Error {
  constructor() {
    super('The analysis took too long');
    this.name = 'AnalysisTimeoutError';
  }
}

export class AnalysisFailedError extends Error {
  constructor() {
    super('The analysis failed');
    this.name = 'AnalysisFailedError';
  }
}

export interface RunOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('Aborted', 'AbortError');
}

/**
 * Without Worker (jsdom, very old browsers) or when the worker cannot start, the engine runs here. It
 * cannot be interrupted, but the page still stops waiting on cancel or timeout.
 */
async function onMainThread(input: string, db: SmtpDb, signal: AbortSignal | undefined, timeoutMs: number): Promise<Analysis> {
  const { analyse } = await import('../../engine/smtp/analyse');
  return new Promise<Analysis>((resolve, reject) => {
    const timer = setTimeout(() => reject(new AnalysisTimeoutError()), timeoutMs);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal ? abortError(signal) : new DOMException('Aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    analyse(input, db).then(
      (analysis) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        resolve(analysis);
      },
      () => reject(new AnalysisFailedError()),
    );
  });
}

function startWorker(): Worker {
  // This exact form lets Vite bundle the worker as its own file (the CSP allows workers from 'self' only).
  return new Worker(new URL('./analyse.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Analyses a paste in a Web Worker: rejects with AnalysisTimeoutError after `timeoutMs`, with the
 * signal's reason when aborted; the worker is terminated in both cases.
 */
export function runAnalysis(input: string, db: SmtpDb, { signal, timeoutMs = ANALYSIS_TIMEOUT_MS }: RunOptions = {}): Promise<Analysis> {
  if (signal?.aborted) return Promise.reject(abortError(signal));
  if (typeof Worker === 'undefined') return onMainThread(input, db, signal, timeoutMs);
  let worker: Worker;
  try {
    worker = startWorker();
  } catch {
    return onMainThread(input, db, signal, timeoutMs);
  }
  return new Promise<Analysis>((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
    };
    const timer = setTimeout(() => {
      stop();
      reject(new AnalysisTimeoutError());
    }, timeoutMs);
    const onAbort = () => {
      stop();
      reject(signal ? abortError(signal) : new DOMException('Aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      stop();
      const data = event.data;
      if (isAnalyseResponse(data) && data.ok) resolve(data.analysis);
      else reject(new AnalysisFailedError());
    });
    // The worker script did not load or start (module workers unsupported, a blocked file): analyse here.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      stop();
      onMainThread(input, db, signal, timeoutMs).then(resolve, reject);
    });
    const request: AnalyseRequest = { input, db };
    worker.postMessage(request);
  });
}
