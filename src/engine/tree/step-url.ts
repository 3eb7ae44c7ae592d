import type { DecisionTree } from '../../content/schemas/tree';
import { ANSWER_SEPARATOR, paths, queryParams, reservedSteps, troubleshootSegment } from '@/routes';
import { canonicalPaths } from './canonical-paths';
import { applyMoved } from './moved';
import { nodeIndex } from './graph';
import { normaliseSmtpCode } from './smtp-code-param';
import type { WalkError, WalkState } from './walk';
import { walk } from './walk';
import { safeDecode } from '../safe-decode';

/**
 * URL scheme (no base path; the router adds it; the patterns and parameter names are src/routes.ts's):
 *   /troubleshoot                                       the first question
 *   /troubleshoot/<node-id>?path=<answer>.<answer>...   any later screen; path reproduces the breadcrumbs
 *   /troubleshoot/done?path=...solved                   the "solved" screen
 *   ...&code=550%205.1.1                                the SMTP code entered at the lookup step
 * Every screen has its own path segment so it can be prerendered; the query is the source of truth and
 * the node id must agree with where the path leads.
 */
/** Links longer than this are cut before parsing: no real route comes close (checkTree enforces it). */
export const MAX_URL_LENGTH = 2000;

export type StepLocation = { nodeId: string; answers: readonly string[]; smtpCode?: string };

/** Builds the URL of a step. An empty path is always the start, whatever nodeId says. */
export function encodeStepUrl(step: StepLocation): string {
  const code = (step.smtpCode === undefined ? null : normaliseSmtpCode(step.smtpCode)) ?? undefined;
  if (step.answers.length === 0) return paths.troubleshoot.href({ code });
  return paths.troubleshootStep.href(step.nodeId, { answers: step.answers, code });
}

export type StepUrlError =
  | { kind: 'too-long'; length: number }
  | { kind: 'not-troubleshoot' } // the path is not under /troubleshoot
  | { kind: 'malformed'; part: 'node' | 'path' | 'code' } // bad percent-encoding
  | { kind: 'unknown-node'; nodeId: string } // node id in the URL is not a reachable node
  | { kind: 'path-mismatch'; walk: WalkError } // ?path= does not follow the tree
  | { kind: 'node-mismatch'; urlNodeId: string; pathNodeId: string } // path leads elsewhere
  | { kind: 'bad-code'; value: string }; // ?code= is not an SMTP code (dropped)

export type DecodedStep = {
  ok: boolean; // false when any error was found; state is then the nearest valid step
  state: WalkState;
  smtpCode?: string;
  /** The URL this state should be shown under; replace the address bar when it differs. */
  canonicalUrl: string;
  errors: StepUrlError[];
};

/**
 * Reads a troubleshooter URL (path and query, optionally with origin or hash). Never throws: tampered,
 * truncated or over-long links give typed errors plus the nearest valid step. A bare
 * /troubleshoot/<node-id> without ?path= is accepted and gets the node's canonical path.
 */
export function decodeStepUrl(tree: DecisionTree, url: string): DecodedStep {
  const errors: StepUrlError[] = [];
  let input = url;
  if (input.length > MAX_URL_LENGTH) {
    errors.push({ kind: 'too-long', length: input.length });
    input = input.slice(0, MAX_URL_LENGTH);
  }
  input = input.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').replace(/#.*$/s, '');
  const queryAt = input.indexOf('?');
  const pathname = queryAt === -1 ? input : input.slice(0, queryAt);
  const params = parseQuery(queryAt === -1 ? '' : input.slice(queryAt + 1));

  const segment = nodeSegment(pathname);
  let urlNodeId: string | undefined;
  if (segment === null) {
    errors.push({ kind: 'not-troubleshoot' });
  } else if (segment !== '') {
    const decoded = safeDecode(segment);
    if (decoded === null) errors.push({ kind: 'malformed', part: 'node' });
    else urlNodeId = decoded;
  }

  let smtpCode: string | undefined;
  const rawCode = params.get(queryParams.stepCode);
  if (rawCode !== undefined && segment !== null) {
    const decoded = safeDecode(rawCode.replace(/\+/g, ' '));
    const code = decoded === null ? null : normaliseSmtpCode(decoded);
    if (decoded === null) errors.push({ kind: 'malformed', part: 'code' });
    else if (code === null) errors.push({ kind: 'bad-code', value: decoded.slice(0, 40) });
    else smtpCode = code;
  }

  let answers: string[] = [];
  const rawPath = params.get(queryParams.stepPath);
  if (rawPath !== undefined && segment !== null) {
    const decoded = safeDecode(rawPath);
    if (decoded === null) errors.push({ kind: 'malformed', part: 'path' });
    else if (decoded !== '') answers = decoded.split(ANSWER_SEPARATOR);
  }

  const state = resolveState(tree, urlNodeId, answers, errors);
  const canonicalUrl = encodeStepUrl({ nodeId: state.nodeId, answers: state.answers, smtpCode });
  return { ok: errors.length === 0, state, smtpCode, canonicalUrl, errors };
}

function resolveState(tree: DecisionTree, urlNodeId: string | undefined, answers: string[], errors: StepUrlError[]): WalkState {
  if (answers.length > 0) {
    let result = walk(tree, answers);
    const named = urlNodeId ?? tree.start; // plain /troubleshoot names the start
    // A link from before the tree was reorganised: continue on the route's new place, without a notice
    // when the new place is the screen the link names.
    const fits = (r: typeof result) => r.ok && r.state.nodeId === named;
    const redirected = fits(result) ? null : applyMoved(tree, answers);
    if (redirected !== null) {
      const moved = walk(tree, redirected);
      if (fits(moved)) return moved.state;
      if (!result.ok && (moved.ok || moved.state.answers.length > result.state.answers.length)) result = moved;
    }
    if (!result.ok) errors.push({ kind: 'path-mismatch', walk: result.error });
    else if (named !== result.state.nodeId) {
      errors.push({ kind: 'node-mismatch', urlNodeId: named, pathNodeId: result.state.nodeId });
    }
    return result.state;
  }
  // No path: the start, or a hand-written link to a node, which gets the node's shortest path.
  if (urlNodeId === undefined || urlNodeId === tree.start) return walk(tree, []).state;
  const canonical = canonicalPaths(tree).get(urlNodeId);
  if (canonical !== undefined && nodeIndex(tree).has(urlNodeId)) return walk(tree, canonical).state;
  if (urlNodeId === reservedSteps.done) errors.push({ kind: 'node-mismatch', urlNodeId, pathNodeId: tree.start });
  else errors.push({ kind: 'unknown-node', nodeId: urlNodeId });
  return walk(tree, []).state;
}

/** "" for the start, the node segment for a step, null when the URL is not a troubleshooter URL. */
function nodeSegment(pathname: string): string | null {
  const segment = troubleshootSegment(pathname);
  if (segment === null) return null;
  // Tolerate what static hosting adds: a trailing slash, /index.html or .html.
  const rest = segment
    .replace(/\/index\.html$/, '')
    .replace(/\.html$/, '')
    .replace(/\/+$/, '');
  if (rest === 'index') return '';
  return rest;
}

/** First occurrence of each key wins; keys and values stay percent-encoded. */
function parseQuery(query: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = eq === -1 ? pair : pair.slice(0, eq);
    if (!params.has(key)) params.set(key, eq === -1 ? '' : pair.slice(eq + 1));
  }
  return params;
}

