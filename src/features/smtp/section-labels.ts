import type { GuideLink } from '../../content/schemas/common';
import type { Topic } from '../../content/schemas/site';

/**
 * The guide's section headings, so a link from the code database reads "バウンス事例：メールアドレスの検証"
 * instead of a bare page name. Copied from public/content/ja/pages/*.md because fetching every linked page
 * just for its headings would cost a request per page; test/components/smtp.test.tsx fails when a heading
 * here no longer matches the Markdown.
 */
export const SECTION_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'recipient-checks': {
    'both-sides': '送信側と受信側の両方から確認する',
    filters: '振り分けのルール（フィルター）を確認する',
    'pop-imap-settings': 'POP・IMAP の設定を確認する',
    trash: 'ごみ箱を確認してもらう',
    'anti-spam-software': '迷惑メール対策ソフトを確認してもらう',
    'spam-folder': '迷惑メールフォルダーを確認する',
    'trusted-contacts': '連絡先に登録されているか確認する',
  },
  'spam-folder': {
    'where-to-look': 'どこを探すか',
    gmail: 'Gmail',
    outlook: 'Outlook',
    'iphone-mail': 'iPhone の「メール」アプリ',
    'yahoo-japan': 'Yahoo!メール（Yahoo! JAPAN）',
    'carrier-mail': 'キャリアメール',
    'not-spam': '迷惑メールではないと知らせる',
  },
  'mobile-carriers': {
    'why-carrier-filters': '携帯電話会社のフィルターで届かない理由',
    docomo: 'ドコモ（ドコモメール）',
    au: 'au（auメール）',
    softbank: 'ソフトバンク',
    'rakuten-mobile': '楽天モバイル',
    'what-to-register': '登録するアドレスとドメイン',
  },
  'for-recipients': {
    checklist: '確認していただきたいこと',
    'tell-sender': '送信者に伝えていただきたいこと',
  },
  firewall: {
    'corporate-filters': '会社のメールのフィルター',
    firewall: 'ファイアウォール',
    'contact-company': '受信者に直接連絡する',
  },
  'pop-imap': {
    protocols: 'POPとIMAPとは',
    'choose-protocol': '使い方に合った方式を選ぶ',
    'pop-vs-imap': 'POPとIMAPのどちらを選ぶか',
    'app-passwords': 'アプリ パスワードと2段階認証',
    'basic-auth-end': '使えなくなった接続方法',
  },
  forwarding: {
    'why-forwarding-fails': '転送したメールが届かない理由',
    arc: 'ARC（転送元の確認結果を引き継ぐしくみ）',
    'microsoft-365-external-forwarding': 'Microsoft 365 で外部への自動転送が止められている場合',
    fixes: '転送で届かないときの対策',
  },
  bounces: {
    'address-verification': '宛先のアドレスを確認する',
    'list-hygiene': '配信リストを整理する',
    'hard-and-soft': '一時的な失敗と恒久的な失敗',
  },
  quarantine: {
    'mailbox-full': '受信トレイがいっぱいの場合',
    'unverified-sender': '送信者のアドレスを確認できない場合',
    'spam-complaints': '迷惑メールの苦情が寄せられている場合',
    'tell-recipient': '受信者に事情を連絡する',
  },
  timing: {
    'wait-and-check': '時間をおいて確認する',
    'retry-schedule': '送信サーバーの再送のしくみ',
    'delay-notice': '遅延のお知らせが届いたら',
    'late-mail': '遅れて届いたメール',
  },
  'sending-frequency': {
    'frequency-risk': '送りすぎ・間隔のあけすぎ',
    guideline: '送信頻度の目安',
    'rate-limits': '送信量の制限',
  },
  'error-codes': {
    'temporary-4xx': '一時的な失敗（400番台のエラー）',
    greylisting: 'グレイリスティング（最初の1回だけ断られる）',
    'retry-facts': '再送と遅延のお知らせ',
    'permanent-5xx': '恒久的な失敗（500番台のエラー）',
    'permanent-reasons': '恒久的な失敗の主な理由',
    expired: '再送が打ち切られた場合（期限切れ）',
    ndr: 'エラーメール（配信不能通知）',
  },
  'reading-headers': {
    'open-headers': 'ヘッダーを表示する',
    received: 'Received（メールが通ったサーバーと時刻）',
    'authentication-results': 'Authentication-Results（認証の結果）',
    'spam-verdicts': '迷惑メールの判定を記録したヘッダー',
  },
  'safe-senders': {
    'one-stop': 'いちばん効果的な方法',
    'how-to-ask': '受信者へのお願いの仕方',
  },
  authentication: {
    spf: 'SPF',
    dkim: 'DKIM',
    dmarc: 'DMARC',
    'reverse-dns': '逆引きDNS（PTR）',
    'bulk-sender-requirements': '大量送信者に求められる条件',
    tls: 'TLS（通信の暗号化）',
  },
  'web-forms': {
    'from-and-reply-to': '差出人（From）は自分のドメイン、訪問者は Reply-To に',
    'sending-service': '認証された送信サービスから送る',
    dmarc: 'DMARC を設定する',
  },
};

/** The text of a link to a guide page or section: "page title：section heading", or the page title alone. */
export function guideLinkLabel(link: GuideLink, topics: readonly Topic[]): string {
  const page = topics.find((t) => t.slug === link.page)?.title ?? link.page;
  const section = link.section === undefined ? undefined : SECTION_LABELS[link.page]?.[link.section];
  return section === undefined ? page : `${page}：${section}`;
}

/** Guide links without duplicates, in their first order. */
export function uniqueGuideLinks(links: readonly GuideLink[]): GuideLink[] {
  const out: GuideLink[] = [];
  for (const link of links) {
    if (!out.some((l) => l.page === link.page && l.section === link.section)) out.push(link);
  }
  return out;
}
