import type { DecisionTree } from '../../content/schemas/tree';
import { nodeIndex, outgoingEdges } from './graph';

const pathCache = new WeakMap<DecisionTree, ReadonlyMap<string, readonly string[]>>();

/**
 * The shortest answer path from the start to every reachable node (breadth-first, so ties go to the
 * earlier answer). This is the path a link to a node gets when nobody walked there.
 */
export function canonicalPaths(tree: DecisionTree): ReadonlyMap<string, readonly string[]> {
  const cached = pathCache.get(tree);
  if (cached) return cached;
  const index = nodeIndex(tree);
  const paths = new Map<string, readonly string[]>();
  if (index.has(tree.start)) {
    paths.set(tree.start, []);
    const queue = [tree.start];
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i] ?? '';
      const node = index.get(id);
      const here = paths.get(id) ?? [];
      if (!node) continue;
      for (const edge of outgoingEdges(node)) {
        if (!index.has(edge.to) || paths.has(edge.to)) continue;
        paths.set(edge.to, [...here, edge.answer]);
        queue.push(edge.to);
      }
    }
  }
  pathCache.set(tree, paths);
  return paths;
}
