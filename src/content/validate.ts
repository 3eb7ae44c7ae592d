import type * as z from 'zod/mini';
import { ContentError } from './content-error';

export interface ContentProblem {
  file: string;
  path: string;
  message: string;
}

/** "topics.3.slug" — the JSON path an operator can follow in the file. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  // zod/mini ships no message locale; turn the issue codes into plain English ourselves.
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return `is too short (minimum ${String(issue.minimum)})`;
    case 'too_big':
      return `is too long (maximum ${String(issue.maximum)})`;
    case 'unrecognized_keys':
      return `unknown field(s): ${issue.keys.join(', ')}`;
    case 'invalid_format':
      return `has an invalid format (${issue.format})`;
    default:
      return 'is not valid';
  }
}

export function schemaProblems(file: string, issues: readonly z.core.$ZodIssue[]): ContentProblem[] {
  return issues.map((issue) => ({ file, path: formatPath(issue.path), message: describeIssue(issue) }));
}

/** Parses data against its schema or throws a ContentError naming the file and the first bad field. */
export function parseWith<T extends z.ZodMiniType>(schema: T, data: unknown, file: string): z.infer<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const [first] = schemaProblems(file, result.error.issues);
  const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more)` : '';
  throw new ContentError('invalid', file, first?.path ?? null, `${first?.message ?? 'is not valid'}${more}`);
}
