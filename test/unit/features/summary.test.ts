import { describe, expect, test } from 'vitest';
import { summarise } from '../../../src/features/troubleshoot/summary';
import { walk } from '../../../src/engine/tree/walk';
import { loadTreeFixture } from '../engine/tree/tree-fixtures';

const tree = loadTreeFixture('valid');
const LINK = 'https://guide.example.com/troubleshoot/support?path=bounce.5xx.no-user.not-solved.not-solved.not-solved&code=550%205.1.1';

describe('summarise: the text a customer pastes to support', () => {
  const escalated = walk(tree, ['bounce', '5xx', 'no-user', 'not-solved', 'not-solved', 'not-solved']).state;

  test('lists answers, outcomes tried, the code, the current screen and the link, in that order', () => {
    expect(summarise(tree, escalated, LINK, { smtpCode: '550 5.1.1' })).toBe(
      [
        '【メールが届かない件：ここまでの確認内容】',
        '',
        '■ 回答した内容',
        '1. start はどれですか？ → bounce です',
        '2. code はどれですか？ → 5xx です',
        '3. reason はどれですか？ → no-user です',
        '',
        '■ 試したが解決しなかったこと',
        '・typo-out の対処',
        '・general-out の対処',
        '・one-stop の対処',
        '',
        '■ エラーコード：550 5.1.1',
        '■ 現在の画面：サポートにお問い合わせください',
        `■ この画面のリンク：${LINK}`,
      ].join('\n'),
    );
  });

  test.each([
    { answers: [], code: undefined, expected: ['（まだ回答していません）', '（なし）', '■ エラーコード：入力なし', '■ 現在の画面：start はどれですか？'] },
    { answers: ['quiet', 'solved'], code: '421', expected: ['1. start はどれですか？ → quiet です', '■ エラーコード：421', '■ 現在の画面：解決済み（check-a の対処）'] },
    // Anything that is not an SMTP code is left out, so no address or message text reaches the summary.
    { answers: ['bounce'], code: 'taro@example.com', expected: ['■ エラーコード：入力なし'] },
  ])('$answers with code $code', ({ answers, code, expected }) => {
    const text = summarise(tree, walk(tree, answers).state, LINK, { smtpCode: code });
    for (const line of expected) expect(text.split('\n')).toContain(line);
    expect(text).not.toContain('taro@example.com');
  });
});
