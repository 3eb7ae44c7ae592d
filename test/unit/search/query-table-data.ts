// What support staff and customers type, and the page each of them should get first (shared by the
// query-table test and the library comparison recorded in docs/decisions.md).

/** [query, acceptable first results (path + #section; a troubleshooter step is compared without ?path=)] */
// Since the spam-folder page exists it is the answer; the checklist item and the troubleshooter step say the same.
const SPAM_FOLDER = ['/guide/spam-folder', '/guide/spam-folder#where-to-look', '/guide/recipient-checks#spam-folder', '/troubleshoot/check-spam-folder'];

// The recipients' page, the carrier page (most reset mails that never arrive go to carrier addresses) or
// the troubleshooter's first checks for such mail.
const WAITING_FOR_CODE = ['/guide/for-recipients', '/guide/mobile-carriers', '/guide/mobile-carriers#why-carrier-filters', '/troubleshoot/code-first-checks'];

export const TABLE: [string, string[]][] = [
  // kana, kanji, readings, widths
  ['迷惑メール', SPAM_FOLDER],
  ['めいわくめーる', SPAM_FOLDER],
  ['ﾒｲﾜｸﾒｰﾙ', SPAM_FOLDER],
  ['迷惑メールフォルダ', SPAM_FOLDER],
  ['迷惑メールに入ってないか確認', SPAM_FOLDER],
  ['ゴミ箱', ['/guide/recipient-checks#trash', '/troubleshoot/check-trash']],
  ['ごみばこ', ['/guide/recipient-checks#trash', '/troubleshoot/check-trash']],
  // The quarantine page is titled 「メールサーバーで保留されたとき」 now; the troubleshooter step on releasing
  // quarantined mail is as good an answer.
  ['かくり', ['/guide/quarantine', '/troubleshoot/quarantine-release']],
  ['隔離ゾーン', ['/guide/quarantine', '/troubleshoot/quarantine-release']],
  ['ファイアウォール', ['/guide/firewall#firewall', '/guide/firewall']],
  ['ﾌｧｲｱｳｫｰﾙ', ['/guide/firewall#firewall', '/guide/firewall']],
  ['会社のメールに届かない', ['/guide/firewall', '/guide/firewall#corporate-filters', '/troubleshoot/corporate-filter']],
  ['メールボックスがいっぱい', ['/troubleshoot/mailbox-full', '/guide/quarantine#mailbox-full']],
  ['容量オーバー', ['/troubleshoot/mailbox-full', '/guide/quarantine#mailbox-full', '/smtp/codes/X.2.2']],
  ['over quota', ['/troubleshoot/mailbox-full', '/guide/quarantine#mailbox-full', '/smtp/codes/X.2.2']],
  ['セーフセンダー', ['/guide/safe-senders', '/guide/safe-senders#one-stop', '/troubleshoot/one-stop']],
  ['アドレス帳に登録してもらう', ['/guide/safe-senders', '/guide/safe-senders#one-stop', '/troubleshoot/one-stop']],
  ['送信頻度', ['/guide/sending-frequency', '/guide/sending-frequency#guideline']],
  ['再送', ['/guide/timing#retry-schedule', '/guide/error-codes#retry-facts', '/troubleshoot/retry-schedule']],
  ['ちえん', ['/guide/timing#delay-notice', '/troubleshoot/delay-notice', '/guide/timing', '/guide/timing#late-mail']],
  ['POPとIMAPの違い', ['/guide/pop-imap#pop-vs-imap', '/guide/pop-imap#protocols', '/guide/pop-imap']],
  ['ｉｍａｐ', ['/guide/pop-imap#protocols', '/guide/pop-imap', '/guide/pop-imap#pop-vs-imap']],
  // The guide now says エラーメール (glossary): the bounces page or the section on bounce messages.
  ['バウンス', ['/guide/bounces', '/guide/error-codes#ndr']],
  ['逆引き', ['/guide/authentication#reverse-dns', '/troubleshoot/auth-reverse-dns']],
  ['PTR', ['/guide/authentication#reverse-dns', '/troubleshoot/auth-reverse-dns']],
  // A customer waiting for a password-reset or confirmation-code mail (most of them on carrier mail)
  ['確認コードが届かない', WAITING_FOR_CODE],
  ['パスワード再設定メールが届かない', WAITING_FOR_CODE],
  ['ドコモ', ['/guide/mobile-carriers#docomo']],
  ['docomo', ['/guide/mobile-carriers#docomo']],
  ['ソフトバンク', ['/guide/mobile-carriers#softbank']],
  ['プロモーション', ['/guide/spam-folder#gmail']],
  ['iphone', ['/guide/spam-folder#iphone-mail']],
  ['転送', ['/guide/forwarding', '/guide/forwarding#why-forwarding-fails']],
  ['Received', ['/guide/reading-headers#received']],
  // Latin, with and without typos
  ['ＳＰＦ', ['/guide/authentication#spf']],
  ['spf', ['/guide/authentication#spf']],
  ['dkmi', ['/guide/authentication#dkim']],
  ['DMARC', ['/guide/authentication#dmarc']],
  ['dmrac', ['/guide/authentication#dmarc']],
  ['tls', ['/guide/authentication#tls']],
  ['user unknown', ['/smtp/codes/X.1.1', '/smtp/codes/5.1.1']],
  // codes: the code's own page first
  ['550', ['/smtp/codes/550']],
  ['５５０', ['/smtp/codes/550']],
  ['421', ['/smtp/codes/421']],
  ['5.7.26', ['/smtp/codes/5.7.26']],
  ['５．７．２６', ['/smtp/codes/5.7.26']],
  ['550 5.1.1', ['/smtp/codes/5.1.1']],
  ['gmail 5.7.26 エラー', ['/smtp/codes/5.7.26']],
  ['4.2.2', ['/smtp/codes/4.2.2']],
  ['TSS04', ['/smtp/codes/4.7.0']],
  ['RP-001', ['/smtp/codes/421']],
  // tools by name
  ['エラーコード一覧', ['/smtp/codes']],
  ['エラーコードを調べる', ['/smtp']],
  ['原因を探す', ['/troubleshoot']],
  // The site's own subject: its home page (which leads into both) or the troubleshooter.
  ['メールが届かない', ['/troubleshoot', '/']],
];

export const CODE_QUERIES = new Set(['550', '５５０', '421', '5.7.26', '５．７．２６', '550 5.1.1', 'gmail 5.7.26 エラー', '4.2.2', 'TSS04', 'RP-001']);
