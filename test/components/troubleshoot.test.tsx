// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { siteSettings } from '../../src/content/schemas/site';
import { decisionTree } from '../../src/content/schemas/tree';
import type { TreeNode } from '../../src/content/schemas/tree';
import { listCanonicalSteps } from '../../src/engine/tree/canonical-steps';
import { confirmWording } from '../../src/features/troubleshoot/confirm';
import { NOT_SOLVED, SOLVED } from '../../src/engine/tree/graph';
import { nodeProgress } from '../../src/engine/tree/progress';
import { walk } from '../../src/engine/tree/walk';
import { buildOutline, filterOutline, filterTerms, nodeMatches } from '../../src/features/troubleshoot/map-outline';
import type { OutlineEntry } from '../../src/features/troubleshoot/map-outline';
import { planLookup } from '../../src/features/troubleshoot/lookup-plan';
import type { LookupFinding } from '../../src/features/troubleshoot/lookup-plan';
import { renderApp, resetApp, secureContext } from './render-app';
import { SilentWorker } from './silent-worker';

const read = (file: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, '../../public/content/ja', file), 'utf8'));
const site = siteSettings.parse(read('site.json'));
const tree = decisionTree.parse(read('tree.json'));
const byId = new Map(tree.nodes.map((n) => [n.id, n]));

function node(id: string): TreeNode {
  const found = byId.get(id);
  if (!found) throw new Error(`tree.json has no node "${id}"`);
  return found;
}
const titleOf = (n: TreeNode) => (n.kind === 'question' ? n.question : n.title);

/** The link text a customer clicks at each screen of a route (answer label or confirm wording). */
function clickLabels(answers: readonly string[]): string[] {
  return answers.map((answer, i) => {
    const result = walk(tree, answers.slice(0, i));
    const state = result.state;
    if (state.status !== 'node') throw new Error('route continues after "solved"');
    if (state.node.kind === 'question') {
      const label = state.node.answers.find((a) => a.id === answer)?.label;
      if (!label) throw new Error(`no answer "${answer}" at ${state.node.id}`);
      return label;
    }
    if (state.node.kind === 'outcome') return answer === SOLVED ? confirmWording(state.node).yes : confirmWording(state.node).no;
    throw new Error('the escalation has no answers');
  });
}

const h1 = () => screen.findByRole('heading', { level: 1 });
/** The progress line of the step shown ("ステップ 3／最大 9 …"). */
const progressLine = () => document.querySelector('.ts-step__count')?.textContent ?? '';
const remainingLine = () => document.querySelector('.ts-step__remaining')?.textContent ?? '';

/** Clicks the links of a route from the start, or only those from screen `from` on. */
async function clickThrough(user: ReturnType<typeof userEvent.setup>, answers: readonly string[], from = 0) {
  for (const label of clickLabels(answers).slice(from)) {
    await h1();
    await user.click(within(screen.getByRole('main')).getByRole('link', { name: label }));
  }
}

afterEach(resetApp);

describe('walking the troubleshooter by clicking answer links', () => {
  test.each([
    ['a recipient waiting for a newsletter in Gmail', ['waiting', 'newsletter', 'gmail'], 'where-gmail'],
    ['a recipient with carrier mail, the receive list did not help', ['waiting', 'person', 'carrier', NOT_SOLVED], 'where-carrier'],
    ['a confirmation code that did not come', ['waiting', 'code'], 'code-first-checks'],
    ['the app does not show mail, the first fix did not help', ['waiting', 'app-only', NOT_SOLVED], 'app-passwords'],
    ['a 5xx bounce for an unknown user', ['bounced', '5xx', 'user-unknown'], 'check-address-typo'],
    ['no bounce, hours later, a carrier address', ['no-bounce', 'hours', NOT_SOLVED, 'carrier'], 'carrier-filter-sender'],
    ['late mail from a first-time sender', ['late', 'first-time'], 'late-greylisting'],
    ['a web form sender landing in spam', ['in-spam', 'sender', 'web-form'], 'web-form-from'],
    ['a delay notice, then waiting did not help', ['delayed', NOT_SOLVED], 'retry-schedule'],
    ['support staff taking a case they cannot place yet', ['staff', 'unclear'], 'intake-gather'],
    ['a 5xx bounce down to the support contact', ['bounced', '5xx', 'domain-not-found', NOT_SOLVED, NOT_SOLVED], 'contact-support'],
  ])('%s ends at "%s"', async (_name, answers, outcomeId) => {
    const user = userEvent.setup();
    renderApp('/troubleshoot');
    expect(await h1()).toHaveTextContent(node(tree.start).kind === 'question' ? titleOf(node(tree.start)) : '');
    await clickThrough(user, answers);
    const target = node(outcomeId);
    expect(await screen.findByRole('heading', { level: 1, name: titleOf(target) })).toBeInTheDocument();
    // Progress: the screen number out of the longest route that can still follow, no percentage in words.
    const step = answers.length + 1;
    const left = nodeProgress(tree).get(outcomeId)?.stepsLeft ?? 0;
    expect(progressLine()).toBe(left > 0 ? `ステップ ${step}／最大 ${step + left}` : `ステップ ${step}`);
    expect(screen.queryByText(/%/)).not.toBeInTheDocument();
    // The trail lists every screen passed, each linking back to it.
    const trail = screen.getByRole('navigation', { name: 'これまでの回答' });
    expect(within(trail).getAllByRole('listitem')).toHaveLength(answers.length);
    await waitFor(() => expect(document.title).toBe(`${titleOf(target)} | ${site.siteName}`));
    if (target.kind === 'outcome') {
      const guide = screen.getByRole('link', { name: /ガイドで詳しい手順を読む/ });
      expect(guide).toHaveAttribute('href', `/guide/${target.link.page}#${target.link.section}`);
      // The answers are the primary action; the guide is a plain link.
      expect(guide).not.toHaveClass('button--primary');
      const confirm = screen.getByRole('region', { name: confirmWording(target).question });
      expect(within(confirm).getByRole('link', { name: confirmWording(target).yes })).toHaveClass('ts-answer--primary');
      expect(within(confirm).getByRole('link', { name: confirmWording(target).no })).toHaveClass('ts-answer');
    }
  });

  test.each([
    ['/troubleshoot/mail-app?path=waiting.person', 'mail-app', 'この質問に答えると、対処が表示されます。'],
    ['/troubleshoot/waiting-kind?path=waiting', 'waiting-kind', 'あと2問ほどで、対処が表示されます。'],
  ])('a question says how many questions are left before the advice (%s)', async (path, id, text) => {
    renderApp(path);
    await screen.findByRole('heading', { level: 1, name: titleOf(node(id)) });
    expect(remainingLine()).toBe(text);
  });

  test('every answer is a real link to the next step’s URL', async () => {
    renderApp('/troubleshoot');
    await h1();
    const start = node(tree.start);
    if (start.kind !== 'question') throw new Error('start is not a question');
    const links = start.answers.map((a) => screen.getByRole('link', { name: a.label }));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(start.answers.map((a) => `/troubleshoot/${a.next}?path=${a.id}`));
  });

  test('focus moves to the new step’s heading after an answer, not on the first load', async () => {
    const user = userEvent.setup();
    renderApp('/troubleshoot');
    const first = await h1();
    expect(first).not.toHaveFocus();
    await clickThrough(user, ['no-bounce']);
    const second = await screen.findByRole('heading', { level: 1, name: titleOf(node('time-since-sent')) });
    await waitFor(() => expect(second).toHaveFocus());
    expect(second).toHaveAttribute('tabindex', '-1');
  });

  test('"solved" leads to the done screen with a way back and a way to start over', async () => {
    const user = userEvent.setup();
    renderApp('/troubleshoot');
    await clickThrough(user, ['no-bounce', 'minutes', SOLVED]);
    expect(await screen.findByRole('heading', { level: 1, name: '解決しました' })).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`「${titleOf(node('wait-and-check'))}」の手順で解決`))).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: '最初からやり直す' })[0]).toHaveAttribute('href', '/troubleshoot');
    await user.click(screen.getByRole('link', { name: 'ひとつ前の画面に戻る' }));
    expect(await screen.findByRole('heading', { level: 1, name: titleOf(node('wait-and-check')) })).toBeInTheDocument();
  });

  test('"found it" adds how to keep it from happening again', async () => {
    const user = userEvent.setup();
    renderApp('/troubleshoot/where-gmail?path=waiting.newsletter.gmail');
    await screen.findByRole('heading', { level: 1, name: titleOf(node('where-gmail')) });
    await clickThrough(user, ['waiting', 'newsletter', 'gmail', SOLVED], 3);
    expect(await screen.findByRole('heading', { level: 1, name: '解決しました' })).toBeInTheDocument();
    const prevent = screen.getByRole('region', { name: '次から同じことが起きないように' });
    expect(prevent).toHaveTextContent('迷惑メールではないことを報告');
    expect(prevent).toHaveTextContent('連絡先に登録');
  });

  test('a trail link goes back to an earlier question; a new answer there drops the later ones', async () => {
    const user = userEvent.setup();
    renderApp('/troubleshoot');
    const personal = ['no-bounce', 'hours', NOT_SOLVED, 'personal'];
    const company = ['no-bounce', 'hours', NOT_SOLVED, 'company'];
    await clickThrough(user, personal);
    await screen.findByRole('heading', { level: 1, name: titleOf(node('check-spam-folder')) });
    const trail = screen.getByRole('navigation', { name: 'これまでの回答' });
    expect(trail).toHaveTextContent(clickLabels(personal)[3] ?? '');
    await user.click(within(trail).getByRole('link', { name: titleOf(node('recipient-type')) }));
    await screen.findByRole('heading', { level: 1, name: titleOf(node('recipient-type')) });
    expect(within(screen.getByRole('navigation', { name: 'これまでの回答' })).getAllByRole('listitem')).toHaveLength(3);
    await clickThrough(user, company, 3);
    await screen.findByRole('heading', { level: 1, name: titleOf(node('corporate-filter')) });
    const after = screen.getByRole('navigation', { name: 'これまでの回答' });
    const companyLabel = clickLabels(company)[3];
    const personalLabel = clickLabels(personal)[3];
    expect(after).toHaveTextContent(companyLabel ?? '');
    expect(after).not.toHaveTextContent(personalLabel ?? '');
  });
});

describe('escalation', () => {
  const answers = ['bounced', '5xx', 'domain-not-found', NOT_SOLVED, NOT_SOLVED];
  const path = `/troubleshoot/contact-support?path=${answers.join('.')}&code=550%205.1.1`;

  test('shows the configured support contact', async () => {
    renderApp(path);
    await screen.findByRole('heading', { level: 1, name: titleOf(node('contact-support')) });
    const contact = screen.getByRole('region', { name: 'お問い合わせ先' });
    if (site.support.email) expect(within(contact).getByRole('link', { name: site.support.email })).toHaveAttribute('href', `mailto:${site.support.email}`);
    if (site.support.url) expect(within(contact).getByRole('link', { name: 'お問い合わせページを開く' })).toHaveAttribute('href', site.support.url);
    if (site.support.hours) expect(contact).toHaveTextContent(site.support.hours);
  });

  test('the summary lists the route, outcomes tried, the code and a link back here; the copy button copies it', async () => {
    secureContext();
    const user = userEvent.setup();
    renderApp(path);
    await screen.findByRole('heading', { level: 1, name: titleOf(node('contact-support')) });
    const summary = screen.getByRole('textbox', { name: 'お問い合わせ内容のまとめ' });
    expect(summary).toHaveAttribute('readonly');
    const text = (summary as HTMLTextAreaElement).value;
    for (const label of clickLabels(answers).slice(0, 3)) expect(text).toContain(label);
    expect(text).toContain(titleOf(node('domain-moved')));
    expect(text).toContain(titleOf(node('one-stop')));
    expect(text).toContain('・エラーコード：550 5.1.1');
    expect(text).toContain('■ ご相談の立場：メールを送った側（送信者）');
    expect(text).toContain(`${window.location.origin}${path}`);

    await user.click(screen.getByRole('button', { name: 'まとめをコピー' }));
    expect(await screen.findByText('コピーしました')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(text);
  });

  test('what the desk needs goes into the summary as it is typed; the time zone comes from the device', async () => {
    const user = userEvent.setup();
    renderApp(path);
    await screen.findByRole('heading', { level: 1, name: titleOf(node('contact-support')) });
    const details = screen.getByRole('region', { name: 'サポートが調べるために必要なこと' });
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    await waitFor(() => expect(within(details).getByRole('textbox', { name: 'タイムゾーン' })).toHaveValue(zone));
    await user.type(within(details).getByRole('textbox', { name: /送信者のアドレス（あなたのアドレス）/ }), 'taro@example.co.jp');
    await user.type(within(details).getByRole('textbox', { name: '受信者のアドレス' }), 'hanako@example.com');
    await user.type(within(details).getByRole('textbox', { name: '送信した日時' }), '12月2日 14時30分ごろ');
    await user.click(within(details).getByRole('radio', { name: '届いている' }));
    const text = (screen.getByRole('textbox', { name: 'お問い合わせ内容のまとめ' }) as HTMLTextAreaElement).value;
    expect(text).toContain('・送信者のアドレス：taro@example.co.jp');
    expect(text).toContain('・受信者のアドレス：hanako@example.com');
    expect(text).toContain(`・送信した日時：12月2日 14時30分ごろ（タイムゾーン：${zone}）`);
    expect(text).toContain('・同じドメインのほかのアドレスには届いているか：届いている');
    // Typed details never reach a URL other than the reader's own mailto.
    const hrefs = screen.getAllByRole('link').map((a) => a.getAttribute('href') ?? '').filter((h) => !h.startsWith('mailto:'));
    expect(hrefs.filter((h) => h.includes('taro') || h.includes('hanako'))).toEqual([]);
  });

  test('"contact support" is one tap away on every step and carries the route', async () => {
    const user = userEvent.setup();
    const deep = ['no-bounce', 'hours', NOT_SOLVED, 'personal', NOT_SOLVED, NOT_SOLVED, NOT_SOLVED, NOT_SOLVED, NOT_SOLVED, 'none'];
    renderApp(`/troubleshoot/one-stop?path=${deep.join('.')}`);
    await screen.findByRole('heading', { level: 1, name: titleOf(node('one-stop')) });
    await user.click(screen.getByRole('link', { name: 'サポートに問い合わせる' }));
    expect(await screen.findByRole('heading', { level: 1, name: titleOf(node('contact-support')) })).toBeInTheDocument();
    const text = (screen.getByRole('textbox', { name: 'お問い合わせ内容のまとめ' }) as HTMLTextAreaElement).value;
    expect(text).toContain(`${deep.length + 1}. ${titleOf(node('one-stop'))} → サポートに問い合わせる`);
    for (const label of clickLabels(deep)) expect(text).toContain(label);
    // The escalation itself has no second way to support.
    expect(screen.queryByRole('link', { name: 'サポートに問い合わせる' })).not.toBeInTheDocument();
  });

  test('the step link button copies the absolute URL of the step', async () => {
    secureContext();
    const user = userEvent.setup();
    renderApp('/troubleshoot/temp-detail?path=bounced.4xx');
    await screen.findByRole('heading', { level: 1, name: titleOf(node('temp-detail')) });
    await user.click(screen.getByRole('button', { name: 'このステップへのリンクをコピー' }));
    await screen.findByText('コピーしました');
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/troubleshoot/temp-detail?path=bounced.4xx`);
  });
});

describe('pasting an error message at the code question', () => {
  test('a pasted bounce picks the answers and lands on the step, with only the code carried on', async () => {
    const user = userEvent.setup();
    const { requested } = renderApp('/troubleshoot/bounce-code?path=bounced');
    await screen.findByRole('heading', { level: 1, name: titleOf(node('bounce-code')) });
    const input = screen.getByRole('textbox', { name: /エラーメールの本文/ });
    await user.click(input);
    await user.paste('550 5.1.1 <taro.secret@example.com>: Recipient address rejected: User unknown in virtual mailbox table');
    await user.click(screen.getByRole('button', { name: '判定する' }));
    expect(await screen.findByRole('heading', { level: 1, name: titleOf(node('check-address-typo')) })).toBeInTheDocument();
    expect(screen.getByText('550 5.1.1')).toBeInTheDocument();
    // The answers chosen for the customer are in the trail like any other answers.
    const trail = screen.getByRole('navigation', { name: 'これまでの回答' });
    expect(within(trail).getAllByRole('listitem')).toHaveLength(3);
    const hrefs = screen.getAllByRole('link').map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.some((h) => h.includes('code=550%205.1.1'))).toBe(true);
    expect([...hrefs, ...requested].filter((h) => /taro|secret|virtual|mailbox%20table/.test(h))).toEqual([]);
    expect(requested).toContain('/data/smtp-codes.json');
  });

  test('the analysis runs in a worker through the shared front end: it can be cancelled, and the worker is stopped', async () => {
    SilentWorker.instances = [];
    vi.stubGlobal('Worker', SilentWorker);
    try {
      const user = userEvent.setup();
      renderApp('/troubleshoot/bounce-code?path=bounced');
      await screen.findByRole('heading', { level: 1, name: titleOf(node('bounce-code')) });
      await user.click(screen.getByRole('textbox', { name: /エラーメールの本文/ }));
      await user.paste('550 5.1.1 User unknown');
      await user.click(screen.getByRole('button', { name: '判定する' }));
      await user.click(await screen.findByRole('button', { name: '中止する' }));
      expect(await screen.findByText('判定を中止しました。')).toBeInTheDocument();
      expect(SilentWorker.instances.length).toBe(1);
      expect(SilentWorker.instances.every((w) => w.terminated)).toBe(true);
      expect(screen.getByRole('heading', { level: 1, name: titleOf(node('bounce-code')) })).toBeInTheDocument();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  test.each([
    ['text without any code', 'こんにちは。メールが届きません。', /エラーコードを見つけられませんでした/],
    ['a delivery report', '250 2.0.0 OK queued as 12345', /受け付けられたことを示す/],
    ['nothing at all', '   ', /貼り付けてから、もう一度押してください/],
  ])('%s says so and keeps the manual answers', async (_name, pasted, message) => {
    const user = userEvent.setup();
    renderApp('/troubleshoot/bounce-code?path=bounced');
    await screen.findByRole('heading', { level: 1, name: titleOf(node('bounce-code')) });
    await user.click(screen.getByRole('textbox', { name: /エラーメールの本文/ }));
    await user.paste(pasted);
    await user.click(screen.getByRole('button', { name: '判定する' }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: titleOf(node('bounce-code')) })).toBeInTheDocument();
    const start = node('bounce-code');
    if (start.kind === 'question') for (const a of start.answers) expect(screen.getByRole('link', { name: a.label })).toBeInTheDocument();
  });

  test('a question without a lookup offers no paste box', async () => {
    renderApp('/troubleshoot');
    await h1();
    expect(screen.queryByRole('button', { name: '判定する' })).not.toBeInTheDocument();
  });
});

describe('links that do not match the tree', () => {
  test.each([
    ['the old "just sent" answer', '/troubleshoot/wait-and-check?path=just-sent', 'wait-and-check'],
    ['the old "app only" answer, one step on', '/troubleshoot/check-pop-imap-settings?path=app-only.not-solved.not-solved', 'check-pop-imap-settings'],
    ['an old link into the sender checks', '/troubleshoot/check-trash?path=no-bounce.hours.personal.not-solved.not-solved', 'check-trash'],
  ])('%s from before v2 opens its screen without a notice', async (_name, path, id) => {
    renderApp(path);
    expect(await screen.findByRole('heading', { level: 1, name: titleOf(node(id)) })).toBeInTheDocument();
    expect(screen.queryByText('リンクの内容を一部読み取れませんでした。')).not.toBeInTheDocument();
  });


  test.each([
    ['an unknown step', '/troubleshoot/no-such-step', /「no-such-step」は見つかりませんでした/, tree.start, 1],
    ['a path with an unknown answer', '/troubleshoot/bounce-reason?path=bounced.9xx', /今の質問と合いませんでした/, 'bounce-code', 2],
    ['a path leading elsewhere than the step named', '/troubleshoot/check-trash?path=bounced', /一致しませんでした/, 'bounce-code', 2],
    ['a code that is not an SMTP code', '/troubleshoot/bounce-code?path=bounced&code=%3Cscript%3E', /「<script>」は読み取れなかった/, 'bounce-code', 2],
    ['broken percent-encoding', '/troubleshoot/%E0%A4%A', /壊れていた/, tree.start, 1],
    ['an over-long query', `/troubleshoot/bounce-code?path=bounced&x=${'a'.repeat(3000)}`, /長すぎる/, 'bounce-code', 2],
    ['the done screen without a route', '/troubleshoot/done', /一致しませんでした/, tree.start, 1],
    ['answers after the end of the route', '/troubleshoot/done?path=delayed.solved.extra', /今の質問と合いませんでした/, 'done', 3],
  ])('%s shows a message and the nearest valid step', async (_name, path, message, nearest, step) => {
    renderApp(path);
    expect(await screen.findByText(message)).toBeInTheDocument();
    const notice = screen.getByText('リンクの内容を一部読み取れませんでした。').closest('.notice');
    expect(notice).not.toBeNull();
    expect(within(notice as HTMLElement).getByRole('link', { name: '最初からやり直す' })).toHaveAttribute('href', '/troubleshoot');
    const heading = nearest === 'done' ? '解決しました' : titleOf(node(nearest));
    expect(screen.getByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    if (nearest !== 'done') expect(notice).toHaveTextContent(`ステップ ${step}`);
  });

  test('a bare step link without ?path= opens the step by its shortest route, without a message', async () => {
    renderApp('/troubleshoot/check-trash');
    await screen.findByRole('heading', { level: 1, name: titleOf(node('check-trash')) });
    expect(screen.queryByText('リンクの内容を一部読み取れませんでした。')).not.toBeInTheDocument();
    const canonical = listCanonicalSteps(tree).find((s) => s.nodeId === 'check-trash');
    expect(within(screen.getByRole('navigation', { name: 'これまでの回答' })).getAllByRole('listitem')).toHaveLength(canonical?.answers.length ?? -1);
  });
});

describe('the support-staff map', () => {
  test('lists every node once, with its kind and a link to its step', async () => {
    // Plain DOM lookups: role queries over the whole 84-node outline are too slow for jsdom on a busy machine.
    const { container } = renderApp('/troubleshoot/map');
    await waitFor(() => expect(container.querySelector('h1')).toHaveTextContent(/質問と対処の一覧/));
    await waitFor(() => expect(container.querySelectorAll('.ts-map__item[id]')).toHaveLength(tree.nodes.length));
    const kinds = { question: '質問', outcome: '対処', escalation: '窓口' } as const;
    for (const step of listCanonicalSteps(tree)) {
      const items = container.querySelectorAll(`[id="map-${step.nodeId}"]`);
      expect(items, step.nodeId).toHaveLength(1);
      const item = items[0] as HTMLElement;
      const link = [...item.querySelectorAll(':scope > a')].find((a) => a.textContent === step.title);
      expect(link, step.nodeId).toHaveAttribute('href', step.url);
      expect(item.querySelector('.ts-kind')).toHaveTextContent(kinds[step.kind]);
    }
    expect(listCanonicalSteps(tree)).toHaveLength(tree.nodes.length);
    // Nodes met again later are references to their first place, not repeats.
    const refs = [...container.querySelectorAll('.ts-map__item--seen a')];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(ref.textContent).toMatch(/^→ 既出：/);
      expect(container.querySelector(ref.getAttribute('href') ?? '#none')).not.toBeNull();
    }
  });

  test.each([
    ['a word from a title', 'DKIM', ['auth-dkim'], 1],
    ['a node id', 'check-trash', ['check-trash'], 1],
    ['full-width letters', 'ＳＰＦ', ['auth-spf'], 1],
  ])('the filter narrows by %s', async (_name, query, expected, atLeast) => {
    const user = userEvent.setup();
    const { container } = renderApp('/troubleshoot/map');
    await screen.findByRole('heading', { level: 1, name: /質問と対処の一覧/ });
    await user.type(screen.getByRole('searchbox', { name: /絞り込み/ }), query);
    await screen.findByText(/件が見つかりました/);
    for (const id of expected) expect(container.querySelector(`[id="map-${id}"]`)).not.toBeNull();
    const shown = container.querySelectorAll('.ts-map__item[id]').length;
    expect(shown).toBeGreaterThanOrEqual(atLeast);
    expect(shown).toBeLessThan(tree.nodes.length);
  });

  test('a filter that matches nothing says so', async () => {
    const user = userEvent.setup();
    renderApp('/troubleshoot/map');
    await screen.findByRole('heading', { level: 1, name: /質問と対処の一覧/ });
    await user.type(screen.getByRole('searchbox', { name: /絞り込み/ }), 'zzzzzz');
    expect(await screen.findByText('一致する質問や対処はありません。')).toBeInTheDocument();
  });
});

/** The outline in reading order (pre-order), as the map page lists it. */
function readingOrder(entries: readonly OutlineEntry[]): OutlineEntry[] {
  return entries.flatMap((entry) => [entry, ...(entry.type === 'node' ? entry.branches.flatMap((b) => readingOrder(b.entries)) : [])]);
}

describe('the map outline built from tree.json', () => {
  test('spells out every node exactly once; every "→ 既出" points to a node already spelt out above', () => {
    const order = readingOrder(buildOutline(tree));
    const spelt = order.filter((e) => e.type === 'node').map((e) => e.node.id);
    expect([...spelt].sort()).toEqual(tree.nodes.map((n) => n.id).sort());
    order.forEach((entry, i) => {
      if (entry.type === 'seen') expect(order.slice(0, i).some((e) => e.type === 'node' && e.node.id === entry.node.id), entry.node.id).toBe(true);
    });
  });

  test.each([['DKIM'], ['迷惑メール'], ['check-trash'], ['ＳＰＦ 設定']])('filtering by "%s" keeps only matches and the nodes leading to them', (query) => {
    const terms = filterTerms(query);
    const kept = readingOrder(filterOutline(buildOutline(tree), terms));
    expect(kept.some((e) => nodeMatches(e.node, terms))).toBe(true);
    const keeps = (entry: OutlineEntry): boolean =>
      nodeMatches(entry.node, terms) || (entry.type === 'node' && entry.branches.some((b) => b.entries.some(keeps)));
    for (const entry of kept) expect(keeps(entry), entry.node.id).toBe(true);
    expect(kept.filter((e) => e.type === 'node').length).toBeLessThan(tree.nodes.length);
  });
});

describe('planLookup: where an analysed code takes the customer from the code question', () => {
  const finding = (cls: LookupFinding['class'], reason: LookupFinding['reason'], replyCode: string | null, status: string | null): LookupFinding => ({
    class: cls,
    reason,
    replyCode,
    status,
  });
  test.each([
    ['an unknown user (5xx)', finding('permanent', 'userunknown', '550', '5.1.1'), { kind: 'step', url: '/troubleshoot/check-address-typo?path=bounced.5xx.user-unknown&code=550%205.1.1' }],
    ['a full mailbox (4xx)', finding('temporary', 'mailboxfull', '452', '4.2.2'), { kind: 'step', url: '/troubleshoot/mailbox-full?path=bounced.4xx.mailbox-full&code=452%204.2.2' }],
    ['an expired message', finding('expired', 'expired', null, '4.4.7'), { kind: 'step', url: '/troubleshoot/expired?path=bounced.4xx.gave-up&code=4.4.7' }],
    ['an authentication failure', finding('permanent', 'authfailure', '550', '5.7.26'), { kind: 'step', url: '/troubleshoot/auth-spf?path=bounced.5xx.auth.unknown&code=550%205.7.26' }],
    ['a 5xx with an unmapped reason', finding('permanent', 'undefined', '554', null), { kind: 'step', url: '/troubleshoot/bounce-reason?path=bounced.5xx&code=554' }],
    ['a delivery report', finding('delivered', 'delivered', '250', '2.0.0'), { kind: 'delivered', code: '250 2.0.0' }],
    ['nothing found', undefined, { kind: 'no-code' }],
  ])('%s', (_name, found, expected) => {
    expect(planLookup(tree, 'bounce-code', ['bounced'], found)).toMatchObject(expected);
  });

  test('a question whose lookup has no entry for the reason lets the customer choose', () => {
    expect(planLookup(tree, 'temp-detail', ['bounced', '4xx'], finding('temporary', 'undefined', '451', null))).toEqual({ kind: 'no-match', code: '451' });
  });
});
