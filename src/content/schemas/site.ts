import * as z from 'zod/mini';
import { slug, text } from './common';

const hexColor = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #0b57d0'));

const topic = z.object({
  slug,
  title: text,
  description: text,
});

export const siteSettings = z
  .object({
    schemaVersion: z.literal(1),
    locale: z.enum(['ja']),
    defaultLocale: z.enum(['ja']),
    siteName: text,
    description: text,
    home: z.object({ lead: z.array(text).check(z.minLength(1), z.maxLength(3)) }),
    support: z.object({
      email: z.optional(z.email('must be an e-mail address')),
      url: z.optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
      hours: z.optional(text),
    }),
    theme: z.optional(z.object({ accentColor: z.optional(hexColor) })),
    topics: z.array(topic).check(z.minLength(1, 'needs at least one topic')),
  })
  .check(
    z.refine((site) => Boolean(site.support.email || site.support.url), {
      message: 'needs an e-mail address or a URL',
      path: ['support'],
    }),
    z.refine((site) => new Set(site.topics.map((t) => t.slug)).size === site.topics.length, {
      message: 'each topic slug must appear only once',
      path: ['topics'],
    }),
  );

export type SiteSettings = z.infer<typeof siteSettings>;
export type Topic = z.infer<typeof topic>;
