// The words for the header analyser's codes: the page and the CLI both use these (the engine returns
// codes only). Plain TypeScript, no React, so the CLI can import it.
import { formatJst } from '../../engine/headers/dates';
import type { Conclusion, HeaderNotice, SpamItem } from '../../engine/headers/types';

/** "3 時間 0 分", "15 分 2 秒", "0.9 秒". */
export function durationText(seconds: number): string {
  const sign = seconds < 0 ? 'マイナス ' : '';
  let s = Math.abs(seconds);
  if (s < 60) return `${sign}${Number(s.toFixed(s < 10 ? 1 : 0))} 秒`;
  s = Math.round(s);
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (d > 0) return `${sign}${d} 日 ${h} 時間`;
  if (h > 0) return `${sign}${h} 時間${m > 0 ? ` ${m} 分` : ''}`;
  return `${sign}${m} 分${sec > 0 ? ` ${sec} 秒` : ''}`;
}

export const NOTICE_TEXT: Record<HeaderNotice, string> = {
  empty: '中身が空です。メールのヘッダーを貼り付けてください。',
  binary: 'テキストではない部分が多く含まれています。メールのソース（ヘッダー）をテキストとして貼り付けてください。読み取れた部分だけを表示しています。',
  'no-headers': 'メールのヘッダーが見つかりませんでした。「Received:」などで始まる行を含む、メールのソース（ヘッダー）を貼り付けてください。',
  'no-received': '「Received:」の行がないため、メールの経路と時間はわかりません。認証と迷惑メール判定の結果だけを表示しています。',
  truncated: 'ヘッダーが長すぎるため、最初の 2 MB だけを調べました。',
  'too-many-hops': 'Received の行が多すぎるため、新しい（受信側に近い）ものから 300 件だけを調べました。',
  'invalid-lines': 'ヘッダーの形になっていない行がありました（読み飛ばしました）。',
  'orphan-continuation': 'ヘッダー名のない続きの行が先頭にありました（読み飛ばしました）。コピーするときに最初の行が欠けたかもしれません。',
  'unparseable-dates': '日時を読み取れない Received の行がありました。その区間の時間は計算していません。',
};

export function noticeText(n: { code: HeaderNotice; count?: number }): string {
  const base = NOTICE_TEXT[n.code];
  if (n.count === undefined) return base;
  if (n.code === 'too-many-hops') return `Received の行が ${n.count.toLocaleString('ja-JP')} 件あります。新しい（受信側に近い）ものから 300 件だけを調べました。`;
  return `${base}（${n.count.toLocaleString('ja-JP')} 行）`;
}

const str = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : String(v));
const secs = (v: string | number | null | undefined): string => (typeof v === 'number' ? durationText(v) : '');

const SERVICE_NAMES: Record<string, string> = {
  'amazon-ses': 'Amazon SES',
  sendgrid: 'SendGrid',
  mailgun: 'Mailgun',
  mailchimp: 'Mailchimp',
  sparkpost: 'SparkPost',
  mailjet: 'Mailjet',
  postmark: 'Postmark',
};

/** One conclusion as a short heading and a sentence or two of plain Japanese. */
export function conclusionText(c: Conclusion): { title: string; body: string; linkLabel: string } {
  const d = c.data;
  switch (c.code) {
    case 'no-received':
      return { title: '経路がわかりません', body: 'Received の行がないため、メールがどこを通ってどこで時間がかかったかはわかりません。ヘッダー全体をコピーしたか確認してください。', linkLabel: 'ヘッダー全体を表示する方法' };
    case 'no-dates':
      return { title: '時刻を読み取れません', body: 'Received の行に読み取れる日時がないため、時間のかかった場所はわかりません。', linkLabel: 'Received の読み方' };
    case 'fast':
      return {
        title: `配送は ${secs(d.seconds)}で終わっています`,
        body: '送信から受信側のサーバーに届くまでに時間はかかっていません。届いていないように見える場合は、受信した側の迷惑メールフォルダーや振り分けの設定を確認してください。',
        linkLabel: '迷惑メールフォルダーの確認',
      };
    case 'waited-before-sending':
      return {
        title: `送信される前に ${secs(d.seconds)}待っていました`,
        body: `メールに書かれた送信日時（Date）から、最初のサーバー${d.host ? `（${str(d.host)}）` : ''}が受け取るまでに ${secs(d.seconds)}かかっています。送信したアプリや送信サービスの中で、メールが出ていくまで待たされていたと考えられます。`,
        linkLabel: 'メールが遅れて届くとき',
      };
    case 'slow-hop':
      return {
        title: `${d.heldAt ? `${str(d.heldAt)} で ` : ''}${secs(d.seconds)}止まっていました`,
        body: `いちばん時間がかかったのは ${str(d.hop)} 番目の区間です。メールは${d.heldAt ? ` ${str(d.heldAt)} ` : '前のサーバー'}で ${secs(d.seconds)}待ったあと、${d.receivedBy ? `${str(d.receivedBy)} に` : '次のサーバーに'}渡されました${typeof d.share === 'number' ? `（全体の ${d.share}%）` : ''}。この間、送る側のサーバーが再送を待っていたか、混み合っていたと考えられます。`,
        linkLabel: 'メールが遅れて届くとき',
      };
    case 'possible-greylisting':
      return {
        title: 'グレーリスティングで待たされた可能性があります',
        body: `${d.receivedBy ? `${str(d.receivedBy)} は` : '受信側のサーバーは'}別の組織のサーバーから ${secs(d.seconds)}後に受け取っています。初めての送信元にいったん「あとで送り直して」と返す仕組み（グレーリスティング）では、この程度の遅れがよく起きます。`,
        linkLabel: 'グレーリスティングとは',
      };
    case 'clock-skew':
      return {
        title: 'サーバーの時計がずれています',
        body: `${str(d.hop)} 番目の区間で時刻が ${secs(typeof d.seconds === 'number' ? -d.seconds : null)}さかのぼっています。${d.host ? `${str(d.host)} の時計が進んでいる` : 'どちらかのサーバーの時計がずれている'}と考えられ、この前後の区間の時間は正確ではありません。`,
        linkLabel: 'Received の読み方',
      };
    case 'auth-ok':
      return {
        title: '送信元の認証は成功しています',
        body: `SPF・DKIM・DMARC の結果に問題はなく、差出人のドメイン${d.fromDomain ? `（${str(d.fromDomain)}）` : ''}とも一致しています。迷惑メールと判定された場合、原因は認証以外にあります。`,
        linkLabel: '認証の結果の読み方',
      };
    case 'spf-fail':
      return {
        title: `SPF が ${str(d.result)} でした`,
        body: `${d.domain ? `${str(d.domain)} の` : '送信元ドメインの'} SPF レコードに、このメールを送ったサーバーが含まれていません。送信元のドメインの管理者が SPF レコードに送信サーバーを追加する必要があります。`,
        linkLabel: 'SPF の設定',
      };
    case 'dkim-fail':
      return {
        title: `DKIM が ${str(d.result)} でした`,
        body: `${d.domain ? `${str(d.domain)} の` : ''}DKIM 署名を確認できませんでした。途中でメールが書き換えられたか、公開鍵の設定に誤りがあります。`,
        linkLabel: 'DKIM の設定',
      };
    case 'dmarc-fail':
      return {
        title: `DMARC が ${str(d.result)} でした`,
        body: `差出人のドメイン${d.fromDomain ? `（${str(d.fromDomain)}）` : ''}で、SPF も DKIM も一致する形で成功しませんでした。${d.policy && d.policy !== 'none' ? `ドメインのポリシー（${str(d.policy)}）に従って、迷惑メール扱いや拒否になります。` : ''}`,
        linkLabel: 'DMARC の設定',
      };
    case 'not-aligned':
      return {
        title: '認証は成功しましたが、差出人のドメインと一致していません',
        body: `成功したのは ${str(d.passedFor) || '別のドメイン'} の認証で、差出人（${str(d.fromDomain)}）のドメインではありません。DMARC では差出人のドメインと一致する必要があります。`,
        linkLabel: 'DMARC の設定',
      };
    case 'sending-service-not-aligned':
      return {
        title: `${SERVICE_NAMES[str(d.service)] ?? str(d.service)} のドメインで認証されています`,
        body: `SPF や DKIM は送信サービスのドメイン（${str(d.passedFor)}）で成功していますが、差出人（${str(d.fromDomain)}）のドメインとは一致していません。送信サービスの設定で、自社ドメインの DKIM 署名（独自ドメイン認証）を有効にしてください。`,
        linkLabel: '送信サービスを使うときの設定',
      };
    case 'no-auth':
      return { title: '認証の結果が見当たりません', body: 'Authentication-Results などの認証結果のヘッダーがありません。受信側で認証が記録されていないか、ヘッダーの一部だけが貼り付けられています。', linkLabel: '送信ドメイン認証とは' };
    case 'forwarded':
      return {
        title: '転送の途中で SPF が失敗しています',
        body: `最初に受け取ったサーバー${d.firstSeenBy ? `（${str(d.firstSeenBy)}）` : ''}では認証に成功していました（ARC の記録）。転送したサーバーから送り直されたため、最終的な受信側では SPF が ${str(d.spf) || '失敗'} になっています。`,
        linkLabel: '転送したメールが届かない理由',
      };
    case 'spam':
      return {
        title: '迷惑メールと判定されています',
        body: spamReason(d),
        linkLabel: '迷惑メールではないと報告する',
      };
    case 'bulk':
      return {
        title: '一斉送信のメール（バルクメール）と判定されています',
        body: `Microsoft のバルク苦情レベル（BCL）が ${str(d.bcl) || '高い値'} です。苦情の多い一斉送信と見なされると、迷惑メールフォルダーに入りやすくなります。`,
        linkLabel: '送信頻度と迷惑メール判定',
      };
    case 'phish':
      return {
        title: 'なりすまし・フィッシングの疑いと判定されています',
        body: `${d.cat ? `判定の種類は ${str(d.cat)} です。` : ''}差出人のドメインの認証が成功していないと、本物の送信元でもなりすましと判定されます。送信元のドメインで SPF・DKIM・DMARC を正しく設定してください。`,
        linkLabel: 'DMARC の設定',
      };
    case 'blocked-sender':
      return { title: '受信者が送信元を「受信拒否」にしています', body: '受信した方の「受信拒否リスト」に送信元が入っているため、迷惑メールフォルダーに入りました。受信した方にリストから外してもらってください。', linkLabel: '迷惑メールではないと報告する' };
    case 'allowed-sender':
      return { title: '許可された送信元として扱われています', body: '受信側の「信頼できる差出人」などのリストに入っているため、迷惑メールの判定を受けずに配信されています。', linkLabel: '受信許可の設定' };
    case 'junk-folder':
      return { title: '迷惑メールフォルダーに配信されています', body: 'Outlook（Microsoft 365）の記録では、このメールは受信トレイではなく迷惑メールフォルダーに配信されています。', linkLabel: 'Outlook の迷惑メールフォルダー' };
    case 'not-filtered':
      return { title: '迷惑メールとは判定されていません', body: '受信側の迷惑メールフィルターは、このメールを問題なしと判定しています。', linkLabel: '迷惑メール判定の読み方' };
  }
}

function spamReason(d: Conclusion['data']): string {
  const parts: string[] = [];
  if (typeof d.scl === 'number' && d.scl >= 5) parts.push(`Microsoft の迷惑メール度（SCL）が ${d.scl} です（5 以上で迷惑メールフォルダー行き）`);
  if (d.sfv === 'SPM') parts.push('Microsoft のフィルターが迷惑メールと判定しました（SFV:SPM）');
  if (typeof d.score === 'number' && typeof d.required === 'number' && d.score >= d.required) parts.push(`SpamAssassin などの点数が ${d.score} 点で、しきい値の ${d.required} 点を超えています`);
  if (parts.length === 0) parts.push('受信側のフィルターが迷惑メールの印を付けています');
  return `${parts.join('。')}。受信した方に「迷惑メールではない」と報告してもらい、送信元をアドレス帳に登録してもらうと、次から届きやすくなります。`;
}

/** What one spam-verdict value means. */
export function spamItemText(item: SpamItem): string {
  const [kind, value] = item.code.split(/\.(.*)/s) as [string, string | undefined];
  switch (kind) {
    case 'scl':
      return { skipped: 'フィルターを通さず配信（信頼できる差出人など）', 'not-spam': '迷惑メールではない（受信トレイへ）', low: '低め（組織のルールで付けられた値）', spam: '迷惑メール（迷惑メールフォルダーへ）', high: '確度の高い迷惑メール' }[value ?? ''] ?? '';
    case 'bcl':
      return { none: '一斉送信のメールではない', 'few-complaints': '苦情の少ない一斉送信', mixed: '苦情がある程度ある一斉送信', 'many-complaints': '苦情の多い一斉送信' }[value ?? ''] ?? '';
    case 'sfv':
      return (
        {
          BLK: '受信者の「受信拒否リスト」に入っている送信元',
          NSPM: '迷惑メールではないと判定',
          SFE: '受信者の「信頼できる差出人」に入っているためフィルターを省略',
          SKA: '組織の許可リストに入っているためフィルターを省略',
          SKB: '組織の拒否リストに入っているため迷惑メール扱い',
          SKI: '組織内のメールのためフィルターを省略',
          SKN: '組織のルールで迷惑メールではないと指定',
          SKQ: '検疫から解放されたメール',
          SKS: '組織のルールで迷惑メールと指定',
          SPM: '迷惑メールと判定',
        }[value ?? ''] ?? '判定の種類（詳細不明）'
      );
    case 'cat':
      return (
        {
          NONE: '問題なし',
          BULK: '一斉送信（バルク）',
          DIMP: 'ドメインのなりすまし',
          GIMP: 'メールボックス・インテリジェンスによるなりすまし判定',
          HPHSH: '確度の高いフィッシング',
          HPHISH: '確度の高いフィッシング',
          HSPM: '確度の高い迷惑メール',
          MALW: 'マルウェア',
          PHSH: 'フィッシング',
          SPM: '迷惑メール',
          SPOOF: '送信元の偽装（認証の失敗）',
          UIMP: 'ユーザーのなりすまし',
          AMP: 'マルウェア対策による判定',
          SAP: '安全な添付ファイル機能による判定',
          FTBP: '禁止されたファイル形式',
          INTOS: '組織内のフィッシング',
          OSPM: '送信した迷惑メール',
        }[value ?? ''] ?? '判定の分類（詳細不明）'
      );
    case 'ipv':
      return value === 'CAL' ? '送信元の IP アドレスが許可リストにある' : value === 'NLI' ? '送信元の IP アドレスはどの評価リストにも載っていない' : '送信元 IP アドレスの評価';
    case 'sfty':
      return value === 'domain-impersonation' ? 'ドメインのなりすましの警告' : value === 'user-impersonation' ? 'ユーザーのなりすましの警告' : '安全性の警告';
    case 'srv':
      return '一斉送信のメールと判定';
    case 'cip':
      return '接続してきたサーバーの IP アドレス';
    case 'ctry':
      return '送信元の IP アドレスの国';
    case 'lang':
      return '本文の言語';
    case 'ptr':
      return '送信元 IP アドレスの逆引きのホスト名';
    case 'helo':
      return '送信元のサーバーが名乗ったホスト名';
    case 'dir':
      return value === 'INB' ? '外部から届いたメール' : value === 'OUT' ? '外部へ送ったメール' : value === 'INT' ? '組織内のメール' : '方向';
    case 'dest':
      return value === 'J' ? '迷惑メールフォルダーに配信' : value === 'I' ? '受信トレイに配信' : '配信先のフォルダー';
    case 'sa':
      return (
        {
          spam: '迷惑メールと判定',
          'not-spam': '迷惑メールではないと判定',
          'score-over': '点数がしきい値以上（迷惑メール）',
          'score-under': '点数がしきい値未満',
          score: '迷惑メールらしさの点数（高いほど疑わしい）',
          level: '点数を「*」の数で表したもの',
        }[value ?? ''] ?? ''
      );
    case 'rspamd':
      if (value?.startsWith('action.')) {
        return (
          {
            'action.no-action': '何もしない（通常配信）',
            'action.greylist': 'グレーリスティング（再送を求める）',
            'action.add-header': '迷惑メールの印を付けて配信',
            'action.rewrite-subject': '件名に印を付けて配信',
            'action.soft-reject': '一時的に拒否',
            'action.reject': '拒否',
          }[value] ?? '処理の内容'
        );
      }
      return value === 'spam' ? '迷惑メールと判定（Rspamd）' : '迷惑メールではないと判定（Rspamd）';
    case 'subject':
      return '件名に迷惑メールの印が付けられている';
    default:
      return '';
  }
}

/** Words for the SpamAssassin/Rspamd rule categories. */
export const RULE_CATEGORY_TEXT: Record<string, string> = {
  bayes: '学習型フィルター（過去の迷惑メールとの類似度）',
  blocklist: '送信元や本文の URL がブロックリストに載っている',
  allowlist: '許可リストに載っている（点数を下げる）',
  spf: 'SPF の結果',
  dkim: 'DKIM の結果',
  dmarc: 'DMARC・ARC の結果',
  'sending-server': '送信サーバーの逆引きや名乗り方',
  'header-forgery': 'ヘッダーの不備や偽装の疑い',
  html: 'HTML や MIME の作り',
  freemail: 'フリーメールのアドレス',
  phish: 'フィッシングの疑い',
  subject: '件名の特徴',
  other: 'その他のルール',
};

export const AUTH_RESULT_TEXT: Record<string, string> = {
  pass: '成功',
  fail: '失敗',
  softfail: '失敗（ソフト）',
  neutral: '判定なし（neutral）',
  none: '設定なし',
  temperror: '一時的なエラー',
  permerror: '設定の誤り',
  policy: 'ポリシーにより不合格',
  bestguesspass: '推定で成功',
};

export function authResultText(result: string | null): string {
  if (result === null) return '記録なし';
  return AUTH_RESULT_TEXT[result] ?? result;
}

/** A hop's time in Japan time (the primary) with UTC. */
export function hopTimeText(time: number | null): string {
  return time === null ? '不明' : formatJst(time);
}
