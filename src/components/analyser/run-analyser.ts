// THE ANALYSER FRONT END: runs an analyser (SMTP bounces, message headers, …) in a Web Worker, so a
// 5 MB paste never freezes the page, with a time limit, cancellation by AbortSignal, and the same
// analysis on the main thread when there is no Worker (jsdom, old browsers) or the worker cannot start.
// Each analyser supplies an AnalyserTask: how to start its worker, how to read its reply, and the
// main-thread fallback. smtp-analyser.ts is one; a feature can define its own with its own worker.

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

export interface AnalyserTask<Request, Result> {
  /**
   * Starts a fresh worker. Write it as `new Worker(new URL('./x.worker.ts', import.meta.url), { type:
   * 'module' })` in the task's own file: that exact form is what makes Vite bundle the worker.
   */
  startWorker: () => Worker;
  /** The worker's reply (untyped data) as a result, or null when it failed or is malformed. */
  readReply: (data: unknown) => Result | null;
  /** The same analysis on the main thread (import the engine lazily inside it). */
  onMainThread: (request: Request) => Promise<Result>;
}

export interface RunOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

function abortError(signal: AbortSignal | undefined): unknown {
  return signal?.reason ?? new DOMException('Aborted', 'AbortError');
}

/** The main-thread run cannot be interrupted, but the page still stops waiting on cancel or timeout. */
function runHere<Request, Result>(task: AnalyserTask<Request, Result>, request: Request, signal: AbortSignal | undefined, timeoutMs: number): Promise<Result> {
  return new Promise<Result>((resolve, reject) => {
    const timer = setTimeout(() => reject(new AnalysisTimeoutError()), timeoutMs);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    task.onMainThread(request).then(
      (result) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        resolve(result);
      },
      () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        reject(new AnalysisFailedError());
      },
    );
  });
}

/**
 * Runs `task` on `request` in a worker: rejects with AnalysisTimeoutError after `timeoutMs`, with the
 * signal's reason when aborted (the worker is terminated in both cases), and with AnalysisFailedError
 * when the analysis fails. One worker per run.
 */
export function runAnalyser<Request, Result>(
  task: AnalyserTask<Request, Result>,
  request: Request,
  { signal, timeoutMs = ANALYSIS_TIMEOUT_MS }: RunOptions = {},
): Promise<Result> {
  if (signal?.aborted) return Promise.reject(abortError(signal));
  if (typeof Worker === 'undefined') return runHere(task, request, signal, timeoutMs);
  let worker: Worker;
  try {
    worker = task.startWorker();
  } catch {
    return runHere(task, request, signal, timeoutMs);
  }
  return new Promise<Result>((resolve, reject) => {
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
      reject(abortError(signal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      stop();
      const result = task.readReply(event.data);
      if (result === null) reject(new AnalysisFailedError());
      else resolve(result);
    });
    // The worker script did not load or start (module workers unsupported, a blocked file): analyse here.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      stop();
      runHere(task, request, signal, timeoutMs).then(resolve, reject);
    });
    worker.postMessage(request);
  });
}
