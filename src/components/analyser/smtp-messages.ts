import type { SmtpDb } from '../../content/schemas/smtp-db';
import type { Analysis, AnalysisNotice } from '../../engine/smtp/types';

/** Main thread → worker: the pasted text and the already validated code database. */
export interface AnalyseRequest {
  input: string;
  db: SmtpDb;
}

/** Worker → main thread. */
export type AnalyseResponse = { ok: true; analysis: Analysis } | { ok: false };

const NOTICES: readonly AnalysisNotice[] = [null, 'empty', 'binary', 'no-code', 'truncated'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Checks the shape of what came back from the worker (a message is untyped data). The worker runs this
 * project's own engine, so the top level is checked, not every field of every result.
 */
export function isAnalyseResponse(value: unknown): value is AnalyseResponse {
  if (!isRecord(value)) return false;
  if (value.ok === false) return true;
  if (value.ok !== true || !isRecord(value.analysis)) return false;
  const a = value.analysis;
  return (
    Array.isArray(a.results) &&
    Array.isArray(a.lookalikes) &&
    Array.isArray(a.highlights) &&
    NOTICES.some((n) => n === a.notice) &&
    a.results.every((r) => isRecord(r) && typeof r.class === 'string' && isRecord(r.explanation))
  );
}
