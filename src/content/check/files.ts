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
