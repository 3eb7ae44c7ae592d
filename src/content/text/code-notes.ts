import type { NotACode } from '../../engine/smtp/types';

// The words for "this is not a code" notes: the engine reports why as data (NotACode); the lookup page, the
// code pages and the CLI (npm run explain) show these sentences.

/** One sentence saying why `text` is not an SMTP code. */
export function notACodeText(text: string, why: NotACode): string {
  switch (why.kind) {
    case 'version':
      return `「${text}」はバージョン番号のようです。メールのエラーコードではありません。`;
    case 'status-class':
      return `拡張ステータスコードは 2（成功）・4（一時的なエラー）・5（恒久的なエラー）のどれかで始まります。「${text}」は ${why.digit} で始まるため、ステータスコードではありません。`;
    case 'status-subject':
      return `拡張ステータスコードの 2 番目の数字（分類）は 0〜7 のどれかです。「${text}」の ${why.digit} という分類はありません。`;
    case 'date':
      return `「${text}」は日付のようです。メールのエラーコードではありません。`;
    case 'phone':
      return `「${text}」は電話番号のようです。メールのエラーコードではありません。`;
    case 'ip':
      return `「${text}」は IP アドレス（インターネット上の機器の番号）のようです。メールのエラーコードではありません。`;
    case 'invented-reply':
      return `「${text}」は、インターネット上の「SMTP エラーコード一覧」に載っていることがありますが、SMTP の規格（RFC 5321・RFC 7504）にはないコードです。`;
    case 'reply-class':
      return `SMTP の応答コードは 2〜5 で始まる 3 桁の数字です。「${text}」のように ${why.digit} で始まるコードはありません。`;
    case 'unregistered-reply':
      return `「${text}」は、SMTP の規格（RFC 5321・RFC 7504）で定められた応答コードの一覧にありません。`;
    case 'not-code-shaped':
      return `「${text}」は SMTP のコードの形ではありません。応答コードは 3 桁の数字（例：550）、拡張ステータスコードは 3 つの数字を点で区切った形（例：5.1.1）です。`;
  }
}
