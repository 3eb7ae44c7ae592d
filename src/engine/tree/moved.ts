import type { DecisionTree } from '../../content/schemas/tree';

/**
 * The answers of an old link rewritten by the tree's `moved` list: the longest `from` that begins the
 * path is replaced by its `to`. Null when no entry applies. Callers use it only for paths that no
 * longer follow the tree, so a route that still exists is never redirected.
 */
export function applyMoved(tree: DecisionTree, answers: readonly string[]): string[] | null {
  let best: { from: string[]; to: string[] } | null = null;
  for (const entry of tree.moved ?? []) {
    const from = entry.from.split('.');
    if (from.length > answers.length || !from.every((answer, i) => answers[i] === answer)) continue;
    if (best === null || from.length > best.from.length) best = { from, to: entry.to.split('.') };
  }
  return best === null ? null : [...best.to, ...answers.slice(best.from.length)];
}
