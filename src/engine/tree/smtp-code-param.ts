/** Longest SMTP code text carried in a troubleshooter URL ("550 5.7.26" is 10 characters). */
export const MAX_CODE_LENGTH = 32;

const BASIC = /^[2-5][0-9]{2}$/;
const ENHANCED = /^[245]\.[0-9]{1,3}\.[0-9]{1,3}$/;

/**
 * Normalises the code a customer entered at the lookup step for the URL and the support summary:
 * a basic reply code and/or an enhanced status code ("550", "5.1.1", "550 5.1.1"). Anything else —
 * free text, e-mail addresses, message bodies — returns null, so no personal data ends up in a link.
 */
export function normaliseSmtpCode(raw: string): string | null {
  const value = raw.trim().replace(/\s+/g, ' ');
  if (value.length === 0 || value.length > MAX_CODE_LENGTH) return null;
  const tokens = value.split(' ');
  if (tokens.length > 2) return null;
  const [first = '', second] = tokens;
  if (second === undefined) return BASIC.test(first) || ENHANCED.test(first) ? first : null;
  // Two tokens must be "basic enhanced" in that order, as servers write them.
  return BASIC.test(first) && ENHANCED.test(second) ? value : null;
}
