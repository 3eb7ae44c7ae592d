// The bounce-reason vocabulary (reference: bounce-reasons.csv). The analyser reports exactly one of these.
export const BOUNCE_REASONS = [
  'delivered', 'vacation', 'feedback', 'userunknown', 'hostunknown', 'hasmoved', 'notaccept', 'suspend',
  'mailboxfull', 'systemfull', 'exceedlimit', 'mesgtoobig', 'filtered', 'rejected', 'blocked',
  'badreputation', 'spamdetected', 'virusdetected', 'policyviolation', 'contenterror', 'notcompliantrfc',
  'authfailure', 'requireptr', 'securityerror', 'failedstarttls', 'norelaying', 'networkerror',
  'toomanyconn', 'speeding', 'expired', 'systemerror', 'mailererror', 'syntaxerror', 'suppressed',
  'onhold', 'undefined',
] as const;

export type BounceReason = (typeof BOUNCE_REASONS)[number];

export function isBounceReason(value: string): value is BounceReason {
  return (BOUNCE_REASONS as readonly string[]).includes(value);
}
