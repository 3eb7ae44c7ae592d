// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { headings } from '../../src/content/markdown/ast';
import { parseMarkdown } from '../../src/content/markdown/parse';
import { siteSettings } from '../../src/content/schemas/site';
import { smtpDb } from '../../src/content/schemas/smtp-db';
import { analyse } from '../../src/engine/smtp/analyse';
import type { Analysis } from '../../src/engine/smtp/types';
import { codePageCodes, enhancedVariants } from '../../src/engine/smtp/code-variants';
import { LOOKUP_EXAMPLES } from '../../src/features/smtp/examples';
import { runSmtpAnalysis as runAnalysis } from '../../src/components/analyser/smtp-analyser';
import { planShare } from '../../src/features/smtp/share-query';
import { MAX_LINK_LENGTH, paths } from '../../src/routes';
import { renderApp, resetApp, secureContext } from './render-app';
import { SilentWorker } from './silent-worker';

const PUBLIC = join(import.meta.dirname, '../../public');
const db = smtpDb.parse(JSON.parse(readFileSync(join(PUBLIC, 'data/smtp-codes.json'), 'utf8')));
const site = siteSettings.parse(JSON.parse(readFileSync(join(PUBLIC, 'content/ja/site.json'), 'utf8')));
const FIXTURES = join(import.meta.dirname, '../fixtures/bounces');

function enhanced(code: string) {
  const entry = db.enhanced.find((e) => e.code === code);
  if (!entry) throw new Error(`no ${code} in the database`);
  return entry;
}
function basic(code: string) {
  const entry = db.basic.find((e) => e.code === code);
  if (!entry) throw new Error(`no ${code} in the database`);
  return entry;
}
function reasonTitle(reason: string) {
  const entry = db.reasons.find((r) => r.reason === reason);
  if (!entry) throw new Error(`no reason ${reason}`);
  return entry.title;
}
function classTitle(cls: '2' | '4' | '5') {
  return db.classes.find((c) => c.class === cls)?.title ?? '';
}
function example(start: string) {
  const found = LOOKUP_EXAMPLES.find((e) => e.label.startsWith(start));
  if (!found) throw new Error(`no example "${start}"`);
  return found;
}

afterEach(resetApp);

const main = () => within(screen.getByRole('main'));
const resultsHeading = () => screen.findByRole('heading', { level: 2, name: /^調べた結果/ }, { timeout: 10_000 });

async function lookUp(text: string) {
  const user = userEvent.setup();
  const view = renderApp('/smtp');
  const box = await screen.findByLabelText(/エラーのメール（バウンスメール）の本文/);
  await user.click(box);
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: '調べる' }));
  return { user, view };
}

function linkHrefs(container: HTMLElement): string[] {
  return within(container)
    .getAllByRole('link')
    .map((a) => a.getAttribute('href') ?? '');
}

describe('/smtp: paste, look up, read the result', () => {
  test.each([
    {
      name: 'a Postfix reply for an unknown user',
      text: '550 5.1.1 <taro@example.jp>: Recipient address rejected: User unknown',
      badge: '恒久的なエラー',
      outcome: '再送されません',
      title: enhanced('X.1.1').title,
      codes: ['/smtp/codes/550', '/smtp/codes/5.1.1'],
      guide: '/guide/bounces#address-verification',
    },
    {
      name: 'a Gmail multi-line reply',
      text: example('Gmail').text,
      badge: '恒久的なエラー',
      outcome: '再送されません',
      title: reasonTitle('authfailure'),
      codes: ['/smtp/codes/550', '/smtp/codes/5.7.26'],
      guide: '/guide/authentication',
    },
    {
      name: 'a Yahoo deferral',
      text: example('Yahoo').text,
      badge: '一時的なエラー',
      outcome: 'まだ届く可能性があります',
      title: reasonTitle('badreputation'),
      codes: ['/smtp/codes/421', '/smtp/codes/4.7.0'],
      guide: '/guide/sending-frequency#frequency-risk',
    },
    {
      name: 'a DSN fragment where the sender gave up',
      text: example('配送状況通知').text,
      badge: '期限切れ',
      outcome: '期限切れで断念しました',
      title: reasonTitle('expired'),
      codes: ['/smtp/codes/451', '/smtp/codes/4.4.7'],
      guide: '/guide/error-codes#expired',
    },
  ])('$name: class, what to do, code and guide links', async ({ text, badge, outcome, title, codes, guide }) => {
    await lookUp(text);
    await resultsHeading();
    const card = screen.getAllByRole('article')[0];
    if (!card) throw new Error('no result card');
    const inCard = within(card);
    expect(inCard.getByText(badge)).toBeInTheDocument();
    expect(inCard.getByText(new RegExp(outcome))).toBeInTheDocument();
    expect(inCard.getByRole('heading', { level: 3 })).toHaveTextContent(title);
    for (const h of ['何が起きたか', 'よくある原因', '送信者がすること', '受信者ができること']) {
      expect(inCard.getByRole('heading', { level: 4, name: h })).toBeInTheDocument();
    }
    const hrefs = linkHrefs(card);
    for (const code of codes) expect(hrefs).toContain(code);
    expect(hrefs).toContain(guide);
  });

  test('the provider and the fields of a DSN are shown with the server text', async () => {
    await lookUp(example('配送状況通知').text);
    await resultsHeading();
    const card = screen.getAllByRole('article')[0];
    if (!card) throw new Error('no result card');
    expect(within(card).getByText('hanako@example.com')).toBeInTheDocument();
    expect(within(card).getByText('mx.example.com')).toBeInTheDocument();
    expect(within(card).getByText('Wed, 26 Nov 2026 12:10:00 +0900')).toBeInTheDocument();
    expect(within(card).getByText(/Delivery time expired/)).toBeInTheDocument();
    expect(within(card).getByText(/Status 欄から/)).toBeInTheDocument();
  });

  test('a provider that reuses a code differently says so', async () => {
    await lookUp('421-4.7.27 Your email has been rate limited because SPF authentication didn\'t pass. - gsmtp');
    await resultsHeading();
    const card = screen.getAllByRole('article')[0];
    if (!card) throw new Error('no result card');
    expect(within(card).getByText('Google (Gmail / Google Workspace)')).toBeInTheDocument();
    expect(within(card).getByText(/IANAではX.7.27は/)).toBeInTheDocument();
  });

  test('an example button fills the box and shows its result', async () => {
    const user = userEvent.setup();
    renderApp('/smtp');
    const first = LOOKUP_EXAMPLES[0];
    if (!first) throw new Error('no examples');
    await user.click(await screen.findByRole('button', { name: first.label }));
    await resultsHeading();
    expect(screen.getByLabelText(/エラーのメール（バウンスメール）の本文/)).toHaveValue(first.text);
    expect(screen.getAllByRole('article')).toHaveLength(1);
    // The recognised codes are marked in the pasted text.
    const marks = [...document.querySelectorAll('.smtp-source__text mark')].map((m) => m.textContent);
    expect(marks).toEqual(['550', '5.1.1']);
  });

  test('an empty box asks for something to look up', async () => {
    const user = userEvent.setup();
    renderApp('/smtp');
    await user.click(await screen.findByRole('button', { name: '調べる' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('調べたい内容が入力されていません');
    expect(screen.queryByRole('heading', { name: /^調べた結果/ })).toBeNull();
  });

  test.each([
    ['an impossible reply code', 'エラー 620 が出ました', ['見つけられませんでした', '620', '6 で始まるコードはありません']],
    ['an impossible status', 'Status 5.9.1', ['見つけられませんでした', '5.9.1', '9 という分類はありません']],
    ['plain words', 'メールが届きません。どうすればいいですか', ['見つけられませんでした']],
    ['binary junk', '\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007abc', ['文字として読めないデータ']],
  ])('%s: says why nothing was found', async (_name, text, expected) => {
    await lookUp(text);
    const heading = await resultsHeading();
    const section = heading.closest('section');
    if (!section) throw new Error('no results section');
    for (const e of expected) expect(section).toHaveTextContent(e);
    expect(screen.queryAllByRole('article')).toHaveLength(0);
  });

  test('a shared link (?q=) shows the same result', async () => {
    renderApp(`/smtp?q=${encodeURIComponent('550 5.1.1')}`);
    await resultsHeading();
    expect(screen.getByLabelText(/エラーのメール（バウンスメール）の本文/)).toHaveValue('550 5.1.1');
    expect(within(screen.getAllByRole('article')[0] ?? document.body).getByRole('heading', { level: 3 })).toHaveTextContent(enhanced('X.1.1').title);
  });
});

describe('/smtp: the share link', () => {
  test('carries only the codes by default, the full text only when chosen', async () => {
    secureContext();
    const text = '550 5.1.1 <taro@example.jp>: Recipient address rejected: User unknown';
    const { user } = await lookUp(text);
    await resultsHeading();
    const share = screen.getByRole('region', { name: '結果を共有する' });
    const content = () => share.querySelector('pre')?.textContent;
    // The codes and the engine's own word for the cause it read from the reply; no address, no reply text.
    expect(content()).toBe('550 5.1.1 user unknown');
    await user.click(within(share).getByRole('button', { name: '結果へのリンクをコピー' }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toBe(`${window.location.origin}/smtp?q=${encodeURIComponent('550 5.1.1 user unknown')}`);
    expect(copied).not.toContain('taro');

    await user.click(within(share).getByRole('checkbox', { name: 'メッセージ全文をリンクに含める' }));
    await waitFor(() => expect(content()).toBe(text));
    expect(within(share).getByText(/メールアドレスやメッセージの文面がそのままリンクに入り/)).toHaveClass('smtp-warning');
    await user.click(within(screen.getByRole('region', { name: '結果を共有する' })).getByRole('button', { name: '結果へのリンクをコピー' }));
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/smtp?q=${encodeURIComponent(text)}`);
  });

  test('the pasted text is never fetched: only the app’s own files are requested', async () => {
    const marker = 'MARKER-7f3a9c';
    const { view } = await lookUp(`550 5.1.1 <${marker}@example.jp>: User unknown ${marker}`);
    await resultsHeading();
    expect(view.requested.length).toBeGreaterThan(0);
    for (const path of view.requested) expect(path).not.toMatch(/MARKER|example\.jp/);
  });

  // The link must reproduce what the reader saw: same class, codes and provider for every real bounce.
  const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.eml') || f.endsWith('.txt'));
  test.each(fixtures)('%s: the codes-only link gives the same classes, codes, providers, causes and explanations', async (file) => {
    const input = readFileSync(join(FIXTURES, file), 'utf8');
    const first = await analyse(input, db);
    const plan = planShare(input, first.results, db, false);
    const recipients = first.results.map((r) => r.recipient).filter((r): r is string => r !== null);
    for (const address of recipients) expect(plan.query).not.toContain(address);
    expect(paths.smtp.href(plan.query).length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    const again = await analyse(plan.query, db);
    const key = (a: Analysis) =>
      a.results.map((r) => `${r.class} ${r.replyCode} ${r.status} ${r.provider} ${r.reason} ${JSON.stringify(r.explanation)}`).sort();
    expect(key(again)).toEqual(key(first));
  });

  test.each([
    ['a short paste, full text chosen', 'x'.repeat(100), true, 'full', false],
    ['a paste over the limit, full text chosen', `550 5.1.1 ${'x'.repeat(MAX_LINK_LENGTH)}`, true, 'codes', true],
    // 700 Japanese characters are 700 characters but 6,300 once percent-encoded: over the link limit.
    ['a Japanese paste short in characters but long once encoded', `550 5.1.1 ${'宛先'.repeat(350)}`, true, 'codes', true],
    ['a Japanese paste that fits', `550 5.1.1 ${'宛先'.repeat(300)}`, true, 'full', false],
    ['the default', '550 5.1.1 <a@example.jp> User unknown', false, 'codes', false],
  ])('%s → %s', async (_name, input, full, kind, tooLong) => {
    const analysis = await analyse(input, db);
    const plan = planShare(input, analysis.results, db, full);
    expect(plan.kind).toBe(kind === 'full' ? 'full' : analysis.results.length > 0 ? 'codes' : 'none');
    expect(plan.fullTooLong).toBe(tooLong);
    expect(paths.smtp.href(plan.query).length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
  });
});

describe('/smtp: the analysis runs in a worker that can be stopped', () => {

  test.each([
    ['the time limit', { timeoutMs: 50 }, 'AnalysisTimeoutError'],
    ['an abort', { abortAfterMs: 20 }, 'AbortError'],
  ])('%s terminates the worker and rejects', async (_name, options, errorName) => {
    SilentWorker.instances = [];
    vi.stubGlobal('Worker', SilentWorker);
    const controller = new AbortController();
    if ('abortAfterMs' in options) setTimeout(() => controller.abort(), options.abortAfterMs);
    const run = runAnalysis('550 5.1.1', db, { signal: controller.signal, timeoutMs: 'timeoutMs' in options ? options.timeoutMs : 5000 });
    await expect(run).rejects.toMatchObject({ name: errorName });
    expect(SilentWorker.instances.map((w) => w.terminated)).toEqual([true]);
  });

  test('the page shows 解析中… with a cancel button, and cancelling says so', async () => {
    SilentWorker.instances = [];
    vi.stubGlobal('Worker', SilentWorker);
    const { user } = await lookUp('550 5.1.1');
    expect(await screen.findByText(/解析中…/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '中止する' }));
    expect(await screen.findByText('調べるのを中止しました。')).toBeInTheDocument();
    expect(SilentWorker.instances.every((w) => w.terminated)).toBe(true);
  });
});

describe('/smtp/codes: every code of the database', () => {
  test('lists each basic and enhanced code with its title, and the class variants', async () => {
    renderApp('/smtp/codes');
    await screen.findByRole('heading', { level: 1, name: 'SMTP コードの一覧' });
    const hrefs = linkHrefs(screen.getByRole('main'));
    for (const e of db.basic) expect(hrefs).toContain(`/smtp/codes/${e.code}`);
    for (const e of db.enhanced) {
      expect(hrefs).toContain(`/smtp/codes/${e.code}`);
      for (const v of enhancedVariants(e)) expect(hrefs).toContain(`/smtp/codes/${v}`);
    }
    for (const e of [...db.basic, ...db.enhanced]) expect(main().getAllByText(e.title, { exact: false }).length).toBeGreaterThan(0);
    for (const s of db.subjects) expect(main().getByRole('heading', { level: 3, name: new RegExp(`^X\\.${s.subject}：${s.title}`) })).toBeInTheDocument();
    expect(hrefs).toContain('/smtp/codes/2.1.5'); // X.1.5 is "250": the success class makes sense there
    expect(hrefs).not.toContain('/smtp/codes/2.1.1');
  });

  test.each([
    ['5.1.1', ['X.1.1'], ['X.1.10', '550']],
    ['550', ['550'], ['551', 'X.1.1']],
    ['５５２', ['552'], ['550']],
    ['容量', ['X.2.2'], ['X.1.1']],
    ['mailbox full', ['X.2.2'], ['X.1.1']],
  ])('the filter "%s" keeps %j and hides %j', async (query, shown, hidden) => {
    const user = userEvent.setup();
    renderApp('/smtp/codes');
    const box = await screen.findByRole('searchbox', { name: /コードや言葉で絞り込む/ });
    await user.type(box, query);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/件を表示しています/));
    const codes = [...document.querySelectorAll('.smtp-code-list__code')].map((a) => a.textContent);
    for (const c of shown) expect(codes).toContain(c);
    for (const c of hidden) expect(codes).not.toContain(c);
  });

  test('every prerendered code page exists in the database or as a class variant', () => {
    const pages = codePageCodes(db);
    expect(new Set(pages).size).toBe(pages.length);
    expect(pages.length).toBe(db.basic.length + db.enhanced.length + db.enhanced.reduce((n, e) => n + enhancedVariants(e).length, 0));
    expect(pages).toEqual(expect.arrayContaining(['550', 'X.1.1', '5.1.1', '4.7.1', '2.0.0']));
  });
});

describe('/smtp/codes/<code>: one page per code', () => {
  test.each([
    {
      path: '5.1.1',
      h1: ['5.1.1', enhanced('X.1.1').title],
      texts: [classTitle('5'), enhanced('X.1.1').summary, enhanced('X.1.1').description, reasonTitle('userunknown'), 'Google (Gmail / Google Workspace)'],
      links: ['/smtp?q=5.1.1', '/smtp/codes/X.1.1', '/smtp/codes/4.1.1', '/guide/bounces#address-verification'],
    },
    {
      path: '550',
      h1: ['550', basic('550').title],
      texts: [classTitle('5'), basic('550').rfcText, basic('550').reference, 'SC-001'],
      links: ['/smtp?q=550', '/smtp/codes'],
    },
    {
      path: '4.7.1',
      h1: ['4.7.1', enhanced('X.7.1').title],
      texts: [classTitle('4'), enhanced('X.7.1').description, 'Apple (iCloud)'],
      links: ['/smtp?q=4.7.1', '/smtp/codes/5.7.1'],
    },
    {
      path: 'X.1.1',
      h1: ['X.1.1', enhanced('X.1.1').title],
      texts: ['クラス共通の説明', classTitle('2'), classTitle('4'), classTitle('5'), enhanced('X.1.1').sampleText],
      links: ['/smtp/codes/4.1.1', '/smtp/codes/5.1.1'],
    },
    {
      path: '5.7.999',
      h1: ['5.7.999', db.subjects[7]?.title ?? '?'],
      texts: ['IANA の登録簿にないコード', classTitle('5'), db.subjects[7]?.summary ?? '?', 'Security/Policy'],
      links: ['/smtp?q=5.7.999', '/smtp/codes/X.7.999'],
    },
    {
      path: '5.7.606',
      h1: ['5.7.606'],
      texts: ['IANA の登録簿にないコード', 'Microsoft (Microsoft 365 / Outlook.com)', '5.7.606-5.7.649'],
      links: ['/smtp?q=5.7.606'],
    },
  ])('$path explains the code, its class, the official text and where to read more', async ({ path, h1, texts, links }) => {
    renderApp(`/smtp/codes/${path}`);
    const heading = await screen.findByRole('heading', { level: 1 });
    for (const t of h1) expect(heading).toHaveTextContent(t);
    const page = screen.getByRole('main');
    for (const t of texts) expect(page).toHaveTextContent(t);
    const hrefs = linkHrefs(page);
    for (const l of links) expect(hrefs).toContain(l);
    await waitFor(() => expect(document.title.startsWith(`${h1[0]} `)).toBe(true));
  });

  test.each([
    ['620', '6 で始まるコードはありません'],
    ['5.9.1', '9 という分類はありません'],
    ['431', 'SMTP の規格（RFC 5321・RFC 7504）にはないコード'],
    ['3.1.1', '3 で始まるため'],
    ['abc', 'SMTP のコードの形ではありません'],
  ])('%s is refused with the reason and a way on', async (code, why) => {
    renderApp(`/smtp/codes/${code}`);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(`「${code}」は SMTP のコードではありません`);
    expect(screen.getByRole('main')).toHaveTextContent(why);
    const hrefs = linkHrefs(screen.getByRole('main'));
    expect(hrefs).toContain('/smtp/codes');
    expect(hrefs).toContain('/smtp');
  });
});

describe('guide links from the code database', () => {
  // The labels come from the pages themselves: an operator who renames a heading changes only the page.
  test('are labelled "page title：heading" as the page spells it, also after the heading is renamed', async () => {
    const entry = enhanced('X.1.1');
    const link = entry.topics.find((t) => t.section !== undefined);
    if (!link?.section) throw new Error('X.1.1 links to no section');
    const file = `content/ja/pages/${link.page}.md`;
    const markdown = readFileSync(join(PUBLIC, file), 'utf8');
    const heading = headings(parseMarkdown(markdown)).find((h) => h.id === link.section);
    const pageTitle = site.topics.find((t) => t.slug === link.page)?.title;
    if (!heading || !pageTitle) throw new Error(`${file} has no section #${link.section}, or site.json no such topic`);
    const hrefOf = `/guide/${link.page}#${link.section}`;

    renderApp('/smtp/codes/5.1.1');
    expect(await main().findByRole('link', { name: `${pageTitle}：${heading.text}` })).toHaveAttribute('href', hrefOf);
    resetApp();

    const renamed = markdown.replace(new RegExp(`^(#+ ).*( \\{#${link.section}\\})$`, 'm'), '$1新しい見出しの名前$2');
    expect(renamed).not.toBe(markdown);
    renderApp('/smtp/codes/5.1.1', { [file]: renamed });
    expect(await main().findByRole('link', { name: `${pageTitle}：新しい見出しの名前` })).toHaveAttribute('href', hrefOf);
  });
});
