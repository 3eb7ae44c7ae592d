// Link checking on its own module: the guide pages' link rendering needs it at load, while the inline
// parser (inline.ts) loads only with content fetches and the troubleshooter.

export type LinkKind = 'internal' | 'anchor' | 'external' | 'mailto';

/**
 * Classifies a link target. Only a short allow-list passes: site paths, same-page anchors, http(s) and
 * mailto. Everything else (javascript:, data:, protocol-relative //host, backslashes) is refused.
 */
export function classifyHref(href: string): LinkKind | null {
  if (href.length === 0 || href.length > 2000) return null;
  // Control characters and whitespace can smuggle a scheme past naive checks ("java\tscript:").
  for (let i = 0; i < href.length; i++) {
    const c = href.charCodeAt(i);
    if (c <= 0x20 || c === 0x7f || c === 0x5c /* \ */) return null;
  }
  if (href.startsWith('#')) return /^#[a-z0-9-]+$/.test(href) ? 'anchor' : null;
  if (href.startsWith('/')) return href.startsWith('//') ? null : 'internal';
  const lower = href.toLowerCase();
  if (lower.startsWith('https://') || lower.startsWith('http://')) return 'external';
  if (lower.startsWith('mailto:')) return 'mailto';
  return null;
}
