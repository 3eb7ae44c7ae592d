import * as z from 'zod/mini';
import { text } from './common';

/** public/content/<locale>/glossary.json: one term per concept, with the variants prose may not use. */
export const glossary = z.object({
  schemaVersion: z.literal(1),
  note: z.optional(text),
  terms: z
    .array(
      z.object({
        preferred: text,
        forbidden: z.array(text).check(z.minLength(1, 'needs at least one forbidden variant')),
        note: z.optional(text),
      }),
    )
    .check(z.minLength(1, 'needs at least one term')),
});
export type Glossary = z.infer<typeof glossary>;

/** "slug" (the page as a whole, title included) or "slug#section". */
const target = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?$/, 'must be "page" or "page#section"'));

const sentence = z
  .object({
    /** The line of the source article the sentence is on (1-based). */
    line: z.number().check(z.int(), z.positive()),
    /** The sentence, verbatim from the source article. */
    text,
    status: z.enum(['kept', 'rewritten', 'corrected']),
    where: z.array(target).check(z.minLength(1, 'needs at least one page or section')),
    /** Phrases that carry the sentence's facts in the guide's wording; each must appear in a target. */
    keyPhrases: z.optional(z.array(text)),
    /** For corrections: the article's wrong wording, which must no longer appear (outside :::correction blocks). */
    absent: z.optional(z.array(text)),
    /** For corrections: what was corrected (also listed in changelog.md). */
    note: z.optional(text),
  })
  .check(
    z.refine((s) => s.status === 'kept' || (s.keyPhrases?.length ?? 0) > 0, {
      message: 'a rewritten or corrected sentence needs keyPhrases that show where its facts now are',
      path: ['keyPhrases'],
    }),
    z.refine((s) => s.status !== 'corrected' || s.note !== undefined, { message: 'a corrected sentence needs a note', path: ['note'] }),
  );

/**
 * public/content/<locale>/source-map.json: every sentence of the source article, verbatim and in order,
 * with where its content lives now. The map holds the article itself, so the check needs no other file.
 */
export const sourceMap = z.object({
  schemaVersion: z.literal(1),
  source: text,
  /** The source article, verbatim, one string per line: what the sentences must add up to. */
  article: z.array(z.string()).check(z.minLength(1)),
  sentences: z.array(sentence).check(z.minLength(1)),
});
export type SourceMap = z.infer<typeof sourceMap>;
