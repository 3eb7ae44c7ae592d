import type { Block, CalloutKind, Inline, MarkdownDocument, MarkdownProblem } from './ast';
import { parseInline, quoted } from './inline';

const HEADING = /^(#{1,6})\s+(.*)$/;
const HEADING_ID = /\s*\{#([^}]*)\}\s*$/;
const VALID_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const BULLET = /^[-*]\s+(.*)$/;
const ORDERED = /^\d{1,3}[.)]\s+(.*)$/;
const CHECK = /^\[( |x|X)\]\s+(.*)$/;
const CALLOUT_OPEN = /^:::(added|correction|note|share)(?:\s+(.*))?$/;
// Something that looks like an HTML tag: it is shown as text, but the check tells the operator.
const HTML_TAG = /<\/?[a-zA-Z][^>]{0,200}>/;

/** Stable id for a checklist item: derived from its text so reordering keeps the reader's ticks. */
export function checklistItemId(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `c${hash.toString(36)}`;
}

type ListKind = 'bullet' | 'ordered' | 'check';

/** Parses a page body. Never throws: anything it cannot use becomes text plus a problem report. */
export function parseMarkdown(source: string): MarkdownDocument {
  const problems: MarkdownProblem[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const root: Block[] = [];
  let target = root; // root, or the children of an open callout
  let calloutLine = 0;
  let paragraph: string[] = [];
  let paragraphLine = 0;
  let list: { kind: ListKind; items: { text: string; line: number }[] } | null = null;
  const seenIds = new Set<string>();

  const inline = (text: string, line: number): Inline[] =>
    parseInline(text, (message) => problems.push({ line, message }));

  const flushParagraph = () => {
    if (paragraph.length > 0) target.push({ type: 'paragraph', children: inline(paragraph.join('\n'), paragraphLine) });
    paragraph = [];
  };
  const flushList = () => {
    if (!list) return;
    if (list.kind === 'check') {
      target.push({
        type: 'checklist',
        items: list.items.map((item) => ({ id: checklistItemId(item.text), children: inline(item.text, item.line) })),
      });
    } else {
      target.push({ type: 'list', ordered: list.kind === 'ordered', items: list.items.map((item) => inline(item.text, item.line)) });
    }
    list = null;
  };
  const flush = () => {
    flushParagraph();
    flushList();
  };
  const addListItem = (kind: ListKind, text: string, line: number) => {
    flushParagraph();
    if (list && list.kind !== kind) flushList();
    if (!list) list = { kind, items: [] };
    list.items.push({ text, line });
  };

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.trimEnd();
    const trimmed = line.trim();
    if (HTML_TAG.test(line)) problems.push({ line: lineNo, message: 'HTML is not allowed in content; it is shown as plain text' });

    if (trimmed === '') {
      flush();
      return;
    }
    if (trimmed === ':::') {
      flush();
      if (target === root) problems.push({ line: lineNo, message: '":::" closes a block that was never opened' });
      target = root;
      return;
    }
    const callout = CALLOUT_OPEN.exec(trimmed);
    if (callout) {
      flush();
      if (target !== root) {
        problems.push({ line: lineNo, message: `blocks do not nest; close the block opened on line ${calloutLine} with ":::" first` });
        target = root;
      }
      const children: Block[] = [];
      const label = callout[2]?.trim() || null;
      if (callout[1] === 'added' && !label) problems.push({ line: lineNo, message: '":::added" needs its source, e.g. ":::added 出典: RFC 5321"' });
      if (callout[1] === 'share' && !label) problems.push({ line: lineNo, message: '":::share" needs the e-mail subject, e.g. ":::share 確認のお願い"' });
      root.push({ type: 'callout', kind: callout[1] as CalloutKind, label, children });
      target = children;
      calloutLine = lineNo;
      return;
    }
    if (trimmed.startsWith(':::')) {
      problems.push({ line: lineNo, message: `unknown block ${quoted(trimmed, 60)} (use :::added, :::correction, :::note or :::share)` });
      flush();
      paragraph = [trimmed];
      paragraphLine = lineNo;
      return;
    }
    const heading = HEADING.exec(trimmed);
    if (heading) {
      flush();
      const hashes = heading[1]?.length ?? 0;
      let text = heading[2] ?? '';
      const idMatch = HEADING_ID.exec(text);
      let id = '';
      if (idMatch) {
        id = idMatch[1] ?? '';
        text = text.slice(0, idMatch.index);
      }
      if (hashes !== 2 && hashes !== 3) {
        problems.push({ line: lineNo, message: `only "##" and "###" headings are allowed (the page title comes from site.json)` });
      }
      if (!idMatch) problems.push({ line: lineNo, message: 'heading needs an id: "## 見出し {#section-id}"' });
      else if (!VALID_ID.test(id)) problems.push({ line: lineNo, message: `heading id "${id}" must be lowercase kebab-case ASCII` });
      else if (seenIds.has(id)) problems.push({ line: lineNo, message: `heading id "${id}" is used twice on this page` });
      if (id) seenIds.add(id);
      const validId = VALID_ID.test(id) ? id : `section-${lineNo}`;
      target.push({ type: 'heading', level: hashes <= 2 ? 2 : 3, id: validId, children: inline(text.trim(), lineNo) });
      return;
    }
    const bullet = BULLET.exec(trimmed);
    if (bullet) {
      const rest = bullet[1] ?? '';
      const check = CHECK.exec(rest);
      if (check) addListItem('check', check[2] ?? '', lineNo);
      else addListItem('bullet', rest, lineNo);
      return;
    }
    const ordered = ORDERED.exec(trimmed);
    if (ordered) {
      addListItem('ordered', ordered[1] ?? '', lineNo);
      return;
    }
    // An indented line continues the current list item; otherwise it is paragraph text.
    if (list && raw.startsWith('  ')) {
      const last = list.items[list.items.length - 1];
      if (last) last.text += ` ${trimmed}`;
      return;
    }
    flushList();
    if (paragraph.length === 0) paragraphLine = lineNo;
    paragraph.push(trimmed);
  });
  flush();
  if (target !== root) problems.push({ line: calloutLine, message: 'block opened here is never closed with ":::"' });
  return { blocks: root, problems };
}
