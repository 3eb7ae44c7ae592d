import type { Inline } from './ast';

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

/**
 * Parses **strong**, `code` and [text](href) in one left-to-right pass. Unmatched markers stay literal
 * text. Bad link targets become plain text and are reported through onProblem.
 */
export function parseInline(source: string, onProblem: (message: string) => void = () => {}): Inline[] {
  const out: Inline[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) out.push({ type: 'text', value: buffer });
    buffer = '';
  };
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '`') {
      const end = source.indexOf('`', i + 1);
      if (end > i + 1) {
        flush();
        out.push({ type: 'code', value: source.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    } else if (ch === '*' && source[i + 1] === '*') {
      const end = source.indexOf('**', i + 2);
      if (end > i + 2) {
        flush();
        out.push({ type: 'strong', children: parseInline(source.slice(i + 2, end), onProblem) });
        i = end + 2;
        continue;
      }
    } else if (ch === '[') {
      const close = source.indexOf('](', i + 1);
      const end = close === -1 ? -1 : source.indexOf(')', close + 2);
      if (close > i && end > close) {
        const label = source.slice(i + 1, close);
        const href = source.slice(close + 2, end).trim();
        flush();
        const children = parseInline(label, onProblem);
        if (classifyHref(href)) {
          out.push({ type: 'link', href, children });
        } else {
          onProblem(`link target "${href.slice(0, 80)}" is not allowed (use /path, #id, https://… or mailto:…)`);
          out.push(...children);
        }
        i = end + 1;
        continue;
      }
    }
    buffer += ch;
    i += 1;
  }
  flush();
  return out;
}
