import type { DecisionTree } from '../../content/schemas/tree';
import { heaviestPath, nodeIndex, outgoingEdges, reachableIds } from './graph';

export type TreeStats = {
  nodes: number;
  questions: number;
  outcomes: number;
  escalations: number;
  reachable: number;
  /** Distinct start→outcome paths (every outcome screen a customer can reach, counted per route). */
  routes: number;
  /** Distinct start→escalation paths: every way to end up contacting support. */
  routesToEscalation: number;
  /** The route with the most screens: steps = answers given on it. */
  longestPath: { steps: number; nodeIds: string[]; answers: string[] };
};

/** Figures for the closing note and the support-staff map. */
export function treeStats(tree: DecisionTree): TreeStats {
  const index = nodeIndex(tree);
  const count = (kind: string) => tree.nodes.filter((n) => n.kind === kind).length;
  const longest = heaviestPath(tree, () => 1);
  return {
    nodes: tree.nodes.length,
    questions: count('question'),
    outcomes: count('outcome'),
    escalations: count('escalation'),
    reachable: reachableIds(tree).length,
    routes: countRoutes(tree, 'outcome'),
    routesToEscalation: countRoutes(tree, 'escalation'),
    longestPath: { steps: longest.answers.length, nodeIds: longest.nodeIds, answers: longest.answers },
  };

  // Paths from the start ending at a node of `kind`; edges closing a cycle are ignored.
  function countRoutes(t: DecisionTree, kind: 'outcome' | 'escalation'): number {
    const memo = new Map<string, number>();
    const onStack = new Set<string>();
    const from = (id: string): number => {
      const known = memo.get(id);
      if (known !== undefined) return known;
      const node = index.get(id);
      if (!node) return 0;
      onStack.add(id);
      let total = node.kind === kind ? 1 : 0;
      for (const edge of outgoingEdges(node)) {
        if (!onStack.has(edge.to)) total += from(edge.to);
      }
      onStack.delete(id);
      memo.set(id, total);
      return total;
    };
    return from(t.start);
  }
}
