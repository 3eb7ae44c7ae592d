import { inlineText } from '../../content/markdown/ast';
import { parseInline } from '../../content/markdown/inline';
import type { WalkState } from '../../engine/tree/walk';
import { FALLBACK_ESCALATION } from '../../engine/tree/walk';

export const DONE_TITLE = '解決しました';
export const DONE_DESCRIPTION = 'メールが届かない問題が解決したことを確認する画面です。';
const DESCRIPTION_MAX = 120;

/** The words of the engine's fallback screen (the tree could not be followed at all: no start node). */
export const FALLBACK_TEXT = {
  title: 'サポートにお問い合わせください',
  body: '診断を表示できませんでした。お手数ですが、サポートまでお問い合わせください。',
};

/** Node texts are inline Markdown; titles and meta descriptions need them as plain text. */
export function plainText(markdown: string): string {
  return inlineText(parseInline(markdown));
}

function clip(text: string): string {
  return text.length > DESCRIPTION_MAX ? `${text.slice(0, DESCRIPTION_MAX - 1)}…` : text;
}

/** The step's name: the h1 and the document title. */
export function stepTitle(state: WalkState): string {
  if (state.status === 'done') return DONE_TITLE;
  if (state.node === FALLBACK_ESCALATION) return FALLBACK_TEXT.title;
  return state.node.kind === 'question' ? state.node.question : state.node.title;
}

/** The meta description of a step's prerendered page (shown in link previews and search results). */
export function stepDescription(state: WalkState): string {
  if (state.status === 'done') return DONE_DESCRIPTION;
  const node = state.node;
  if (node === FALLBACK_ESCALATION) return FALLBACK_TEXT.body;
  if (node.kind === 'question') {
    const help = node.help === undefined ? '' : plainText(node.help);
    return clip(`質問に答えて、メールが届かない原因を探します。${node.question}${help}`);
  }
  return clip(plainText(node.body));
}
