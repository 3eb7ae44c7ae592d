import type { DecisionTree, TreeAnswer, TreeNode } from '../../content/schemas/tree';
import { nodeIndex } from '../../engine/tree/graph';

/**
 * The support-staff map as an outline that follows the tree from the start: each question lists its
 * answers, each answer the screens it leads to. An outcome's "not solved" successor follows it in the
 * same list (a chain reads top to bottom instead of nesting ever deeper, which matters on a phone).
 * Each node is spelt out once, where reading order first meets it; later meetings are references.
 */
export type OutlineEntry =
  | { type: 'node'; node: TreeNode; via: 'start' | 'answer' | 'not-solved'; branches: OutlineBranch[] }
  | { type: 'seen'; node: TreeNode; via: 'start' | 'answer' | 'not-solved' };

export type OutlineBranch = { answer: TreeAnswer; entries: OutlineEntry[] };

export function buildOutline(tree: DecisionTree): OutlineEntry[] {
  const index = nodeIndex(tree);
  const seen = new Set<string>();

  const sequence = (firstId: string, firstVia: OutlineEntry['via']): OutlineEntry[] => {
    const entries: OutlineEntry[] = [];
    let id: string | undefined = firstId;
    let via = firstVia;
    // Bounded by the node count, so a broken (cyclic) tree still ends.
    while (id !== undefined && entries.length <= tree.nodes.length) {
      const node = index.get(id);
      if (!node) break;
      if (seen.has(id)) {
        entries.push({ type: 'seen', node, via });
        break;
      }
      seen.add(id);
      if (node.kind === 'question') {
        const entry: OutlineEntry = { type: 'node', node, via, branches: [] };
        entries.push(entry);
        // Depth-first, in answer order: the outline reads like walking the tree answer by answer.
        for (const answer of node.answers) entry.branches.push({ answer, entries: sequence(answer.next, 'answer') });
        break;
      }
      entries.push({ type: 'node', node, via, branches: [] });
      id = node.kind === 'outcome' ? node.ifNotSolved : undefined;
      via = 'not-solved';
    }
    return entries;
  };

  return sequence(tree.start, 'start');
}

/** Full-width and half-width forms and letter case should not matter when staff type a filter. */
export function normaliseForSearch(value: string): string {
  return value.normalize('NFKC').toLowerCase();
}

/** Everything a filter can find a node by: its texts, its answers and its id. */
export function searchableText(node: TreeNode): string {
  const parts: string[] = [node.id];
  if (node.kind === 'question') {
    parts.push(node.question, node.help ?? '', ...node.answers.map((a) => a.label));
  } else {
    parts.push(node.title, node.body);
    if (node.kind === 'outcome') parts.push(node.link.page, node.link.section);
  }
  return normaliseForSearch(parts.join('\n'));
}

/** Splits the filter into terms; every term must appear in the node (AND). */
export function filterTerms(query: string): string[] {
  return normaliseForSearch(query)
    .split(/\s+/)
    .filter((term) => term.length > 0);
}

export function nodeMatches(node: TreeNode, terms: readonly string[]): boolean {
  const text = searchableText(node);
  return terms.every((term) => text.includes(term));
}

/**
 * The outline narrowed to nodes matching every term, keeping the questions and answers that lead to
 * them so each match keeps its place in the tree. No terms: the outline unchanged.
 */
export function filterOutline(entries: readonly OutlineEntry[], terms: readonly string[]): OutlineEntry[] {
  if (terms.length === 0) return [...entries];
  const out: OutlineEntry[] = [];
  for (const entry of entries) {
    if (entry.type === 'seen') {
      if (nodeMatches(entry.node, terms)) out.push(entry);
      continue;
    }
    const branches = entry.branches
      .map((branch) => ({ answer: branch.answer, entries: filterOutline(branch.entries, terms) }))
      .filter((branch) => branch.entries.length > 0);
    if (branches.length > 0 || nodeMatches(entry.node, terms)) out.push({ ...entry, branches });
  }
  return out;
}

/** Nodes spelt out in an outline that match the terms (all of them without terms); references not counted. */
export function countNodes(entries: readonly OutlineEntry[], terms: readonly string[] = []): number {
  let total = 0;
  for (const entry of entries) {
    if (entry.type !== 'node') continue;
    if (nodeMatches(entry.node, terms)) total += 1;
    for (const branch of entry.branches) total += countNodes(branch.entries, terms);
  }
  return total;
}
