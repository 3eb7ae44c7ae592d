import type { BasicCodeEntry, EnhancedCodeEntry } from '../../content/schemas/smtp-db';
import { enhancedVariants } from '../../engine/smtp/code-variants';

/** One row of the code list, with what the filter box searches. */
export interface CodeRow {
  code: string; // "550" or "X.1.1"
  codes: string[]; // lower-case forms a reader may type: "550"; "x.1.1", "4.1.1", "5.1.1"
  words: string; // lower-case, NFKC: Japanese title and summary, English texts
}

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export function basicRow(entry: BasicCodeEntry): CodeRow {
  return { code: entry.code, codes: [entry.code], words: normalise(`${entry.title} ${entry.summary} ${entry.rfcText}`) };
}

export function enhancedRow(entry: EnhancedCodeEntry): CodeRow {
  return {
    code: entry.code,
    codes: [entry.code.toLowerCase(), ...enhancedVariants(entry)],
    words: normalise(`${entry.title} ${entry.summary} ${entry.sampleText} ${entry.description}`),
  };
}

const CODE_LIKE = /^[0-9x](?:\.[0-9]*){0,2}$|^[0-9]{1,3}$/;

function codeMatches(codes: readonly string[], token: string): boolean {
  return codes.some((c) => {
    if (c === token) return true;
    if (token.includes('.')) {
      // "5.1" finds 5.1.x; "5.1.1" does not find 5.1.10. "5.1." is a prefix typed so far.
      return token.endsWith('.') ? c.startsWith(token) : c.startsWith(`${token}.`);
    }
    return /^[0-9]+$/.test(c) ? c.startsWith(token) : c.startsWith(`${token}.`); // "55" → 550–556; "5" → 5.x.x
  });
}

/**
 * Whether a row matches what was typed: every space-separated word must match, a code-like word
 * ("550", "5.1", "x.7.1", full-width "５５０") by code, any other word inside the texts.
 */
export function rowMatches(row: CodeRow, query: string): boolean {
  const tokens = normalise(query).split(/\s+/).filter((t) => t !== '');
  return tokens.every((token) => (CODE_LIKE.test(token) ? codeMatches(row.codes, token) : row.words.includes(token)));
}
