import type { EnhancedCodeEntry, SmtpDb } from '../../content/schemas/smtp-db';

/**
 * The class digits an enhanced code is worth a page for: 4 (temporary) and 5 (permanent) always, and 2
 * (success) only when IANA's associated basic codes include a 2xx reply ("250", "250 or 251", "Any").
 */
export function variantClasses(entry: EnhancedCodeEntry): ('2' | '4' | '5')[] {
  const withSuccess = /^\s*any\s*$/i.test(entry.basicCodes) || /(^|[^0-9])2[0-9]{2}($|[^0-9])/.test(entry.basicCodes);
  return withSuccess ? ['2', '4', '5'] : ['4', '5'];
}

/** "X.1.1" → ["4.1.1", "5.1.1"] (plus "2.1.1" when it makes sense). */
export function enhancedVariants(entry: EnhancedCodeEntry): string[] {
  const rest = entry.code.slice(1); // ".1.1"
  return variantClasses(entry).map((cls) => `${cls}${rest}`);
}

/**
 * Every code with its own prerendered page: each basic reply code, each enhanced code in registry form
 * (X.1.1) and its class variants. Other well-formed codes (5.7.999) are still answered, in the browser.
 */
export function codePageCodes(db: SmtpDb): string[] {
  return [...db.basic.map((e) => e.code), ...db.enhanced.flatMap((e) => [e.code, ...enhancedVariants(e)])];
}
