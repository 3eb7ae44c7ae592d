import type { SmtpDb } from '../../content/schemas/smtp-db';
import type { Analysis } from '../../engine/smtp/types';
import type { AnalyserTask, RunOptions } from './run-analyser';
import { runAnalyser } from './run-analyser';
import type { AnalyseRequest } from './smtp-messages';
import { isAnalyseResponse } from './smtp-messages';

/** The SMTP bounce analyser (engine/smtp) behind the analyser front end: used by /smtp and the troubleshooter. */
const smtpTask: AnalyserTask<AnalyseRequest, Analysis> = {
  startWorker: () => new Worker(new URL('./smtp.worker.ts', import.meta.url), { type: 'module' }),
  readReply: (data) => (isAnalyseResponse(data) && data.ok ? data.analysis : null),
  onMainThread: async ({ input, db }) => {
    const { analyse } = await import('../../engine/smtp/analyse');
    return analyse(input, db);
  },
};

/** Analyses a paste (a code, a reply or a whole bounce) off the main thread; see runAnalyser. */
export function runSmtpAnalysis(input: string, db: SmtpDb, options: RunOptions = {}): Promise<Analysis> {
  return runAnalyser(smtpTask, { input, db }, options);
}
