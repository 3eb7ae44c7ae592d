import type { CodeClass, DecisionTree, TreeNode } from '../../content/schemas/tree';
import type { BounceReason } from '../smtp/reasons';
import { nodeIndex } from './graph';

/** What the SMTP code analyser found in the code or bounce the customer pasted. */
export type CodeAnalysis = { codeClass?: CodeClass; reason?: BounceReason };

export type LookupStep = { answers: string[]; complete: boolean; node: TreeNode | undefined };

/**
 * The answers an analysed code selects, starting at the lookup question `nodeId`: the class is applied
 * once (at the first lookup that maps it), then each question reached that has a lookup may continue
 * with the reason. Returns [] when nothing applies; the customer then simply picks an answer. Append
 * the result to the current answers and walk() to get the new screen.
 */
export function resolveLookup(tree: DecisionTree, nodeId: string, analysis: CodeAnalysis): string[] {
  const index = nodeIndex(tree);
  const taken: string[] = [];
  let node = index.get(nodeId);
  let classUsed = false;
  // The guard keeps a cyclic (broken) tree from looping; a valid tree is a DAG.
  for (let guard = 0; guard <= tree.nodes.length; guard++) {
    if (node?.kind !== 'question' || node.lookup === undefined) break;
    const byClass = analysis.codeClass === undefined ? undefined : node.lookup.byClass?.[analysis.codeClass];
    const byReason = analysis.reason === undefined ? undefined : node.lookup.byReason?.[analysis.reason];
    let path: string | undefined;
    if (!classUsed && byClass !== undefined) {
      path = byClass;
      classUsed = true;
    } else {
      path = byReason;
    }
    if (path === undefined) break;
    const step = followAnswers(index, node, path.split('.'));
    taken.push(...step.answers);
    if (!step.complete) break;
    node = step.node;
  }
  return taken;
}

/**
 * Follows a lookup path through questions only (a lookup never answers "solved" for the customer).
 * Stops at the first answer that does not match; checkTree reports such paths.
 */
export function followAnswers(index: ReadonlyMap<string, TreeNode>, from: TreeNode, answers: readonly string[]): LookupStep {
  const taken: string[] = [];
  let node: TreeNode | undefined = from;
  for (const answer of answers) {
    if (node?.kind !== 'question') return { answers: taken, complete: false, node };
    const chosen = node.answers.find((a) => a.id === answer);
    if (!chosen) return { answers: taken, complete: false, node };
    taken.push(answer);
    node = index.get(chosen.next);
  }
  return { answers: taken, complete: node !== undefined, node };
}
