// Runs the header analyser off the main thread, so a 20 MB .eml or 10,000 Received lines never freeze the
// page. One worker per analysis: the page terminates it on cancel or time-out.
import { analyseHeaders } from '../../engine/headers/analyse';
import type { HeadersResponse } from './run-headers';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  postMessage(message: HeadersResponse): void;
}
declare const self: WorkerScope;

self.addEventListener('message', (event) => {
  const data: unknown = event.data;
  const input = typeof data === 'object' && data !== null && 'input' in data ? data.input : undefined;
  if (typeof input !== 'string') {
    self.postMessage({ ok: false });
    return;
  }
  try {
    self.postMessage({ ok: true, analysis: analyseHeaders(input) });
  } catch {
    self.postMessage({ ok: false });
  }
});
