// The messages between the page and the search worker (search.worker.ts). Everything that crosses is
// plain data (structured clone): a ContentError is sent as its parts and rebuilt on the page, so a broken
// index shows the same message (file and field) as when the page loaded it itself.
import { ContentError } from '../../content/content-error';
import type { SearchResult } from '../../engine/search/types';

/**
 * Page → worker. `load` (re)loads the index; `search` answers from it (loading it first if needed);
 * `cancel` says the page no longer waits for request `id` (a search still queued behind the load is skipped).
 */
export type SearchRequest =
  | { type: 'load'; id: number; file: string }
  | { type: 'search'; id: number; file: string; query: string; limit: number }
  | { type: 'cancel'; id: number };

/** What the page needs to know about a loaded index. */
export interface IndexInfo {
  /** The index's content fingerprint: results are cached per version. */
  version: string;
  /** Number of documents. */
  size: number;
}

/** A ContentError as data. */
export interface WireContentError {
  kind: ContentError['kind'];
  file: string;
  path: string | null;
  message: string;
}

/** Worker → page. `error` is null for a failure that is not about the index file (a bug, not content). */
export type SearchReply =
  | { id: number; ok: true; index: IndexInfo }
  | { id: number; ok: true; results: SearchResult[] }
  | { id: number; ok: false; error: WireContentError | null };

export function toWire(error: ContentError): WireContentError {
  return { kind: error.kind, file: error.file, path: error.field, message: error.detail };
}

export function fromWire(error: WireContentError): ContentError {
  return new ContentError(error.kind, error.file, error.path, error.message);
}

const KINDS: readonly string[] = ['missing', 'unparseable', 'invalid', 'network'] satisfies ContentError['kind'][];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isWireError(value: unknown): value is WireContentError {
  return (
    isRecord(value) &&
    typeof value.kind === 'string' &&
    KINDS.includes(value.kind) &&
    typeof value.file === 'string' &&
    (value.path === null || typeof value.path === 'string') &&
    typeof value.message === 'string'
  );
}

function isParts(value: unknown): boolean {
  return Array.isArray(value) && value.every((p) => isRecord(p) && typeof p.text === 'string' && typeof p.hit === 'boolean');
}

function isResult(value: unknown): value is SearchResult {
  return isRecord(value) && typeof value.url === 'string' && typeof value.kind === 'string' && typeof value.page === 'string' && isParts(value.heading) && isParts(value.snippet);
}

/** A well-formed reply from the worker (its data is untyped until checked). */
export function isSearchReply(value: unknown): value is SearchReply {
  if (!isRecord(value) || typeof value.id !== 'number') return false;
  if (value.ok === false) return value.error === null || isWireError(value.error);
  if (value.ok !== true) return false;
  if ('results' in value) return Array.isArray(value.results) && value.results.every(isResult);
  return isRecord(value.index) && typeof value.index.version === 'string' && typeof value.index.size === 'number';
}

/** A well-formed request from the page. */
export function isSearchRequest(value: unknown): value is SearchRequest {
  if (!isRecord(value) || typeof value.id !== 'number') return false;
  switch (value.type) {
    case 'load':
      return typeof value.file === 'string';
    case 'search':
      return typeof value.file === 'string' && typeof value.query === 'string' && typeof value.limit === 'number';
    case 'cancel':
      return true;
    default:
      return false;
  }
}
