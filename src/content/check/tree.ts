// The troubleshooter's tree (tree.json) beyond its schema: references, links into the guide, reachability,
// cycles, route lengths and the guarantees of every route. Content-layer code: it walks the tree with the
// engine's functions, and links in texts are read with the same Markdown parser that renders them.
import { parseInline } from '../markdown/inline';
import type { DecisionTree, TreeNode } from '../schemas/tree';
import { followAnswers } from '@/engine/tree/lookup';
import { MAX_ANSWERS, RESERVED_ANSWER_IDS, heaviestPath, nodeIndex, outgoingEdges, reachableIds } from '@/engine/tree/graph';
import { nodeProgress } from '@/engine/tree/progress';
import { toolIsRouted } from '@/engine/tree/tools';
import { walk } from '@/engine/tree/walk';
import { MAX_URL_LENGTH } from '@/engine/tree/step-url';
import { MAX_CODE_LENGTH } from '@/engine/tree/smtp-code-param';
import { RESERVED_STEP_IDS, maxStepUrlLength, paths } from '@/routes';
import type { PageSections } from './files';
import { checkInternalLink, collectInlineLinks } from './guide';

export type { PageSections };
export type TreeProblem = { nodeId: string; message: string };

/** Every answer of the first question must lead to an outcome after at most this many questions (the first included). */
export const MAX_QUESTIONS_TO_OUTCOME = 6;

/**
 * Everything the schema cannot see: broken references, links to missing pages or sections, nodes no
 * one reaches, cycles, thin questions, outcomes with no way on, topic pages without an outcome, and
 * routes too long for a URL. Messages are for content editors; npm run check:content prints them as
 * "public/content/ja/tree.json: <nodeId>: <message>".
 */
export function checkTree(tree: DecisionTree, pages: PageSections): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const add = (nodeId: string, message: string) => problems.push({ nodeId, message });
  const index = nodeIndex(tree);

  const seen = new Set<string>();
  for (const node of tree.nodes) {
    if (seen.has(node.id)) add(node.id, 'duplicate node id: another node already uses it');
    seen.add(node.id);
    if (RESERVED_STEP_IDS.includes(node.id)) add(node.id, `"${node.id}" is reserved: /troubleshoot/${node.id} is another screen's URL`);
  }
  if (!index.has(tree.start)) add(tree.start, 'start: there is no node with this id');

  for (const node of tree.nodes) checkNode(node, index, pages, add);

  // Without a start every node is unreachable: the start problem alone says what to fix.
  if (index.has(tree.start)) checkReachability(tree, pages, add);
  for (const cycle of findCycles(tree)) add(cycle[0] ?? '', `cycle: ${cycle.join(' → ')} (routes must never loop back)`);
  checkRouteLength(tree, add);
  if (index.has(tree.start)) {
    checkSupport(tree, add);
    checkEntries(tree, add);
    checkEndsAtEscalation(tree, add);
    checkAudiences(tree, add);
    checkMoved(tree, add);
  }
  return problems;
}

/** "Contact support" on every screen needs an escalation to lead to. */
function checkSupport(tree: DecisionTree, add: (id: string, message: string) => void) {
  if (tree.support === undefined) return;
  const node = nodeIndex(tree).get(tree.support);
  if (!node) add(tree.support, 'support: there is no node with this id');
  else if (node.kind !== 'escalation') add(tree.support, `support: must name an escalation node, not a ${node.kind}`);
}

/** Each first-step answer reaches an outcome within MAX_QUESTIONS_TO_OUTCOME questions on every route. */
function checkEntries(tree: DecisionTree, add: (id: string, message: string) => void) {
  const start = nodeIndex(tree).get(tree.start);
  if (start?.kind !== 'question') return;
  const progress = nodeProgress(tree);
  for (const answer of start.answers) {
    const asked = 1 + (progress.get(answer.next)?.questionsLeft ?? 0);
    if (asked > MAX_QUESTIONS_TO_OUTCOME) {
      add(tree.start, `answer "${answer.id}": a route asks ${asked} questions before its first outcome; at most ${MAX_QUESTIONS_TO_OUTCOME}`);
    }
  }
}

/**
 * Every outcome reaches the escalation, whatever is answered after it: a reader for whom nothing worked
 * always ends at the support contact, never at a screen with no way on. Reported at the outcome closest
 * to the break, and not where the outcome's own ifNotSolved is already reported (missing or unknown) or
 * the chain runs into another outcome that is reported (so a cycle or one broken link gives one line).
 */
function checkEndsAtEscalation(tree: DecisionTree, add: (id: string, message: string) => void) {
  const index = nodeIndex(tree);
  const memo = new Map<string, boolean>();
  const ends = (id: string, seen: Set<string>): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = index.get(id);
    if (!node || seen.has(id)) return false;
    if (node.kind === 'escalation') return true;
    seen.add(id);
    const edges = outgoingEdges(node);
    const result = edges.length > 0 && edges.every((edge) => ends(edge.to, seen));
    seen.delete(id);
    memo.set(id, result);
    return result;
  };
  const failing = new Set(tree.nodes.filter((n) => n.kind === 'outcome' && !ends(n.id, new Set())).map((n) => n.id));
  for (const id of failing) {
    const node = index.get(id);
    if (node?.kind !== 'outcome' || node.ifNotSolved === undefined || !index.has(node.ifNotSolved)) continue;
    // The first failing outcome on from here explains this one.
    const downstream = reachableFrom(tree, node.ifNotSolved);
    if (downstream.some((other) => failing.has(other))) continue;
    add(id, `not every route after this outcome ends at the escalation (after "${node.ifNotSolved}" a route stops at a screen with no way on)`);
  }
}

/** Node ids reachable from `from` (itself included). */
function reachableFrom(tree: DecisionTree, from: string): string[] {
  const index = nodeIndex(tree);
  const seen = new Set([from]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const node = index.get(queue[i] ?? '');
    for (const edge of node ? outgoingEdges(node) : []) {
      if (index.has(edge.to) && !seen.has(edge.to)) {
        seen.add(edge.to);
        queue.push(edge.to);
      }
    }
  }
  return queue;
}

/**
 * No route mixes audiences: once a route has passed a screen for senders, it never shows a screen for
 * recipients, and the other way round. Reported once per offending node, with the route that shows it.
 */
function checkAudiences(tree: DecisionTree, add: (id: string, message: string) => void) {
  const index = nodeIndex(tree);
  const visited = new Set<string>();
  const reported = new Set<string>();
  const visit = (id: string, side: string | undefined, via: string) => {
    const node = index.get(id);
    if (!node) return;
    if (node.audience !== undefined && side !== undefined && node.audience !== side && !reported.has(id)) {
      reported.add(id);
      add(id, `this ${node.audience} screen follows the ${side} screen "${via}" on a route (a route speaks to one side only)`);
    }
    const here = node.audience ?? side;
    const key = `${id}|${here ?? ''}`;
    if (visited.has(key)) return;
    visited.add(key);
    for (const edge of outgoingEdges(node)) visit(edge.to, here, node.audience !== undefined ? id : via);
  };
  visit(tree.start, undefined, tree.start);
}

/** Each moved route leads to a real screen, and a different one from where its old path now leads. */
function checkMoved(tree: DecisionTree, add: (id: string, message: string) => void) {
  for (const entry of tree.moved ?? []) {
    const to = walk(tree, entry.to.split('.'));
    if (!to.ok) {
      add(tree.start, `moved: "${entry.to}" does not follow the tree (from "${entry.from}")`);
      continue;
    }
    const from = walk(tree, entry.from.split('.'));
    if (from.ok && from.state.nodeId === to.state.nodeId) add(tree.start, `moved: "${entry.from}" → "${entry.to}" changes nothing (both lead to "${to.state.nodeId}")`);
  }
}

function checkReachability(tree: DecisionTree, pages: PageSections, add: (id: string, message: string) => void) {
  const index = nodeIndex(tree);
  const reachable = new Set(reachableIds(tree));
  for (const node of tree.nodes) {
    if (!reachable.has(node.id)) add(node.id, 'unreachable: no answer or ifNotSolved leads here from the start');
  }
  const reachedPages = new Set<string>();
  let escalationReachable = false;
  for (const id of reachable) {
    const node = index.get(id);
    if (node?.kind === 'outcome') reachedPages.add(node.link.page);
    if (node?.kind === 'escalation') escalationReachable = true;
  }
  for (const page of pages.keys()) {
    if (!reachedPages.has(page)) add(page, 'no troubleshooter outcome reachable from the start links to this page');
  }
  if (!escalationReachable) add(tree.start, 'no escalation node can be reached from the start');
}

function checkNode(node: TreeNode, index: ReadonlyMap<string, TreeNode>, pages: PageSections, add: (id: string, message: string) => void) {
  const ref = (target: string, what: string) => {
    if (!index.has(target)) add(node.id, `${what} "${target}" is not a node`);
  };
  if (node.kind === 'question') {
    if (node.answers.length < 2) add(node.id, `a question needs at least two answers (has ${node.answers.length})`);
    const ids = new Set<string>();
    for (const answer of node.answers) {
      if (ids.has(answer.id)) add(node.id, `answer id "${answer.id}" is used twice in this question`);
      if (RESERVED_ANSWER_IDS.includes(answer.id)) add(node.id, `answer id "${answer.id}" is reserved (${RESERVED_ANSWER_IDS.join(', ')} mean solved / not solved / contact support in a URL)`);
      ids.add(answer.id);
      ref(answer.next, `answer "${answer.id}": next`);
    }
    checkLookup(node, index, add);
    if (node.help !== undefined) checkTextLinks(node.id, node.help, pages, add);
  } else if (node.kind === 'outcome') {
    if (node.ifNotSolved === undefined) add(node.id, 'outcome has no ifNotSolved: say where to go when this did not help');
    else ref(node.ifNotSolved, 'ifNotSolved');
    checkLink(node.id, node.link.page, node.link.section, pages, add);
    if (node.tool !== undefined && !toolIsRouted(node.tool)) add(node.id, `tool "${node.tool}": this site has no such page (yet)`);
    checkTextLinks(node.id, node.body, pages, add);
  } else {
    checkTextLinks(node.id, node.body, pages, add);
  }
}

function checkLookup(node: Extract<TreeNode, { kind: 'question' }>, index: ReadonlyMap<string, TreeNode>, add: (id: string, message: string) => void) {
  const entries: { key: string; path: string | undefined }[] = [
    ...Object.entries(node.lookup?.byClass ?? {}).map(([key, path]) => ({ key: `byClass.${key}`, path })),
    ...Object.entries(node.lookup?.byReason ?? {}).map(([key, path]) => ({ key: `byReason.${key}`, path })),
  ];
  for (const { key, path } of entries) {
    if (path === undefined) continue;
    const answers = path.split('.');
    const step = followAnswers(index, node, answers);
    if (!step.complete) {
      const at = step.node?.id ?? '(missing node)';
      add(node.id, `lookup ${key}: "${path}" does not follow the tree (stops at "${answers[step.answers.length] ?? ''}" in ${at})`);
    }
  }
}

/** Links in a text ([迷惑メールフォルダー](/guide/recipient-checks#spam-folder)), read as the page renders them. */
function checkTextLinks(nodeId: string, textValue: string, pages: PageSections, add: (id: string, message: string) => void) {
  const links: string[] = [];
  collectInlineLinks(parseInline(textValue, (message) => add(nodeId, message)), links);
  for (const href of links) {
    if (!href.startsWith('/')) continue;
    const problem = checkInternalLink(href, pages);
    if (problem) add(nodeId, `text link ${href}: ${problem}`);
  }
}

function checkLink(nodeId: string, page: string, section: string | undefined, pages: PageSections, add: (id: string, message: string) => void) {
  const href = paths.guidePage.href(page, section);
  const problem = checkInternalLink(href, pages);
  if (problem) add(nodeId, `link ${href}: ${problem}`);
}

/** One entry per edge that closes a cycle, listing the loop from its first node back to it. */
function findCycles(tree: DecisionTree): string[][] {
  const index = nodeIndex(tree);
  const state = new Map<string, 'active' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (id: string) => {
    state.set(id, 'active');
    stack.push(id);
    const node = index.get(id);
    for (const edge of node ? outgoingEdges(node) : []) {
      if (!index.has(edge.to)) continue;
      const seen = state.get(edge.to);
      if (seen === 'active') cycles.push([...stack.slice(stack.indexOf(edge.to)), edge.to]);
      else if (seen === undefined) visit(edge.to);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const node of tree.nodes) if (!state.has(node.id)) visit(node.id);
  return cycles;
}

/** Every route must fit in a troubleshooter URL (answer count and characters). */
function checkRouteLength(tree: DecisionTree, add: (id: string, message: string) => void) {
  const steps = heaviestPath(tree, () => 1);
  if (steps.answers.length > MAX_ANSWERS) {
    add(steps.nodeIds.at(-1) ?? tree.start, `the longest route has ${steps.answers.length} answers; a URL holds at most ${MAX_ANSWERS}`);
  }
  const chars = heaviestPath(tree, (edge) => edge.answer.length + 1);
  const longestId = Math.max(0, ...tree.nodes.map((n) => n.id.length));
  // /troubleshoot/<id>?path=...&code=<code>, with the code percent-encoded (a space becomes %20).
  const worst = maxStepUrlLength(longestId, chars.weight, MAX_CODE_LENGTH + 2);
  if (worst > MAX_URL_LENGTH) {
    add(chars.nodeIds.at(-1) ?? tree.start, `the longest route needs a URL of about ${worst} characters; the limit is ${MAX_URL_LENGTH}`);
  }
}
