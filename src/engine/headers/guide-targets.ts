// The guide section that explains or fixes each finding. Section ids are the fixed ones several pages link
// to (PROTOCOL: /guide/timing#late-mail, /guide/error-codes#greylisting, /guide/reading-headers#…); the
// unit test checks every target against the content.
import type { ConclusionCode, GuideTarget } from './types';

export const CONCLUSION_TARGETS: Record<ConclusionCode, GuideTarget> = {
  'no-received': { page: 'reading-headers', section: 'open-headers' },
  'no-dates': { page: 'reading-headers', section: 'received' },
  fast: { page: 'spam-folder', section: 'where-to-look' },
  'waited-before-sending': { page: 'timing', section: 'late-mail' },
  'slow-hop': { page: 'timing', section: 'late-mail' },
  'possible-greylisting': { page: 'error-codes', section: 'greylisting' },
  'clock-skew': { page: 'reading-headers', section: 'received' },
  'auth-ok': { page: 'reading-headers', section: 'authentication-results' },
  'spf-fail': { page: 'authentication', section: 'spf' },
  'dkim-fail': { page: 'authentication', section: 'dkim' },
  'dmarc-fail': { page: 'authentication', section: 'dmarc' },
  'not-aligned': { page: 'authentication', section: 'dmarc' },
  'sending-service-not-aligned': { page: 'web-forms', section: 'sending-service' },
  'no-auth': { page: 'authentication', section: 'spf' },
  forwarded: { page: 'forwarding', section: 'why-forwarding-fails' },
  spam: { page: 'spam-folder', section: 'not-spam' },
  bulk: { page: 'sending-frequency', section: 'frequency-risk' },
  phish: { page: 'authentication', section: 'dmarc' },
  'blocked-sender': { page: 'spam-folder', section: 'not-spam' },
  'allowed-sender': { page: 'safe-senders', section: 'one-stop' },
  'junk-folder': { page: 'spam-folder', section: 'outlook' },
  'not-filtered': { page: 'reading-headers', section: 'spam-verdicts' },
};
