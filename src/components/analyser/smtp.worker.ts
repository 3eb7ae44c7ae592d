// Runs the SMTP analyser off the main thread, so a 5 MB paste never freezes the page. One worker per
// lookup: the page terminates it when the reader cancels or the time limit passes.
import { smtpDb } from '../../content/schemas/smtp-db';
import { analyse } from '../../engine/smtp/analyse';
import type { AnalyseResponse } from './smtp-messages';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  postMessage(message: AnalyseResponse): void;
}
declare const self: WorkerScope;

self.addEventListener('message', (event) => {
  void (async () => {
    const data: unknown = event.data;
    const input = typeof data === 'object' && data !== null && 'input' in data ? data.input : undefined;
    // The message is data from outside this module: validate the database as the page did.
    const db = smtpDb.safeParse(typeof data === 'object' && data !== null && 'db' in data ? data.db : undefined);
    if (typeof input !== 'string' || !db.success) {
      self.postMessage({ ok: false });
      return;
    }
    self.postMessage({ ok: true, analysis: await analyse(input, db.data) });
  })();
});
