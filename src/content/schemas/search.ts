import * as z from 'zod/mini';
import { DOC_KINDS } from '../../engine/search/types';
import { text } from './common';

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

/** data/search-index.json as built by scripts/lib/search-docs.ts, checked where the browser loads it. */
export const searchIndex = z.object({
  schemaVersion: z.literal(1),
  version: text,
  docs: z.array(z.tuple([z.string(), z.enum(DOC_KINDS), z.string(), z.string(), z.string(), z.string(), z.string()])),
  synonyms: z.array(z.array(z.string())),
});
