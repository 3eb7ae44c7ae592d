import * as z from 'zod/mini';
import { bounceReason } from './vocabulary';
import { slug, text } from './common';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KEBAB_MESSAGE = 'must be lowercase kebab-case ASCII (a-z, 0-9, -)';

/**
 * public/content/ja/tree.json: the troubleshooter's decision tree.
 *
 * The schema only checks the shape of each node. Whether references resolve, every page is reached and
 * the graph is a DAG is checked by checkTree (src/content/check/tree.ts), which can name the node
 * at fault in words an operator understands; a schema error would only give a JSON path.
 * Objects are strict so that a misspelt optional key ("ifNotSloved") is reported instead of ignored.
 */

// Node ids appear in URLs (/troubleshoot/<id>) that support staff paste into e-mails: keep them short.
export const nodeId = z.string().check(z.regex(KEBAB, KEBAB_MESSAGE), z.maxLength(48, 'must be at most 48 characters'));
// Answer ids are joined with "." in ?path=, so a long path stays readable and under the URL cap.
export const answerId = z.string().check(z.regex(KEBAB, KEBAB_MESSAGE), z.maxLength(24, 'must be at most 24 characters'));

/** Answer ids joined by "." — the same notation as ?path= in a troubleshooter URL. */
export const answerPath = z.string().check(
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/, 'must be answer ids joined by "." (e.g. "5xx.user-unknown")'),
);

/** How an analysed bounce is classified before its reason is considered. */
export const CODE_CLASSES = ['temporary', 'permanent', 'expired'] as const;
export type CodeClass = (typeof CODE_CLASSES)[number];

const answer = z.strictObject({
  id: answerId,
  label: text,
  next: nodeId,
});

/**
 * Lets an analysed SMTP code pick answers instead of the customer. Each value is a path of answer ids
 * starting at this question. byClass is applied first; at the node it leads to, a lookup there may
 * continue with byReason (so 4xx and 5xx questions can each map the same reason differently).
 */
const lookup = z.strictObject({
  byClass: z.optional(z.partialRecord(z.enum(CODE_CLASSES), answerPath)),
  byReason: z.optional(z.partialRecord(bounceReason, answerPath)),
});

/**
 * Whose side a screen speaks to. A route never mixes the two (checkTree): a reader waiting for a mail is
 * never told to ask "the recipient", and a sender is never told to look in their own spam folder.
 * Screens that fit both (the first question, late mail, the escalation) leave it out.
 */
export const AUDIENCES = ['sender', 'recipient'] as const;
export type Audience = (typeof AUDIENCES)[number];
const audience = z.optional(z.enum(AUDIENCES));

/** Tools of the site an outcome can open besides its guide section (a button next to the guide link). */
export const TREE_TOOLS = ['smtp', 'headers'] as const;
export type TreeTool = (typeof TREE_TOOLS)[number];

export const questionNode = z.strictObject({
  kind: z.literal('question'),
  id: nodeId,
  audience,
  question: text,
  help: z.optional(text), // inline Markdown allowed
  answers: z.array(answer), // "at least two" is reported by checkTree with the node id
  lookup: z.optional(lookup),
});

export const outcomeNode = z.strictObject({
  kind: z.literal('outcome'),
  id: nodeId,
  audience,
  title: text,
  body: text, // inline Markdown: **bold**, `code`, [links](/guide/...)
  link: z.strictObject({ page: slug, section: slug }),
  // A tool that helps with this step (e.g. the header analyser for "read the Received headers").
  tool: z.optional(z.enum(TREE_TOOLS)),
  // Shown on the "solved" screen after this outcome: how to keep it from happening again.
  prevent: z.optional(text),
  ifNotSolved: z.optional(nodeId), // required, but reported by checkTree so the message names the node
  // Wording of the "did this solve it?" step; a check step says 見つかった / 見つからない instead.
  confirm: z.optional(z.strictObject({ question: text, yes: text, no: text })),
});

export const escalationNode = z.strictObject({
  kind: z.literal('escalation'),
  id: nodeId,
  audience,
  title: text,
  body: text,
});

export const treeNode = z.discriminatedUnion('kind', [questionNode, outcomeNode, escalationNode]);

/**
 * An old route that now lives elsewhere: links whose ?path= starts with `from` continue as if it started
 * with `to`, so links sent before the tree was reorganised still open the step they meant.
 */
const moved = z.strictObject({ from: answerPath, to: answerPath });

export const decisionTree = z.strictObject({
  schemaVersion: z.literal(1),
  start: nodeId,
  // The escalation that "contact support" on every screen leads to (default: the first escalation node).
  support: z.optional(nodeId),
  moved: z.optional(z.array(moved)),
  nodes: z.array(treeNode),
});

export type DecisionTree = z.infer<typeof decisionTree>;
export type TreeNode = z.infer<typeof treeNode>;
export type QuestionNode = z.infer<typeof questionNode>;
export type OutcomeNode = z.infer<typeof outcomeNode>;
export type EscalationNode = z.infer<typeof escalationNode>;
export type TreeAnswer = z.infer<typeof answer>;
export type TreeLookup = z.infer<typeof lookup>;
export type MovedRoute = z.infer<typeof moved>;
