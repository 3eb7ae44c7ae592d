import type { DecisionTree } from '../../content/schemas/tree';
import type { SmtpResult } from '../../engine/smtp/types';
import { resolveLookup } from '../../engine/tree/lookup';
import { normaliseSmtpCode } from '../../engine/tree/smtp-code-param';
import { encodeStepUrl } from '../../engine/tree/step-url';
import { walk } from '../../engine/tree/walk';

/** The part of the analyser's first result the troubleshooter uses. */
export type LookupFinding = Pick<SmtpResult, 'class' | 'reason' | 'replyCode' | 'status'>;

export type LookupPlan =
  /** The code chose answers: go to the step they lead to (the URL carries only the normalised code). */
  | { kind: 'step'; url: string; code: string | null }
  /** Nothing code-like in the pasted text. */
  | { kind: 'no-code' }
  /** A "delivered" report (2xx): nothing failed, so no answer can be chosen from it. */
  | { kind: 'delivered'; code: string | null }
  /** A code was found but this question has no answer for it: the customer picks one. */
  | { kind: 'no-match'; code: string | null };

/** "550 5.1.1", "550" or "5.1.1" from what the analyser found; null when it found neither. */
export function findingCode(finding: LookupFinding): string | null {
  return normaliseSmtpCode([finding.replyCode, finding.status].filter((part) => part !== null).join(' '));
}

/**
 * Where a pasted bounce takes the customer from the lookup question `nodeId` (reached by `answers`).
 * Pure: the caller runs the analyser and navigates.
 */
export function planLookup(tree: DecisionTree, nodeId: string, answers: readonly string[], finding: LookupFinding | undefined): LookupPlan {
  if (finding === undefined) return { kind: 'no-code' };
  const code = findingCode(finding);
  if (finding.class === 'delivered') return { kind: 'delivered', code };
  const picked = resolveLookup(tree, nodeId, { codeClass: finding.class, reason: finding.reason });
  if (picked.length === 0) return { kind: 'no-match', code };
  const { state } = walk(tree, [...answers, ...picked]);
  return { kind: 'step', url: encodeStepUrl({ nodeId: state.nodeId, answers: state.answers, smtpCode: code ?? undefined }), code };
}
