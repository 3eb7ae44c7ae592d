// The Markdown subset the guide's pages use, as a typed tree. React renders it element by element, so no
// string from content is ever interpreted as HTML.
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'code'; value: string }
  | { type: 'link'; href: string; children: Inline[] };

/** `share`: the "send this page to your recipient" box; its label is the e-mail subject, its text the ready message. */
export type CalloutKind = 'added' | 'correction' | 'note' | 'share';

export type Block =
  | { type: 'heading'; level: 2 | 3; id: string; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'checklist'; items: { id: string; children: Inline[] }[] }
  | { type: 'callout'; kind: CalloutKind; label: string | null; children: Block[] };

export interface MarkdownProblem {
  line: number; // 1-based
  message: string;
}

export interface MarkdownDocument {
  blocks: Block[];
  problems: MarkdownProblem[];
}

export function inlineText(nodes: Inline[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'code') out += node.value;
    else out += inlineText(node.children);
  }
  return out;
}

/** Headings of a document, in order, including those inside callouts. */
export function headings(doc: MarkdownDocument): { level: 2 | 3; id: string; text: string }[] {
  const out: { level: 2 | 3; id: string; text: string }[] = [];
  const visit = (blocks: Block[]) => {
    for (const block of blocks) {
      if (block.type === 'heading') out.push({ level: block.level, id: block.id, text: inlineText(block.children) });
      else if (block.type === 'callout') visit(block.children);
    }
  };
  visit(doc.blocks);
  return out;
}
