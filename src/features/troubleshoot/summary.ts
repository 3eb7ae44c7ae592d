import type { DecisionTree } from '../../content/schemas/tree';
import { nodeIndex } from '../../engine/tree/graph';
import { normaliseSmtpCode } from '../../engine/tree/smtp-code-param';
import type { WalkState } from '../../engine/tree/walk';
import { trailAnswerLabel } from './confirm';
import { stepTitle } from './step-meta';

/**
 * Plain-text summary for the escalation screen's "copy" button, pasted by the customer into an e-mail
 * or chat to support: what they answered, what they already tried, the code, and the link back here.
 * `link` is the absolute URL of this step (the UI adds origin and base path).
 */
export function summarise(tree: DecisionTree, state: WalkState, link: string, options: { smtpCode?: string } = {}): string {
  const index = nodeIndex(tree);
  const lines: string[] = ['【メールが届かない件：ここまでの確認内容】', ''];

  lines.push('■ 回答した内容');
  const questions = state.trail.filter((entry) => entry.kind === 'question');
  if (questions.length === 0) lines.push('（まだ回答していません）');
  questions.forEach((entry, i) => lines.push(`${i + 1}. ${entry.prompt} → ${trailAnswerLabel(entry)}`));
  lines.push('');

  lines.push('■ 試したが解決しなかったこと');
  if (state.outcomesTried.length === 0) lines.push('（なし）');
  for (const id of state.outcomesTried) {
    const node = index.get(id);
    lines.push(`・${node?.kind === 'outcome' ? node.title : id}`);
  }
  lines.push('');

  const code = options.smtpCode === undefined ? null : normaliseSmtpCode(options.smtpCode);
  lines.push(`■ エラーコード：${code ?? '入力なし'}`);
  const here = state.status === 'done' ? `解決済み（${state.solvedBy.title}）` : stepTitle(state);
  lines.push(`■ 現在の画面：${here}`);
  lines.push(`■ この画面のリンク：${link}`);
  return lines.join('\n');
}

