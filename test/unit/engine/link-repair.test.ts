import { describe, expect, test } from 'vitest';
import { repairLink } from '../../../src/engine/link-repair';
import { suggestPages } from '../../../src/engine/page-suggestions';
import type { KnownPage } from '../../../src/engine/page-suggestions';

const at = (url: string) => {
  const u = new URL(url, 'https://guide.example');
  return repairLink({ pathname: u.pathname, search: u.search, hash: u.hash });
};

describe('repairLink: a link damaged on its way through mail or chat lands where it points', () => {
  test.each([
    ['/guide/bounces。', '/guide/bounces'],
    ['/guide/bounces）。', '/guide/bounces'],
    ['/guide/bounces).', '/guide/bounces'],
    ['/guide/bounces、', '/guide/bounces'],
    ['/guide/bounces」', '/guide/bounces'],
    ['/guide/bounces%E3%80%80', '/guide/bounces'], // an ideographic space
    ['/Guide/Bounces', '/guide/bounces'],
    ['/TROUBLESHOOT/bounce-code', '/troubleshoot/bounce-code'],
    ['/smtp/codes/5.1.1.', '/smtp/codes/5.1.1'],
    ['/SMTP/codes/X.1.1', '/smtp/codes/X.1.1'], // the code keeps its registry form
    ['/guide/bounces#list-hygiene。', '/guide/bounces#list-hygiene'],
    ['/guide/bounces#list-hygiene).', '/guide/bounces#list-hygiene'],
    ['/troubleshoot/bounce-code?path=bounced。', '/troubleshoot/bounce-code?path=bounced'],
    ['/troubleshoot/check-address-typo?path=bounced&code=550+5.1.1%E3%80%82', '/troubleshoot/check-address-typo?path=bounced&code=550+5.1.1'],
    ['/。', '/'],
  ])('%s → %s', (damaged, meant) => {
    expect(at(damaged)).toBe(meant);
  });

  test.each([
    '/',
    '/guide/bounces',
    '/guide/bounces#list-hygiene',
    '/smtp/codes/X.1.1',
    '/smtp/codes/5.1.1',
    '/troubleshoot/bounce-code?path=bounced',
    // A lookup's free text is the reader's own words: a full stop there is theirs.
    `/smtp?q=${encodeURIComponent('550 5.1.1 User unknown.')}`,
    '/guide/bounces%', // unreadable percent-encoding is left to the not-found page
    '/%E0%A4%A',
    '/troubleshoot/x?code=%3Cscript%3E',
  ])('%s is left alone', (url) => {
    expect(at(url)).toBeNull();
  });
});

const codeTitle = (code: string) => `コード ${code}`;
const KNOWN: KnownPage[] = [
  { path: '/', title: 'トップページ' },
  { path: '/guide', title: 'ガイドの一覧' },
  { path: '/guide/recipient-checks', title: '受信者側の確認' },
  { path: '/guide/firewall', title: 'ファイアウォール' },
  { path: '/guide/bounces', title: 'バウンス事例' },
  { path: '/guide/pop-imap', title: 'POP と IMAP' },
  { path: '/troubleshoot', title: '原因を探す' },
  { path: '/smtp', title: 'エラーコードを調べる' },
  { path: '/smtp/codes', title: 'SMTP コードの一覧' },
];

describe('suggestPages: what a not-found link probably meant', () => {
  test.each([
    ['/guide/recipient-che', '/guide/recipient-checks'], // cut by a line wrap
    ['/guide/firewal', '/guide/firewall'],
    ['/guides/bounces', '/guide/bounces'],
    ['/guide/popimap', '/guide/pop-imap'],
    ['/trubleshoot', '/troubleshoot'],
    ['/smtp/code/550', '/smtp/codes/550'],
    ['/guide/bounce。', '/guide/bounces'],
  ])('%s → %s first', (path, meant) => {
    expect(suggestPages(encodeURI(path), KNOWN, codeTitle)[0]?.path).toBe(meant);
  });

  test.each(['/wp-admin/login.php', '/guide/zzzzzzzzzz', `/${'a'.repeat(5000)}`, '/%E0%A4%A', '/guide/b'])(
    '%s gets no suggestion',
    (path) => {
      expect(suggestPages(path, KNOWN, codeTitle)).toEqual([]);
    },
  );

  test('a code under a wrong prefix is suggested as its code page, titled by the caller', () => {
    expect(suggestPages('/smtp/code/550', KNOWN, (code) => `code ${code}`)[0]).toEqual({ path: '/smtp/codes/550', title: 'code 550' });
  });

  test('at most three, never the page itself', () => {
    const many = Array.from({ length: 10 }, (_, i) => ({ path: `/guide/topic-${i}`, title: `t${i}` }));
    const found = suggestPages('/guide/topic-', many, codeTitle);
    expect(found).toHaveLength(3);
    expect(suggestPages('/guide/topic-1', many, codeTitle).map((p) => p.path)).not.toContain('/guide/topic-1');
  });
});
