import type { StepUrlError } from '../../engine/tree/step-url';

/** Key under which a corrected step URL carries its notices through the history entry (navigate's state). */
const NOTICE_KEY = 'troubleshootNotices';

// Node ids and codes from a hand-edited link are shown back to the reader: keep them short.
const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** What went wrong with a troubleshooter link, in words a customer understands. One line per problem. */
export function describeUrlErrors(errors: readonly StepUrlError[]): string[] {
  const lines = errors.map((error): string => {
    switch (error.kind) {
      case 'too-long':
        return 'リンクが長すぎるため、途中までを読み取りました。';
      case 'not-troubleshoot':
        return 'このリンクは、原因を探す手順のリンクではありません。';
      case 'malformed':
        return error.part === 'code'
          ? 'リンクに含まれるエラーコードの部分が壊れていたため、省きました。'
          : 'リンクの一部が壊れていたため、読み取れませんでした。';
      case 'unknown-node':
        return `リンク先の手順「${shown(error.nodeId)}」は見つかりませんでした。`;
      case 'path-mismatch':
        return 'リンクに記録された回答が、今の質問と合いませんでした。質問の内容が変わったか、リンクが途中で切れている可能性があります。';
      case 'node-mismatch':
        return 'リンク先の手順と、記録された回答が一致しませんでした。';
      case 'bad-code':
        return `エラーコード「${shown(error.value)}」は読み取れなかったため、省きました。`;
    }
  });
  return [...new Set(lines)];
}

/** The history-entry state that carries notices across the URL correction (navigate replace). */
export function noticeState(notices: readonly string[]): Record<string, readonly string[]> | null {
  return notices.length > 0 ? { [NOTICE_KEY]: notices } : null;
}

/** Reads notices back from location.state, which may hold anything (other code, an older version). */
export function noticesFromState(state: unknown): string[] {
  if (typeof state !== 'object' || state === null || !(NOTICE_KEY in state)) return [];
  const value: unknown = Reflect.get(state, NOTICE_KEY);
  if (!Array.isArray(value)) return [];
  return value.filter((line): line is string => typeof line === 'string').slice(0, 10);
}
