import type { ResultClass } from '../../engine/smtp/types';

/** How each outcome is named on a badge, and the one sentence that says whether the mail can still arrive. */
export const RESULT_CLASS_TEXT: Readonly<Record<ResultClass, { badge: string; outcome: string }>> = {
  delivered: { badge: '配信済み', outcome: '配信されました。エラーではありません。' },
  temporary: { badge: '一時的なエラー', outcome: '送信側のサーバーが再送を続けます — まだ届く可能性があります。' },
  permanent: { badge: '恒久的なエラー', outcome: '再送されません。原因を直してから送り直す必要があります。' },
  expired: { badge: '期限切れ', outcome: '再送を続けましたが期限切れで断念しました。このメールは届いていません。' },
};

