import type { OutcomeNode } from '../../content/schemas/tree';
import { SOLVED, SUPPORT } from '../../engine/tree/graph';
import type { TrailEntry } from '../../engine/tree/walk';

export type ConfirmWording = { question: string; yes: string; no: string };

// Used when an outcome does not set its own wording (check steps say 見つかった / 見つからない instead).
export const DEFAULT_CONFIRM: ConfirmWording = {
  question: 'これで解決しましたか？',
  yes: '解決しました',
  no: '解決しません（次へ）',
};

/** The "did this solve it?" wording for an outcome. */
export function confirmWording(node: OutcomeNode): ConfirmWording {
  return node.confirm ?? DEFAULT_CONFIRM;
}

/** The trail's label for the "contact support" shortcut. */
export const SUPPORT_LABEL = 'サポートに問い合わせる';

/** What a breadcrumb says was chosen: the answer's label, or the outcome's (default) confirm wording. */
export function trailAnswerLabel(entry: TrailEntry): string {
  if (entry.answerLabel !== null) return entry.answerLabel;
  if (entry.answer === SUPPORT) return SUPPORT_LABEL;
  return entry.answer === SOLVED ? DEFAULT_CONFIRM.yes : DEFAULT_CONFIRM.no;
}
