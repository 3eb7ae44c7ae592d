import { describe, expect, test } from 'vitest';
import type { DecisionTree } from '../../../src/content/schemas/tree';
import { MAX_ERROR_TEXT, routeAudience, summarise } from '../../../src/features/troubleshoot/summary';
import { walk } from '../../../src/engine/tree/walk';
import { loadTreeFixture } from '../engine/tree/tree-fixtures';

const tree = loadTreeFixture('valid');
const LINK = 'https://guide.example.com/troubleshoot/support?path=bounce.5xx.no-user.not-solved.not-solved.not-solved&code=550%205.1.1';

describe('summarise: the text a reader pastes to support', () => {
  const escalated = walk(tree, ['bounce', '5xx', 'no-user', 'not-solved', 'not-solved', 'not-solved']).state;

  test('what the desk needs, the route taken, what was tried, the screen and the link, in that order', () => {
    const details = {
      sender: 'taro@example.co.jp',
      recipient: 'hanako@example.com',
      sentAt: '12月2日 14時30分ごろ',
      timeZone: 'Asia/Tokyo',
      othersAtDomain: 'no' as const,
      errorText: 'Diagnostic-Code: smtp; 550 5.1.1 user unknown',
    };
    expect(summarise(tree, escalated, LINK, { smtpCode: '550 5.1.1', details })).toBe(
      [
        '【メールが届かない件：お問い合わせ内容】',
        '',
        '■ メールの情報',
        '・送信者のアドレス：taro@example.co.jp',
        '・受信者のアドレス：hanako@example.com',
        '・送信した日時：12月2日 14時30分ごろ（タイムゾーン：Asia/Tokyo）',
        '・同じドメインのほかのアドレスには届いているか：届いていない',
        '・エラーコード：550 5.1.1',
        '・エラーメールの本文：',
        '----',
        'Diagnostic-Code: smtp; 550 5.1.1 user unknown',
        '----',
        '',
        '■ ここまでの道筋',
        '1. start はどれですか？ → bounce です',
        '2. code はどれですか？ → 5xx です',
        '3. reason はどれですか？ → no-user です',
        '4. typo-out の対処 → 解決しません（次へ）',
        '5. general-out の対処 → 解決しません（次へ）',
        '6. one-stop の対処 → 解決しません（次へ）',
        '',
        '■ 試したが解決しなかったこと',
        '・typo-out の対処',
        '・general-out の対処',
        '・one-stop の対処',
        '',
        '■ 現在の画面：サポートにお問い合わせください',
        `■ この画面のリンク：${LINK}`,
      ].join('\n'),
    );
  });

  test.each([
    { answers: [], code: undefined, expected: ['（まだ回答していません）', '（なし）', '・エラーコード：入力なし', '■ 現在の画面：start はどれですか？', '・送信者のアドレス：（未記入）'] },
    { answers: ['quiet', 'solved'], code: '421', expected: ['1. start はどれですか？ → quiet です', '・エラーコード：421', '■ 現在の画面：解決済み（check-a の対処）'] },
    // Anything that is not an SMTP code is left out, so no address or message text reaches the summary through the URL.
    { answers: ['bounce'], code: 'taro@example.com', expected: ['・エラーコード：入力なし'] },
    // "Contact support" from a question: the shortcut is part of the route.
    { answers: ['bounce', 'support'], code: undefined, expected: ['2. code はどれですか？ → サポートに問い合わせる'] },
  ])('$answers with code $code', ({ answers, code, expected }) => {
    const text = summarise(tree, walk(tree, answers).state, LINK, { smtpCode: code });
    for (const line of expected) expect(text.split('\n')).toContain(line);
    expect(text).not.toContain('taro@example.com');
  });

  test('no time zone without a time, and a pasted error longer than the cap is cut with a note', () => {
    const text = summarise(tree, escalated, LINK, { details: { timeZone: 'Asia/Tokyo', errorText: 'x'.repeat(MAX_ERROR_TEXT + 50) } });
    expect(text.split('\n')).toContain('・送信した日時：（未記入）');
    expect(text).toContain(`${'x'.repeat(MAX_ERROR_TEXT)}\n（以下省略）`);
    expect(text).not.toContain('x'.repeat(MAX_ERROR_TEXT + 1));
  });

  test('the side of the route is stated when the tree marks it', () => {
    const sided: DecisionTree = { ...tree, nodes: tree.nodes.map((n) => (n.id === 'reason' ? { ...n, audience: 'sender' as const } : n)) };
    const state = walk(sided, ['bounce', '5xx', 'support']).state;
    expect(routeAudience(sided, state)).toBe('sender');
    expect(summarise(sided, state, LINK).split('\n')).toContain('■ ご相談の立場：メールを送った側（送信者）');
    expect(summarise(tree, state, LINK)).not.toContain('ご相談の立場');
  });
});
