import type { DecisionTree, OutcomeNode, TreeAnswer } from '../../content/schemas/tree';
import { DONE_NODE_ID, NOT_SOLVED, SOLVED, SUPPORT, nodeIndex, supportNode } from '../../engine/tree/graph';
import { encodeStepUrl } from '../../engine/tree/step-url';
import type { NodeState, TrailEntry, WalkState } from '../../engine/tree/walk';

/**
 * An SMTP code belongs to the route once the route has passed a question that reads codes: going back
 * to a screen before that question drops the code, like every later answer.
 */
export function routeReadsCodes(tree: DecisionTree, nodeIds: readonly string[]): boolean {
  const index = nodeIndex(tree);
  return nodeIds.some((id) => {
    const node = index.get(id);
    return node?.kind === 'question' && node.lookup !== undefined;
  });
}

function codeFor(tree: DecisionTree, passed: readonly string[], smtpCode: string | undefined): string | undefined {
  return smtpCode !== undefined && routeReadsCodes(tree, passed) ? smtpCode : undefined;
}

function passedIds(state: WalkState): string[] {
  return [...state.trail.map((entry) => entry.nodeId), state.nodeId];
}

/** The next screen after choosing `answer` at the current question. */
export function answerHref(tree: DecisionTree, state: NodeState, answer: TreeAnswer, smtpCode?: string): string {
  return encodeStepUrl({ nodeId: answer.next, answers: [...state.answers, answer.id], smtpCode: codeFor(tree, passedIds(state), smtpCode) });
}

/** "This solved it": the done screen, which keeps the whole route in its URL. */
export function solvedHref(tree: DecisionTree, state: NodeState, smtpCode?: string): string {
  return encodeStepUrl({ nodeId: DONE_NODE_ID, answers: [...state.answers, SOLVED], smtpCode: codeFor(tree, passedIds(state), smtpCode) });
}

/** "This did not solve it": the outcome's ifNotSolved screen, or null when the content forgot to set one. */
export function notSolvedHref(tree: DecisionTree, state: NodeState, outcome: OutcomeNode, smtpCode?: string): string | null {
  if (outcome.ifNotSolved === undefined) return null;
  return encodeStepUrl({ nodeId: outcome.ifNotSolved, answers: [...state.answers, NOT_SOLVED], smtpCode: codeFor(tree, passedIds(state), smtpCode) });
}

/**
 * "Contact support" from any screen: the escalation, with this screen's route (and code) in its URL, so
 * the summary there lists the path taken. Null at the escalation itself or when the tree has none.
 */
export function supportHref(tree: DecisionTree, state: NodeState, smtpCode?: string): string | null {
  const support = supportNode(tree);
  if (!support || state.node.kind === 'escalation') return null;
  return encodeStepUrl({ nodeId: support.id, answers: [...state.answers, SUPPORT], smtpCode: codeFor(tree, passedIds(state), smtpCode) });
}

/** A breadcrumb: back to an earlier screen, dropping every answer given there and after it. */
export function trailHref(tree: DecisionTree, trail: readonly TrailEntry[], index: number, smtpCode?: string): string {
  const entry = trail[index];
  if (!entry) return encodeStepUrl({ nodeId: '', answers: [] });
  const before = trail.slice(0, index).map((e) => e.nodeId);
  return encodeStepUrl({ nodeId: entry.nodeId, answers: entry.path, smtpCode: codeFor(tree, before, smtpCode) });
}

/** The screen before the done screen: the outcome that solved it, to undo the "solved" answer. */
export function beforeDoneHref(tree: DecisionTree, trail: readonly TrailEntry[], smtpCode?: string): string | null {
  return trail.length === 0 ? null : trailHref(tree, trail, trail.length - 1, smtpCode);
}
