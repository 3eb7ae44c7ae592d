/** A content or data file that could not be used: names the file and the field so an operator can fix it. */
export class ContentError extends Error {
  readonly file: string;
  readonly field: string | null;
  readonly detail: string;
  readonly kind: 'missing' | 'unparseable' | 'invalid' | 'network';

  constructor(kind: ContentError['kind'], file: string, field: string | null, detail: string) {
    super(`${file}: ${field ?? '(file)'}: ${detail}`);
    this.name = 'ContentError';
    this.kind = kind;
    this.file = file;
    this.field = field;
    this.detail = detail;
  }
}

export function isContentError(error: unknown): error is ContentError {
  return error instanceof ContentError;
}
