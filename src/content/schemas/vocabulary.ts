import * as z from 'zod/mini';

// The shared vocabulary, defined once as zod enums (the content files are validated against them) and
// derived everywhere else: the engine's types, the UI's label tables (Record<…> over these unions, so a
// new value fails to compile until it has a label) and the scripts.

/** Why a message bounced (reference: bounce-reasons.csv). The analyser reports exactly one of these. */
export const bounceReason = z.enum([
  'delivered', 'vacation', 'feedback', 'userunknown', 'hostunknown', 'hasmoved', 'notaccept', 'suspend',
  'mailboxfull', 'systemfull', 'exceedlimit', 'mesgtoobig', 'filtered', 'rejected', 'blocked',
  'badreputation', 'spamdetected', 'virusdetected', 'policyviolation', 'contenterror', 'notcompliantrfc',
  'authfailure', 'requireptr', 'securityerror', 'failedstarttls', 'norelaying', 'networkerror',
  'toomanyconn', 'speeding', 'expired', 'systemerror', 'mailererror', 'syntaxerror', 'suppressed',
  'onhold', 'undefined',
]);
export type BounceReason = z.infer<typeof bounceReason>;
export const BOUNCE_REASONS = bounceReason.options;

export function isBounceReason(value: string): value is BounceReason {
  return (BOUNCE_REASONS as readonly string[]).includes(value);
}

/** Mail providers with their own code meanings in the code database. */
export const providerId = z.enum(['google', 'microsoft', 'yahoo', 'apple']);
export type ProviderId = z.infer<typeof providerId>;

/** RFC 5321's class of a basic reply code (its first digit). */
export const replyClass = z.enum(['positive', 'intermediate', 'transient', 'permanent']);
export type ReplyClass = z.infer<typeof replyClass>;

/** The class digit of an enhanced status code (RFC 3463). */
export const statusClass = z.enum(['2', '4', '5']);
export type StatusClass = z.infer<typeof statusClass>;

/** What finally happened to a message for one recipient, as the analyser reports it. */
export const resultClass = z.enum(['delivered', 'temporary', 'permanent', 'expired']);
export type ResultClass = z.infer<typeof resultClass>;
