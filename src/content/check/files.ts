// What every content check shares: how files are read (pure: the CLI, the build and the tests pass their
// own reader) and how a problem is written for an operator ("file: path: message").
import type { ContentProblem } from '../validate';

export type { ContentProblem };

/** Reads a file under public/ (path relative to public/), or null when it does not exist. */
export type ReadFile = (file: string) => string | null;

/** Lists the files of a directory under public/ as paths relative to public/. */
export type ListDir = (dir: string) => string[];

/** Every guide page and its section ids: what the troubleshooter, the code database and the pages may link to. */
export type PageSections = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * The largest a content file may be, in bytes (docs/content-format.md). Every file is fetched by phones,
 * often on mobile data, so a file far above what the guide needs is a mistake (a pasted log, a dump, a
 * wrong file), and the app would hang on it; today's largest are about 15 KB (a page) and 165 KB (the
 * code database).
 */
export const MAX_CONTENT_BYTES = {
  /** A guide page or the changelog (Markdown). */
  markdown: 256 * 1024,
  /** site.json, tree.json, glossary.json, source-map.json. */
  json: 1024 * 1024,
  /** data/smtp-codes.json. */
  data: 2 * 1024 * 1024,
} as const;

function sizeLimit(file: string): { bytes: number; what: string } {
  if (file.endsWith('.md')) return { bytes: MAX_CONTENT_BYTES.markdown, what: 'a Markdown file' };
  if (file.startsWith('data/')) return { bytes: MAX_CONTENT_BYTES.data, what: 'a data file' };
  return { bytes: MAX_CONTENT_BYTES.json, what: 'a content JSON file' };
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * A reader that reports every file over its size limit once (into `problems`), then lets the checks read it
 * as usual, so an oversized file is one line and its other problems are still found.
 */
export function sizeCheckedReader(read: ReadFile, problems: ContentProblem[]): ReadFile {
  const seen = new Set<string>();
  const encoder = new TextEncoder();
  return (file) => {
    const raw = read(file);
    if (raw === null || seen.has(file)) return raw;
    seen.add(file);
    const limit = sizeLimit(file);
    // A UTF-8 character is at most 3 bytes per UTF-16 unit: short files need no encoding to be measured.
    const bytes = raw.length * 3 <= limit.bytes ? raw.length : encoder.encode(raw).length;
    if (bytes > limit.bytes) {
      problems.push({ file, path: '(file)', message: `is ${sizeText(bytes)}; ${limit.what} may be at most ${sizeText(limit.bytes)} (docs/content-format.md)` });
    }
    return raw;
  };
}

export function parseJson(file: string, raw: string, problems: ContentProblem[]): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch (error) {
    problems.push({ file, path: '(file)', message: `is not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
    return undefined;
  }
}

/** The parsed JSON of a file, or undefined after reporting it missing or broken. */
export function readJson(read: ReadFile, file: string, problems: ContentProblem[]): unknown {
  const raw = read(file);
  if (raw === null) {
    problems.push({ file, path: '(file)', message: 'file is missing' });
    return undefined;
  }
  return parseJson(file, raw, problems);
}

/** The parsed JSON of a file, or undefined without a word: for checks whose file another check reports. */
export function quietJson(raw: string | null): unknown {
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}: ${problem.path}: ${problem.message}`;
}
