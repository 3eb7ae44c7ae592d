import type { ResultClass } from './types';

type StatusSource = 'dsn-status' | 'dsn-diagnostic' | 'text';

export interface StatusChoice {
  status: string | null;
  source: StatusSource | null;
}

/**
 * DSN Status field against the code in the diagnostic text (reference, parsing facts): prefer the one
 * whose first digit matches the reply code, then a specific code over X.0.0, then the Status field.
 */
export function chooseStatus(fieldStatus: string | null, diagStatus: string | null, replyCode: string | null): StatusChoice {
  if (fieldStatus === null) return { status: diagStatus, source: diagStatus === null ? null : 'dsn-diagnostic' };
  if (diagStatus === null || diagStatus === fieldStatus) return { status: fieldStatus, source: 'dsn-status' };
  const digit = replyCode?.charAt(0);
  const fieldMatches = digit !== undefined && fieldStatus.charAt(0) === digit;
  const diagMatches = digit !== undefined && diagStatus.charAt(0) === digit;
  if (diagMatches && !fieldMatches) return { status: diagStatus, source: 'dsn-diagnostic' };
  if (fieldMatches && !diagMatches) return { status: fieldStatus, source: 'dsn-status' };
  const fieldVague = fieldStatus.endsWith('.0.0');
  const diagVague = diagStatus.endsWith('.0.0');
  if (fieldVague && !diagVague) return { status: diagStatus, source: 'dsn-diagnostic' };
  return { status: fieldStatus, source: 'dsn-status' };
}

function classOfDigit(digit: string | undefined): ResultClass | null {
  if (digit === '2' || digit === '3') return 'delivered'; // 2xx success, 354 "go ahead": not a failure
  if (digit === '4') return 'temporary';
  if (digit === '5') return 'permanent';
  return null;
}

/**
 * The class from the first digit. The DSN Action wins when present (Action: failed with a 4.x.x status
 * means the sender gave up: expired). Without a DSN, a server's reply code decides how the sender
 * behaves, so it goes before the status; "#550 4.4.7 QUEUE.Expired" is an expiry, too.
 */
export function classify(
  action: string | null,
  replyCode: string | null,
  status: string | null,
  gaveUp: boolean,
): ResultClass | null {
  const statusDigit = status?.charAt(0);
  const replyDigit = replyCode?.charAt(0);
  if (action === 'delivered' || action === 'relayed' || action === 'expanded') return 'delivered';
  if (action === 'delayed') return 'temporary';
  if (action === 'failed') {
    return statusDigit === '4' || (statusDigit === undefined && replyDigit === '4') ? 'expired' : 'permanent';
  }
  if (replyDigit === '5' && statusDigit === '4' && (gaveUp || status === '4.4.7')) return 'expired';
  const cls = classOfDigit(replyDigit ?? statusDigit);
  if (cls === 'temporary' && gaveUp) return 'expired';
  return cls;
}
