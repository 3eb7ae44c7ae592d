/** Inputs to try with one click: the kinds of text people find in a bounce, from short to long. */
export interface LookupExample {
  label: string;
  text: string;
}

export const LOOKUP_EXAMPLES: readonly LookupExample[] = [
  {
    label: '宛先のアドレスが存在しない（550 5.1.1）',
    text: '550 5.1.1 <taro@example.jp>: Recipient address rejected: User unknown',
  },
  {
    label: 'Gmail：送信元の認証がない（550-5.7.26）',
    text: [
      '550-5.7.26 This mail has been blocked because the sender is unauthenticated.',
      '550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.',
      '550-5.7.26',
      '550 5.7.26  For instructions on setting up authentication, go to https://support.google.com/mail/answer/81126#authentication - gsmtp',
    ].join('\n'),
  },
  {
    label: 'Yahoo：一時的な受け付けの制限（421 4.7.0 [TSS04]）',
    text: '421 4.7.0 [TSS04] Messages from 203.0.113.5 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
  },
  {
    label: 'Microsoft 365：送信元の IP アドレスを拒否（550 5.7.708）',
    text: "Remote server returned '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. [TYCPR01MB12345.jpnprd01.prod.outlook.com]'",
  },
  {
    label: '配送状況通知の一部：期限切れ（4.4.7）',
    text: [
      'Final-Recipient: rfc822; hanako@example.com',
      'Action: failed',
      'Status: 4.4.7',
      'Remote-MTA: dns; mx.example.com',
      'Diagnostic-Code: smtp; 451 4.4.7 Delivery time expired',
      'Last-Attempt-Date: Wed, 26 Nov 2026 12:10:00 +0900',
    ].join('\n'),
  },
];
