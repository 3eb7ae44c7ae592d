import type { DecisionTree, TreeNode } from '../../content/schemas/tree';
import { reservedSteps } from '@/routes';

/** The answer recorded at an outcome when the customer says the fix worked; it ends the walk. */
export const SOLVED = 'solved';
/** The answer recorded at an outcome when the fix did not work; it follows ifNotSolved. */
export const NOT_SOLVED = 'not-solved';
/**
 * The answer recorded when the reader chooses "contact support" on any screen: it leads straight to the
 * tree's support escalation, so support is one tap away from every step and the route so far travels
 * with it. Like SOLVED and NOT_SOLVED it is not an edge of the graph and cannot be an answer id.
 */
export const SUPPORT = 'support';
/** Answer ids the walk gives a meaning of its own. */
export const RESERVED_ANSWER_IDS: readonly string[] = [SOLVED, NOT_SOLVED, SUPPORT];
/** The "solved" screen is a state, not a node; this id is reserved for its URL (/troubleshoot/done). */
export const DONE_NODE_ID = reservedSteps.done;
/** A path longer than this cannot be a real route (the content check keeps routes well below it). */
export const MAX_ANSWERS = 100;

export type Edge = { answer: string; to: string };

/** The edges a customer can follow from a node; "solved" is not an edge because it leaves the graph. */
export function outgoingEdges(node: TreeNode): Edge[] {
  switch (node.kind) {
    case 'question':
      return node.answers.map((a) => ({ answer: a.id, to: a.next }));
    case 'outcome':
      return node.ifNotSolved === undefined ? [] : [{ answer: NOT_SOLVED, to: node.ifNotSolved }];
    case 'escalation':
      return [];
  }
}

// Trees are parsed once and never mutated, so the index can be cached per tree object.
const indexCache = new WeakMap<DecisionTree, ReadonlyMap<string, TreeNode>>();

/** Nodes by id. With duplicate ids the first node wins (checkTree reports the duplicate). */
export function nodeIndex(tree: DecisionTree): ReadonlyMap<string, TreeNode> {
  const cached = indexCache.get(tree);
  if (cached) return cached;
  const index = new Map<string, TreeNode>();
  for (const node of tree.nodes) {
    if (!index.has(node.id)) index.set(node.id, node);
  }
  indexCache.set(tree, index);
  return index;
}

/** The escalation "contact support" leads to: tree.support, else the first escalation node. */
export function supportNode(tree: DecisionTree): Extract<TreeNode, { kind: 'escalation' }> | undefined {
  const index = nodeIndex(tree);
  const named = tree.support === undefined ? undefined : index.get(tree.support);
  if (named !== undefined) return named.kind === 'escalation' ? named : undefined;
  return tree.nodes.find((node): node is Extract<TreeNode, { kind: 'escalation' }> => node.kind === 'escalation');
}

/** Node ids reachable from the start, in breadth-first order. */
export function reachableIds(tree: DecisionTree): string[] {
  const index = nodeIndex(tree);
  if (!index.has(tree.start)) return [];
  const seen = new Set<string>([tree.start]);
  const queue = [tree.start];
  for (let i = 0; i < queue.length; i++) {
    const node = index.get(queue[i] ?? '');
    if (!node) continue;
    for (const edge of outgoingEdges(node)) {
      if (index.has(edge.to) && !seen.has(edge.to)) {
        seen.add(edge.to);
        queue.push(edge.to);
      }
    }
  }
  return queue;
}

export type WeightedPath = { weight: number; nodeIds: string[]; answers: string[] };

/**
 * The heaviest route from the start (weight per edge chosen by the caller: 1 for steps, characters for
 * URL length). Edges that close a cycle are ignored so a broken tree still gets an answer; checkTree
 * reports the cycle itself.
 */
export function heaviestPath(tree: DecisionTree, weight: (edge: Edge) => number): WeightedPath {
  const index = nodeIndex(tree);
  const best = new Map<string, WeightedPath>();
  const onStack = new Set<string>();

  // Memoised depth-first search: the heaviest path starting at `id`.
  const visit = (id: string): WeightedPath => {
    const known = best.get(id);
    if (known) return known;
    const node = index.get(id);
    let result: WeightedPath = { weight: 0, nodeIds: [id], answers: [] };
    if (node) {
      onStack.add(id);
      for (const edge of outgoingEdges(node)) {
        if (!index.has(edge.to) || onStack.has(edge.to)) continue;
        const tail = visit(edge.to);
        const total = weight(edge) + tail.weight;
        if (total > result.weight) {
          result = { weight: total, nodeIds: [id, ...tail.nodeIds], answers: [edge.answer, ...tail.answers] };
        }
      }
      onStack.delete(id);
    }
    best.set(id, result);
    return result;
  };

  if (!index.has(tree.start)) return { weight: 0, nodeIds: [], answers: [] };
  return visit(tree.start);
}
