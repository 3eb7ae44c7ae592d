import { describe, expect, test } from 'vitest';
import { MAX_INPUT_CHARS, analyse } from '../../../../src/engine/smtp/analyse';
import type { SmtpDb } from '../../../../src/content/schemas/smtp-db';
import type { Analysis } from '../../../../src/engine/smtp/types';
import { fixtureDb } from '../../../fixtures/smtp-db';
import { expectWellFormed } from './helpers';

const dsn = (fields: string): string => `Final-Recipient: rfc822; user@example.com\n${fields}`;

describe('what a pasted text means', () => {
  test.each([
    { name: 'a bare reply code', input: '550', want: { replyCode: '550', status: null, class: 'permanent' } },
    { name: 'a bare status', input: '4.2.2', want: { replyCode: null, status: '4.2.2', class: 'temporary', reason: 'mailboxfull' } },
    { name: 'a reply line', input: '550 5.1.1 <a@example.com>: Recipient address rejected: User unknown', want: { replyCode: '550', status: '5.1.1', reason: 'userunknown', recipient: 'a@example.com' } },
    { name: 'a code in a Japanese sentence', input: 'エラーコード550が表示されました', want: { replyCode: '550', class: 'permanent' } },
    { name: 'a 2xx success', input: '250 2.0.0 OK queued as 4ABC', want: { class: 'delivered', reason: 'delivered' } },
    { name: 'an unregistered status in a known subject', input: '550 5.7.999 Custom policy block', want: { status: '5.7.999', class: 'permanent', reason: 'blocked' } },
    { name: 'an unregistered status without keywords', input: '5.7.900', want: { status: '5.7.900', class: 'permanent', reason: 'policyviolation' } },
    { name: 'the reply code decides for a live reply', input: '421 5.7.32 From: header not aligned - gsmtp', want: { class: 'temporary', provider: 'google' } },
    { name: 'legacy Exchange expiry', input: '#550 4.4.7 QUEUE.Expired; message expired ##', want: { class: 'expired', reason: 'expired' } },
    { name: 'a greylisting reply', input: '450 4.7.1 <a@example.com>: Recipient address rejected: Greylisted', want: { class: 'temporary', recipient: 'a@example.com' } },
    { name: 'keywords beat the code entry', input: '550 5.7.1 Service unavailable; client [192.0.2.1] blocked using Spamhaus', want: { reason: 'blocked' } },
    { name: 'relay refusals', input: '554 5.7.1 <a@example.org>: Relay access denied', want: { reason: 'norelaying' } },
  ])('$name', async ({ input, want }) => {
    const a = await analyse(input, fixtureDb);
    expectWellFormed(a, input);
    expect(a.results).toHaveLength(1);
    expect(a.results[0]).toMatchObject(want);
  });
});

describe('DSN fields', () => {
  test.each([
    { name: 'Action failed with a 4.x.x status is expired', input: dsn('Action: failed\nStatus: 4.4.1\nDiagnostic-Code: smtp; 421 4.4.1 Timeout'), want: { class: 'expired', reason: 'expired', action: 'failed' } },
    { name: 'Action delayed is temporary', input: dsn('Action: delayed\nStatus: 4.2.2\nWill-Retry-Until: Fri, 28 Nov 2026 10:00:00 +0900'), want: { class: 'temporary', willRetryUntil: 'Fri, 28 Nov 2026 10:00:00 +0900' } },
    { name: 'Action delivered', input: dsn('Action: delivered\nStatus: 2.0.0\nDiagnostic-Code: smtp; 250 2.0.0 OK'), want: { class: 'delivered', reason: 'delivered' } },
    { name: 'a specific code in the diagnostic beats Status X.0.0', input: dsn('Action: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; 550 5.1.1 No such user'), want: { status: '5.1.1', statusSource: 'dsn-diagnostic', replyCodeSource: 'dsn-diagnostic' } },
    { name: 'the status whose class matches the reply code wins', input: dsn('Action: failed\nStatus: 4.0.0\nDiagnostic-Code: smtp; 550 5.2.1 Account disabled'), want: { status: '5.2.1', class: 'permanent', reason: 'suspend' } },
    { name: 'otherwise the Status field wins', input: dsn('Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.7.1 Rejected'), want: { status: '5.1.1', statusSource: 'dsn-status' } },
    { name: 'a folded diagnostic is unfolded', input: dsn('Action: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552-5.2.2 The mailbox is\n    over quota'), want: { diagnostic: '552-5.2.2 The mailbox is over quota', recipient: 'user@example.com' } },
    { name: 'the remote MTA names the provider', input: dsn('Action: failed\nStatus: 5.7.27\nRemote-MTA: dns; gmail-smtp-in.l.google.com\nDiagnostic-Code: smtp; 550 5.7.27 SPF did not pass'), want: { provider: 'google', reason: 'authfailure', differsFromIana: expect.stringContaining('IANA') } },
    { name: 'a lone Status line in prose is not a DSN', input: 'Status: RO\nSubject: hello', want: null },
  ])('$name', async ({ input, want }) => {
    const a = await analyse(input, fixtureDb);
    expectWellFormed(a, input);
    if (want === null) expect(a.results).toEqual([]);
    else expect(a.results[0]).toMatchObject(want);
  });
});

describe('providers reuse IANA numbers with their own meanings', () => {
  test.each([
    { input: '550 5.7.27 sender has null MX', provider: null, meaning: null, differs: false },
    { input: '550-5.7.27 SPF did not pass - gsmtp', provider: 'google', meaning: 'SPF の確認に合格しませんでした', differs: true },
    { input: '553 5.7.2 [TSS09] All messages from 192.0.2.1 will be permanently deferred', provider: 'yahoo', meaning: 'この IP アドレスからのメールは受け付けられません', differs: true },
    { input: '451 4.7.550 throttled (mx.eur.protection.outlook.com)', provider: 'microsoft', meaning: '送信量の急な変化で一時的に制限されています', differs: false },
    { input: '550 5.7.1 rejected by mail.acme.com', provider: null, meaning: null, differs: false },
    { input: '550 5.7.1 rejected by mx01.mail.icloud.com [CS01]', provider: 'apple', meaning: '受信側のポリシーで拒否されました', differs: false },
    // Not in the IANA registry and defined by one provider only: that provider's code, even with no host named.
    { input: "Remote server returned '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.'", provider: 'microsoft', meaning: 'この IP アドレスからのメールは受け付けられていません', differs: false },
    { input: '451 4.7.600 try again later', provider: 'microsoft', meaning: '送信量の急な変化で一時的に制限されています', differs: false },
    { input: '550 5.7.999 custom block', provider: null, meaning: null, differs: false },
  ])('$input', async ({ input, provider, meaning, differs }) => {
    const [r] = (await analyse(input, fixtureDb)).results;
    expect(r?.provider).toBe(provider);
    expect(r?.providerMeaning).toBe(meaning);
    expect(r?.differsFromIana !== null).toBe(differs);
    if (meaning) expect(r?.explanation.whatHappened).toBe(meaning);
  });
});

describe('notices', () => {
  test.each([
    { name: 'empty', input: '', notice: 'empty' },
    { name: 'only spaces', input: ' \n\t \r\n', notice: 'empty' },
    { name: 'binary', input: '\u0000\u0001\u0002PK\u0003\u0004\u0000\u0000\u0008\u0000'.repeat(50), notice: 'binary' },
    { name: 'broken characters', input: '\ufffd'.repeat(100) + ' 550 5.1.1', notice: 'binary' },
    { name: 'no code', input: 'メールが届きません。どうすればいいですか？', notice: 'no-code' },
  ])('$name', async ({ input, notice }) => {
    const a = await analyse(input, fixtureDb);
    expect(a.notice).toBe(notice);
    expect(a.results).toEqual([]);
  });

  test('beyond 5 MB only the start is read, and the reader is told', async () => {
    const head = '550 5.1.1 <first@example.com>: User unknown\n';
    const tail = '552 5.2.2 <late@example.com>: Mailbox full\n';
    const input = head + 'x'.repeat(MAX_INPUT_CHARS) + '\n' + tail;
    const a = await analyse(input, fixtureDb);
    expect(a.notice).toBe('truncated');
    expect(a.results.map((r) => r.recipient)).toEqual(['first@example.com']);
  });

  test.each([550, null, undefined, { text: '550' }])('%s from an untyped JavaScript caller does not throw', async (value) => {
    // Deliberately untyped: this is how plain JavaScript (or a Worker message) may call the engine.
    const fromJs = analyse as unknown as (input: unknown, db: SmtpDb) => Promise<Analysis>;
    const a = await fromJs(value, fixtureDb);
    expect(a).toEqual({ results: [], notice: 'empty', lookalikes: [], highlights: [] });
  });
});

describe('results and highlights', () => {
  test('permanent and expired come before temporary, temporary before delivered', async () => {
    const input = ['250 2.0.0 OK <ok@example.com>', '451 4.7.1 <later@example.com>: try later', '550 5.1.1 <gone@example.com>: User unknown'].join('\n\n');
    const a = await analyse(input, fixtureDb);
    expect(a.results.map((r) => r.class)).toEqual(['permanent', 'temporary', 'delivered']);
  });

  test('a multi-line reply is one result, each code on each line is marked', async () => {
    const input = '550-5.7.26 This mail is unauthenticated,\n550-5.7.26 which poses a security risk.\n550 5.7.26 Authenticate with SPF or DKIM. - gsmtp';
    const a = await analyse(input, fixtureDb);
    expect(a.results).toHaveLength(1);
    expect(a.highlights.map((h) => `${h.kind}:${input.slice(h.start, h.end)}`)).toEqual([
      'reply-code:550', 'status:5.7.26', 'reply-code:550', 'status:5.7.26', 'reply-code:550', 'status:5.7.26',
    ]);
  });

  test('DSN field names are marked, codes inside them too', async () => {
    const input = dsn('Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown');
    const a = await analyse(input, fixtureDb);
    expect(a.highlights.map((h) => `${h.kind}:${input.slice(h.start, h.end)}`)).toEqual([
      'dsn-field:Final-Recipient', 'dsn-field:Action', 'dsn-field:Status', 'status:5.1.1', 'dsn-field:Diagnostic-Code', 'reply-code:550', 'status:5.1.1',
    ]);
  });

  test('the same code for two recipients gives two results; without recipients, one', async () => {
    const two = await analyse('<a@example.com>: said: 550 5.1.1 unknown\n\n<b@example.com>: said: 550 5.1.1 unknown', fixtureDb);
    expect(two.results.map((r) => r.recipient)).toEqual(['a@example.com', 'b@example.com']);
    const one = await analyse('550 5.1.1 unknown\n\n550 5.1.1 unknown\n550', fixtureDb);
    expect(one.results).toHaveLength(1);
  });

  test.each([
    { input: '550 5.7.1 Message rejected as spam', title: '理由: spamdetected' },
    { input: '550 5.7.1 Not authorized', title: '配信が許可されませんでした' },
    { input: '550 5.7.27 sender domain has null MX - gsmtp', title: '理由: authfailure' },
    { input: 'Action: failed\nStatus: 4.2.2', title: '理由: expired' },
  ])('title for "$input": the server\'s words, the provider or the outcome before a catch-all code', async ({ input, title }) => {
    const [r] = (await analyse(input, fixtureDb)).results;
    expect(r?.explanation.title).toBe(title);
  });

  test('an explanation carries texts and guide links from the database', async () => {
    const [r] = (await analyse('550 5.1.1', fixtureDb)).results;
    expect(r?.explanation).toEqual({
      title: '宛先のメールアドレスが存在しません',
      whatHappened: '宛先のメールアドレスが存在しません。',
      why: 'userunknown の原因です。',
      senderAction: 'userunknown の対処をしてください。',
      recipientAction: '受信者に確認してください。',
      topics: [{ page: 'bounces', section: 'address-verification' }],
    });
    expect(r?.codeEntry.enhanced?.code).toBe('X.1.1');
    expect(r?.codeEntry.basic?.code).toBe('550');
  });
});
