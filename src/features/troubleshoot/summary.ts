import type { Audience, DecisionTree } from '../../content/schemas/tree';
import { nodeIndex } from '../../engine/tree/graph';
import { normaliseSmtpCode } from '../../engine/tree/smtp-code-param';
import type { WalkState } from '../../engine/tree/walk';
import { trailAnswerLabel } from './confirm';
import { stepTitle } from './step-meta';

/**
 * What a support desk needs besides the route, typed by the reader on the escalation screen. It stays in
 * the browser: it goes into the summary they copy or e-mail, never into a URL.
 */
export type SupportDetails = {
  sender?: string; // the sending address (or the service's name)
  recipient?: string; // the receiving address
  sentAt?: string; // when it was sent, as the reader knows it
  timeZone?: string; // e.g. "Asia/Tokyo", filled in from the browser
  othersAtDomain?: 'yes' | 'no' | 'unknown'; // do others at the same domain receive mail?
  errorText?: string; // the error mail or its text, pasted
};

/** Longest pasted error text carried into the summary (a whole bounce with headers is rarely longer). */
export const MAX_ERROR_TEXT = 6000;

const SIDE: Record<Audience, string> = {
  sender: 'メールを送った側（送信者）',
  recipient: 'メールを待っている側（受信者）',
};

const OTHERS: Record<NonNullable<SupportDetails['othersAtDomain']>, string> = {
  yes: '届いている',
  no: '届いていない',
  unknown: 'わからない',
};

const BLANK = '（未記入）';

/** Whose side the route took: the audience of the first screen on it that has one. */
export function routeAudience(tree: DecisionTree, state: WalkState): Audience | undefined {
  const index = nodeIndex(tree);
  const ids = [...state.trail.map((entry) => entry.nodeId), state.nodeId];
  for (const id of ids) {
    const audience = index.get(id)?.audience;
    if (audience !== undefined) return audience;
  }
  return undefined;
}

/**
 * Plain-text summary for the escalation screen's "copy" button, pasted by the reader into an e-mail or
 * chat to support: who is asking, what the desk needs to look the mail up (addresses, time and time zone,
 * whether others at the domain receive mail, the error text), the route taken, what was tried, the code
 * and the link back here. `link` is the absolute URL of this step (the UI adds origin and base path).
 */
export function summarise(
  tree: DecisionTree,
  state: WalkState,
  link: string,
  options: { smtpCode?: string; details?: SupportDetails } = {},
): string {
  const index = nodeIndex(tree);
  const details = options.details ?? {};
  const value = (raw: string | undefined) => {
    const trimmed = raw?.trim().replace(/\s+/g, ' ') ?? '';
    return trimmed === '' ? BLANK : trimmed.slice(0, 200);
  };
  const lines: string[] = ['【メールが届かない件：お問い合わせ内容】', ''];

  const side = routeAudience(tree, state);
  if (side !== undefined) lines.push(`■ ご相談の立場：${SIDE[side]}`, '');

  lines.push('■ メールの情報');
  lines.push(`・送信者のアドレス：${value(details.sender)}`);
  lines.push(`・受信者のアドレス：${value(details.recipient)}`);
  const sentAt = value(details.sentAt);
  const zone = details.timeZone?.trim();
  lines.push(`・送信した日時：${sentAt}${sentAt !== BLANK && zone ? `（タイムゾーン：${zone}）` : ''}`);
  lines.push(`・同じドメインのほかのアドレスには届いているか：${details.othersAtDomain ? OTHERS[details.othersAtDomain] : BLANK}`);
  const errorText = details.errorText?.trim() ?? '';
  const code = options.smtpCode === undefined ? null : normaliseSmtpCode(options.smtpCode);
  lines.push(`・エラーコード：${code ?? '入力なし'}`);
  if (errorText === '') lines.push(`・エラーメールの本文：${BLANK}`);
  else {
    const clipped = errorText.length > MAX_ERROR_TEXT ? `${errorText.slice(0, MAX_ERROR_TEXT)}\n（以下省略）` : errorText;
    lines.push('・エラーメールの本文：', '----', clipped, '----');
  }
  lines.push('');

  lines.push('■ ここまでの道筋');
  if (state.trail.length === 0) lines.push('（まだ回答していません）');
  state.trail.forEach((entry, i) => lines.push(`${i + 1}. ${entry.prompt} → ${trailAnswerLabel(entry)}`));
  lines.push('');

  lines.push('■ 試したが解決しなかったこと');
  if (state.outcomesTried.length === 0) lines.push('（なし）');
  for (const id of state.outcomesTried) {
    const node = index.get(id);
    lines.push(`・${node?.kind === 'outcome' ? node.title : id}`);
  }
  lines.push('');

  const here = state.status === 'done' ? `解決済み（${state.solvedBy.title}）` : stepTitle(state);
  lines.push(`■ 現在の画面：${here}`);
  lines.push(`■ この画面のリンク：${link}`);
  return lines.join('\n');
}
