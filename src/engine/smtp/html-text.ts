/**
 * Plain text from an HTML bounce (Exchange Online sends some NDRs as HTML only). One linear pass: tags
 * become line breaks or nothing, the few entities NDRs use are decoded. Not a sanitiser: the result is
 * only scanned for codes, never rendered as HTML.
 */

const BLOCK_TAGS = new Set(['br', 'p', 'div', 'tr', 'li', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'td']);
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

function tagName(tag: string): string {
  let k = tag.startsWith('/') ? 1 : 0;
  let name = '';
  while (k < tag.length && name.length < 10) {
    const ch = tag.charAt(k).toLowerCase();
    if (ch < 'a' || ch > 'z') {
      if (ch < '0' || ch > '9') break;
    }
    name += ch;
    k++;
  }
  return name;
}

function decodeEntity(name: string): string | null {
  const known = ENTITIES[name.toLowerCase()];
  if (known !== undefined) return known;
  if (name.startsWith('#')) {
    const n = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (Number.isInteger(n) && n > 0 && n <= 0x10ffff) return String.fromCodePoint(n);
  }
  return null;
}

export function htmlToText(html: string): string {
  const out: string[] = [];
  let skipping = ''; // inside <style> or <script>: their text is not content
  let k = 0;
  while (k < html.length) {
    const lt = html.indexOf('<', k);
    const textEnd = lt < 0 ? html.length : lt;
    if (!skipping && textEnd > k) {
      const chunk = html.slice(k, textEnd);
      out.push(chunk.includes('&') ? chunk.replace(/&(#?[A-Za-z0-9]{1,8});/g, (m, e: string) => decodeEntity(e) ?? m) : chunk);
    }
    if (lt < 0) break;
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    const tag = html.slice(lt + 1, Math.min(gt, lt + 40));
    const name = tagName(tag);
    if (skipping) {
      if (tag.startsWith('/') && name === skipping) skipping = '';
    } else if (!tag.startsWith('/') && (name === 'style' || name === 'script')) {
      skipping = name;
    } else if (BLOCK_TAGS.has(name)) {
      out.push('\n');
    }
    k = gt + 1;
  }
  return out.join('');
}
