/**
 * Inputs that stress every character class the scanners look at (digits, dots, dashes, spaces,
 * letters, '<', '@', '=', line breaks …) and every structure they recognise (pairs, multi-line
 * replies, DSN fields, MIME boundaries, HTML). Shared by the tests and `npm run bench`.
 */
export const ADVERSARIAL_REPEATS = 100_000;

export const ADVERSARIAL_UNITS: readonly string[] = [
  '5', '.', '-', ' ', '\t', 'a', 'Z', '<', '>', '@', '=', ':', ';', '#', "'", '(', '[', '&', '\n', '\r\n', 'é', 'あ',
  '5.', '55.', '5.5', '550-', '550 ', '5-', '.5', '0-', '1.2.3.', '550 5.1.1 ', '550-5.1.1 x\n', '5.1.1\n',
  'a@', '@a.', 'a.b@c.d ', '<a@b.c>', 'host ', 'host a.b', 'relay=', 'status=', '&#1', '&amp', '<p', '<br>',
  'Status: 5.1.1\n', 'Action: failed\n', 'Final-Recipient: rfc822; a@b.c\nAction: failed\nStatus: 5.1.1\n',
  'Diagnostic-Code: smtp; 550 5.1.1\n ', 'X: y\n', ' \n', '=\n', '-\n', 'version ', 'spam ',
  // The text-bounce reader (text-bounce.ts): recipient lines, labels, trigger phrases, headers, ARF fields.
  '<a@b.c>:\n', '<a@b.c>: user unknown\n', 'Failed Recipient: a@b.c\n', 'did not reach the following recipient(s):\n',
  'a@b.c - no such user\n', '(originally addressed to a@b.c)\n', 'Your message to a@b.c ', 'dda:SMTP=a@b.c; ',
  'From: MAILER-DAEMON@b.c\nSubject: failure notice\n', 'Subject: x\n', 'Feedback-Type: abuse\n',
  'Original-Rcpt-To: a@b.c\n', 'Original-Recipient: rfc822; a@b.c\n', 'Status: 5.0.0 (quota ',
];

export function adversarialInput(unit: string, repeats = ADVERSARIAL_REPEATS): string {
  return unit.repeat(repeats);
}

/** The same stress inside a MIME message, so the MIME parser and the HTML reader see it too. */
export function adversarialMime(unit: string, type = 'text/plain', repeats = ADVERSARIAL_REPEATS): string {
  return `MIME-Version: 1.0\nContent-Type: ${type}\n\n${adversarialInput(unit, repeats)}`;
}

/** MIME-wrapped stress: many parts, a long HTML line, many encoded lines. */
export const ADVERSARIAL_MIME: readonly { unit: string; type: string }[] = [
  { unit: '--b\n', type: 'multipart/mixed; boundary=b' },
  { unit: '--b\nContent-Type: multipart/mixed; boundary=b\n\n', type: 'multipart/mixed; boundary=b' },
  { unit: '--b\nContent-Type: message/delivery-status\n\nStatus: 5.1.1\n', type: 'multipart/report; boundary=b' },
  { unit: '<p>550 5.1.1 ', type: 'text/html' },
  { unit: '<', type: 'text/html' },
  { unit: '=3D', type: 'text/plain' },
  { unit: '550 5.1.1\n', type: 'text/plain' },
  { unit: '<a@b.c>: mailbox unavailable\n', type: 'text/plain' },
  { unit: 'Feedback-Type: abuse\nOriginal-Rcpt-To: a@b.c\n', type: 'multipart/report; report-type=feedback-report; boundary=b' },
];
