import * as z from 'zod/mini';
import { bounceReason, providerId, replyClass, statusClass } from './vocabulary';
import { guideLink, text } from './common';

/**
 * public/data/smtp-codes.json: every basic reply code (RFC 5321 + RFC 7504) and every IANA enhanced
 * status code, with customer-facing Japanese explanations, the provider-specific meanings and the
 * per-reason advice. English reference texts are kept verbatim so a reader can check the source.
 */
const reason = bounceReason;

export const basicCodeEntry = z.object({
  code: z.string().check(z.regex(/^[2-5][0-9]{2}$/, 'must be a three-digit reply code')),
  class: replyClass,
  rfcText: text, // English meaning as in the reference
  reference: text,
  title: text, // Japanese, short
  summary: text, // Japanese: what it means, for a customer
  action: text, // Japanese: what to do
  reason, // most likely reason when only this code is known
  topics: z.array(guideLink),
});

export const enhancedCodeEntry = z.object({
  // Registry form with X as the class: "X.1.1". Applies to 2.x.x, 4.x.x and 5.x.x.
  code: z.string().check(z.regex(/^X\.[0-9]{1,3}\.[0-9]{1,3}$/, 'must look like X.1.1')),
  sampleText: z.string(), // IANA sample text; empty for the deprecated X.6.10
  basicCodes: z.string(), // IANA "associated basic status code", verbatim
  description: text, // IANA description, English, verbatim
  reference: text,
  deprecated: z.optional(z.boolean()),
  title: text,
  summary: text,
  action: text,
  reason,
  topics: z.array(guideLink),
});

export const subjectEntry = z.object({
  subject: z.number().check(z.int(), z.minimum(0), z.maximum(7)),
  name: text, // IANA sub-registry name, English ("Addressing")
  title: text, // Japanese
  summary: text,
  reason,
  topics: z.array(guideLink),
});

export const classEntry = z.object({
  class: statusClass,
  name: text, // "Success" / "Persistent Transient Failure" / "Permanent Failure"
  title: text,
  summary: text,
});

export const providerEntry = z.object({
  provider: providerId,
  name: text, // display name, e.g. "Google (Gmail / Google Workspace)"
  // Text clues that identify who answered (matched case-insensitively against the message / MTA host).
  clues: z.array(text),
  rules: z.array(
    z.object({
      // Enhanced codes this rule applies to ("5.7.26"), ranges as "4.7.500-4.7.699", and/or reply codes.
      statuses: z.array(text),
      replyCodes: z.optional(z.array(z.string().check(z.regex(/^[2-5][0-9]{2}$/)))),
      // Optional bracketed tag or text that must also be present, e.g. "[TSS04]", "S3150", "RP-001".
      textClue: z.optional(text),
      meaning: text, // Japanese: the provider's own meaning
      differsFromIana: z.optional(text), // Japanese note when IANA's meaning differs
      reason,
      action: text,
      source: text,
      topics: z.array(guideLink),
    }),
  ),
});

export const reasonEntry = z.object({
  reason,
  meaning: text, // English one-liner from the reference vocabulary
  title: text, // Japanese
  whatHappened: text,
  why: text,
  senderAction: text,
  recipientAction: text,
  topics: z.array(guideLink),
});

export const smtpDb = z.object({
  schemaVersion: z.literal(1),
  basic: z.array(basicCodeEntry),
  enhanced: z.array(enhancedCodeEntry),
  subjects: z.array(subjectEntry),
  classes: z.array(classEntry),
  providers: z.array(providerEntry),
  reasons: z.array(reasonEntry),
});

export type SmtpDb = z.infer<typeof smtpDb>;
export type BasicCodeEntry = z.infer<typeof basicCodeEntry>;
export type EnhancedCodeEntry = z.infer<typeof enhancedCodeEntry>;
export type ProviderEntry = z.infer<typeof providerEntry>;
export type ReasonEntry = z.infer<typeof reasonEntry>;
