import * as z from 'zod/mini';

/** A non-empty, trimmed single-line string. */
export const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

/** Section and page identifiers: stable, ASCII, kebab-case, safe in URLs for years. */
export const slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case ASCII (a-z, 0-9, -)'));

/** A link from data to a guide page, optionally to a section inside it. */
export const guideLink = z.object({
  page: slug,
  section: z.optional(slug),
});
export type GuideLink = z.infer<typeof guideLink>;
