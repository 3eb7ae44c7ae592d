import type { DecisionTree, EscalationNode, OutcomeNode, TreeNode } from '../../content/schemas/tree';
import { DONE_NODE_ID, MAX_ANSWERS, NOT_SOLVED, SOLVED, SUPPORT, nodeIndex, supportNode } from './graph';

/** One breadcrumb: a screen the customer passed and what they chose there. */
export type TrailEntry = {
  step: number; // 1-based screen number
  nodeId: string;
  kind: 'question' | 'outcome';
  prompt: string; // the question, or the outcome's title
  answer: string; // answer id, or "solved" / "not-solved" / "support"
  /** The answer's label; for an outcome its own confirm wording; null: the UI's default wording (solved, not solved, support). */
  answerLabel: string | null;
  path: readonly string[]; // answers taken before this screen: its URL is encodeStepUrl({ nodeId, answers: path })
};

type StateBase = {
  answers: readonly string[];
  trail: readonly TrailEntry[];
  outcomesTried: readonly string[]; // outcomes answered "not solved", in order
  step: number; // screen number of the current state (trail.length + 1)
};

export type NodeState = StateBase & { status: 'node'; nodeId: string; node: TreeNode };
export type DoneState = StateBase & { status: 'done'; nodeId: typeof DONE_NODE_ID; solvedBy: OutcomeNode };
export type WalkState = NodeState | DoneState;

export type WalkError =
  | { kind: 'unknown-answer'; index: number; nodeId: string; answer: string } // not an answer of this node
  | { kind: 'past-end'; index: number; nodeId: string } // answers after "solved" or at the escalation
  | { kind: 'missing-node'; index: number; nodeId: string } // the tree points to a node that does not exist
  | { kind: 'too-many-answers'; index: number };

export type WalkResult = { ok: true; state: WalkState } | { ok: false; state: WalkState; error: WalkError };

/**
 * Shown when the tree has no start node: the customer still reaches support instead of a blank page.
 * checkTree reports the broken start, so this only matters if broken content was published anyway.
 */
export const FALLBACK_ESCALATION: EscalationNode = {
  kind: 'escalation',
  id: 'contact-support',
  // The words are the UI's (features/troubleshoot/escalation-step.tsx recognises this node).
  title: '',
  body: '',
};

/**
 * Follows answer ids from the start. On a path that does not match the tree, returns the error and the
 * state reached by the longest valid prefix, so a tampered link still lands on a sensible screen.
 */
export function walk(tree: DecisionTree, answers: readonly string[]): WalkResult {
  const index = nodeIndex(tree);
  const trail: TrailEntry[] = [];
  const tried: string[] = [];
  const atNode = (node: TreeNode, taken: number): NodeState => ({
    status: 'node',
    nodeId: node.id,
    node,
    answers: answers.slice(0, taken),
    trail: [...trail],
    outcomesTried: [...tried],
    step: trail.length + 1,
  });

  const start = index.get(tree.start);
  if (!start) {
    return {
      ok: false,
      state: atNode(FALLBACK_ESCALATION, 0),
      error: { kind: 'missing-node', index: 0, nodeId: tree.start },
    };
  }

  let node: TreeNode = start;
  for (let i = 0; i < answers.length; i++) {
    const answer = answers[i] ?? '';
    const current: TreeNode = node;
    const fail = (error: WalkError, state: WalkState = atNode(current, i)): WalkResult => ({ ok: false, state, error });
    if (i >= MAX_ANSWERS) return fail({ kind: 'too-many-answers', index: i });

    if (current.kind === 'escalation') return fail({ kind: 'past-end', index: i, nodeId: current.id });

    if (answer === SUPPORT) {
      const support = supportNode(tree);
      if (!support) return fail({ kind: 'missing-node', index: i, nodeId: tree.support ?? SUPPORT });
      trail.push(entry(current.id, current.kind, current.kind === 'question' ? current.question : current.title, answer, null, answers, i));
      node = support;
      continue;
    }

    if (current.kind === 'question') {
      const chosen = current.answers.find((a) => a.id === answer);
      if (!chosen) return fail({ kind: 'unknown-answer', index: i, nodeId: current.id, answer });
      const next = index.get(chosen.next);
      if (!next) return fail({ kind: 'missing-node', index: i, nodeId: chosen.next });
      trail.push(entry(current.id, 'question', current.question, answer, chosen.label, answers, i));
      node = next;
      continue;
    }

    if (answer === SOLVED) {
      trail.push(entry(current.id, 'outcome', current.title, answer, current.confirm?.yes ?? null, answers, i));
      const done: DoneState = {
        status: 'done',
        nodeId: DONE_NODE_ID,
        solvedBy: current,
        answers: answers.slice(0, i + 1),
        trail: [...trail],
        outcomesTried: [...tried],
        step: trail.length + 1,
      };
      if (i + 1 < answers.length) return fail({ kind: 'past-end', index: i + 1, nodeId: DONE_NODE_ID }, done);
      return { ok: true, state: done };
    }
    if (answer !== NOT_SOLVED) return fail({ kind: 'unknown-answer', index: i, nodeId: current.id, answer });
    const fallback: TreeNode | undefined = current.ifNotSolved === undefined ? undefined : index.get(current.ifNotSolved);
    if (!fallback) return fail({ kind: 'missing-node', index: i, nodeId: current.ifNotSolved ?? '' });
    trail.push(entry(current.id, 'outcome', current.title, answer, current.confirm?.no ?? null, answers, i));
    tried.push(current.id);
    node = fallback;
  }
  return { ok: true, state: atNode(node, answers.length) };
}

function entry(
  nodeId: string,
  kind: TrailEntry['kind'],
  prompt: string,
  answer: string,
  answerLabel: string | null,
  answers: readonly string[],
  i: number,
): TrailEntry {
  return { step: i + 1, nodeId, kind, prompt, answer, answerLabel, path: answers.slice(0, i) };
}
