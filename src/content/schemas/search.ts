import * as z from 'zod/mini';
import { text } from './common';

/** What a search result is: a guide page or section, a troubleshooter step or outcome, a code, a provider rule, a tool. */
export const DOC_KINDS = ['page', 'section', 'step', 'outcome', 'code', 'provider', 'tool'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

/**
 * public/content/ja/search-synonyms.json: groups of words the site search treats as the same
 * (迷惑メール = スパム = ジャンク, ドコモ = docomo, readings such as めいわく). Operators edit it; matching
 * ignores width, case, katakana/hiragana and long-vowel marks, so one spelling per word is enough.
 */
export const synonymTerm = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(40, 'must be at most 40 characters'));

export const searchSynonyms = z.strictObject({
  schemaVersion: z.literal(1),
  groups: z.array(z.array(synonymTerm).check(z.minLength(2, 'a group needs at least two words'))),
});

export type SearchSynonyms = z.infer<typeof searchSynonyms>;

/**
 * data/search-index.json as built by scripts/lib/search-docs.ts, checked where the browser loads it. The
 * documents are checked by hand (searchIndexProblem) rather than with a zod tuple: zod's tuple code would
 * land in every page's initial JavaScript.
 */
export const searchIndex = z.object({
  schemaVersion: z.literal(1),
  version: text,
  docs: z.array(z.array(z.string())),
  synonyms: z.array(z.array(z.string())),
});

/** The first malformed document ("docs.12: …"), or null when every one is [url, kind, page, heading, body, keywords, code]. */
export function searchIndexProblem(docs: readonly (readonly string[])[]): { path: string; message: string } | null {
  for (const [i, doc] of docs.entries()) {
    if (doc.length !== 7) return { path: `docs.${i}`, message: 'must have 7 fields' };
    if (!(DOC_KINDS as readonly string[]).includes(doc[1] ?? '')) return { path: `docs.${i}.1`, message: `must be one of ${DOC_KINDS.join(', ')}` };
  }
  return null;
}
