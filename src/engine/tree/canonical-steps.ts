import type { DecisionTree, TreeNode } from '../../content/schemas/tree';
import { canonicalPaths } from './canonical-paths';
import { nodeIndex } from './graph';
import { encodeStepUrl } from './step-url';

export type CanonicalStep = {
  nodeId: string;
  kind: TreeNode['kind'];
  title: string; // the question, or the outcome / escalation title
  answers: readonly string[];
  url: string; // e.g. /troubleshoot/check-trash?path=no-bounce.hours.personal.not-solved...
};

/** Every reachable node with its canonical URL: the support-staff map and the prerender list. */
export function listCanonicalSteps(tree: DecisionTree): CanonicalStep[] {
  const index = nodeIndex(tree);
  const steps: CanonicalStep[] = [];
  for (const [nodeId, answers] of canonicalPaths(tree)) {
    const node = index.get(nodeId);
    if (!node) continue;
    const title = node.kind === 'question' ? node.question : node.title;
    steps.push({ nodeId, kind: node.kind, title, answers, url: encodeStepUrl({ nodeId, answers }) });
  }
  return steps;
}
