import type { DecisionTree } from '../../content/schemas/tree';
import { nodeIndex, outgoingEdges } from './graph';

export type NodeProgress = {
  /** Screens after this one on the longest route that can still follow (0 at the escalation). */
  stepsLeft: number;
  /**
   * Questions still to answer, counting this one, before the first outcome on any route from here
   * (0 on an outcome or the escalation). The troubleshooter UI words it on a question screen.
   */
  questionsLeft: number;
};

const cache = new WeakMap<DecisionTree, ReadonlyMap<string, NodeProgress>>();

/**
 * How far each node is from the end, for the progress line on every screen and for the content check
 * (every first-step answer reaches an outcome within a few questions). Edges closing a cycle are ignored
 * so a broken tree still gets numbers; checkTree reports the cycle itself.
 */
export function nodeProgress(tree: DecisionTree): ReadonlyMap<string, NodeProgress> {
  const cached = cache.get(tree);
  if (cached) return cached;
  const index = nodeIndex(tree);
  const result = new Map<string, NodeProgress>();
  const onStack = new Set<string>();
  const visit = (id: string): NodeProgress => {
    const known = result.get(id);
    if (known) return known;
    const node = index.get(id);
    let progress: NodeProgress = { stepsLeft: 0, questionsLeft: 0 };
    if (node) {
      onStack.add(id);
      let steps = 0;
      let questions = 0;
      for (const edge of outgoingEdges(node)) {
        if (!index.has(edge.to) || onStack.has(edge.to)) continue;
        const next = visit(edge.to);
        steps = Math.max(steps, 1 + next.stepsLeft);
        questions = Math.max(questions, next.questionsLeft);
      }
      onStack.delete(id);
      progress = { stepsLeft: steps, questionsLeft: node.kind === 'question' ? 1 + questions : 0 };
    }
    result.set(id, progress);
    return progress;
  };
  for (const node of tree.nodes) visit(node.id);
  cache.set(tree, result);
  return result;
}
