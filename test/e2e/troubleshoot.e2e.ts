import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { siteSettings } from '../../src/content/schemas/site';
import { decisionTree } from '../../src/content/schemas/tree';
import type { TreeNode } from '../../src/content/schemas/tree';
import { confirmWording } from '../../src/features/troubleshoot/confirm';
import { NOT_SOLVED, SOLVED } from '../../src/engine/tree/graph';
import { walk } from '../../src/engine/tree/walk';
import { appReady, launchBrowser, openPage } from './browser';

const root = inject('rootUrl');
const subpath = inject('subpathUrl');

const tree = decisionTree.parse(JSON.parse(readFileSync('public/content/ja/tree.json', 'utf8')));
const site = siteSettings.parse(JSON.parse(readFileSync('public/content/ja/site.json', 'utf8')));
const byId = new Map(tree.nodes.map((n) => [n.id, n]));
const titleOf = (n: TreeNode | undefined) => (n === undefined ? '' : n.kind === 'question' ? n.question : n.title);
const title = (id: string) => titleOf(byId.get(id));
function outcome(id: string): Extract<TreeNode, { kind: 'outcome' }> {
  const found = byId.get(id);
  if (found?.kind !== 'outcome') throw new Error(`"${id}" is not an outcome in tree.json`);
  return found;
}

/** The link text to choose at screen `i` of a route (answer label or the outcome's confirm wording). */
function labelAt(answers: readonly string[], i: number): string {
  const { state } = walk(tree, answers.slice(0, i));
  const answer = answers[i] ?? '';
  if (state.status !== 'node' || state.node.kind === 'escalation') throw new Error(`no answers at screen ${i}`);
  if (state.node.kind === 'outcome') return answer === SOLVED ? confirmWording(state.node).yes : confirmWording(state.node).no;
  const label = state.node.answers.find((a) => a.id === answer)?.label;
  if (label === undefined) throw new Error(`no answer "${answer}" at ${state.node.id}`);
  return label;
}

/** The answers of the longest route from the start (ends at the escalation). */
function longestRoute(): string[] {
  const best = new Map<string, string[]>();
  const visit = (id: string): string[] => {
    const known = best.get(id);
    if (known) return known;
    const n = byId.get(id);
    let result: string[] = [];
    const edges = n?.kind === 'question' ? n.answers.map((a) => [a.id, a.next] as const) : n?.kind === 'outcome' && n.ifNotSolved ? [[NOT_SOLVED, n.ifNotSolved] as const] : [];
    for (const [answer, next] of edges) {
      const tail = [answer, ...visit(next)];
      if (tail.length > result.length) result = tail;
    }
    best.set(id, result);
    return result;
  };
  return visit(tree.start);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const mainH1 = (page: Page) => page.locator('main h1');

function focusedElement(page: Page) {
  return page.evaluate(() => ({ tag: document.activeElement?.tagName ?? '', text: document.activeElement?.textContent?.trim() ?? '' }));
}

/** Presses Tab until the focused element's text is `text`; fails after `max` presses. */
async function tabTo(page: Page, text: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedElement(page)).text === text) return;
  }
  throw new Error(`"${text}" not reached with ${max} Tab presses`);
}

async function clickAnswers(page: Page, answers: readonly string[]) {
  for (let i = 0; i < answers.length; i++) {
    await page.locator('main').getByRole('link', { name: labelAt(answers, i), exact: true }).click();
    const { state } = walk(tree, answers.slice(0, i + 1));
    await mainH1(page).filter({ hasText: state.status === 'done' ? '解決しました' : titleOf(state.node) }).waitFor();
  }
}

describe('the troubleshooter in Chromium', () => {
  test('a route by keyboard only: Tab and Enter, focus lands on each new heading', async () => {
    const { page, errors, context } = await openPage(browser);
    // A recipient waiting for a newsletter finds it in Gmail's tabs.
    const route = ['waiting', 'newsletter', 'gmail', SOLVED];
    await page.goto(`${root}/troubleshoot`);
    await mainH1(page).waitFor();
    await page.waitForFunction(() => document.querySelector('main a.ts-answer') !== null);
    for (let i = 0; i < route.length; i++) {
      await tabTo(page, labelAt(route, i));
      await page.keyboard.press('Enter');
      const { state } = walk(tree, route.slice(0, i + 1));
      const expected = state.status === 'done' ? '解決しました' : titleOf(state.node);
      await expect.poll(() => focusedElement(page)).toEqual({ tag: 'H1', text: expected });
      expect(await page.title()).toContain(expected);
    }
    expect(new URL(page.url()).pathname).toBe('/troubleshoot/done');
    expect(new URL(page.url()).searchParams.get('path')).toBe(route.join('.'));
    // "Solved" adds the prevention step of the outcome that solved it.
    await page.getByRole('region', { name: '次から同じことが起きないように' }).getByText(/迷惑メールではないことを報告/).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('support is one tap away from the deepest step, and the summary carries the route and the desk details', async () => {
    const { page, errors, context } = await openPage(browser);
    const stats = { deepest: '', steps: 0 };
    // The deepest screen of the tree: the end of its longest route, just before the escalation.
    const longest = longestRoute();
    const { state } = walk(tree, longest.slice(0, -1));
    stats.deepest = state.nodeId;
    stats.steps = state.step;
    await page.goto(`${root}/troubleshoot/${state.nodeId}?path=${longest.slice(0, -1).join('.')}`);
    await mainH1(page).filter({ hasText: titleOf(byId.get(state.nodeId)) }).waitFor();
    await appReady(page);
    // The prerendered step shows its usual route; the page takes the link's own ?path= once hydrated
    // (useHydrated). A reader sees the whole route in the trail before tapping, and so does the test.
    const trail = page.getByRole('navigation', { name: 'これまでの回答' }).getByRole('listitem');
    await expect.poll(() => trail.count(), { timeout: 10_000 }).toBe(stats.steps - 1);
    await page.getByRole('link', { name: 'サポートに問い合わせる' }).click(); // the one tap
    await mainH1(page).filter({ hasText: title(tree.support ?? 'contact-support') }).waitFor();
    const details = page.getByRole('region', { name: 'サポートが調べるために必要なこと' });
    await details.getByRole('textbox', { name: /送信者のアドレス/ }).fill('taro@example.co.jp');
    await details.getByRole('textbox', { name: '送信した日時' }).fill('12月2日 14時30分ごろ');
    await details.getByRole('radio', { name: 'わからない' }).check();
    const summary = page.getByRole('textbox', { name: 'お問い合わせ内容のまとめ' });
    await expect.poll(() => summary.inputValue()).toContain('・送信者のアドレス：taro@example.co.jp');
    const text = await summary.inputValue();
    expect(text).toMatch(/・送信した日時：12月2日 14時30分ごろ（タイムゾーン：[A-Za-z_/]+）/);
    expect(text).toContain(`${stats.steps}. ${title(stats.deepest)} → サポートに問い合わせる`);
    const mailto = await page.getByRole('link', { name: '下のまとめを入れてメールを作成する' }).getAttribute('href');
    expect(decodeURIComponent(mailto ?? '')).toContain('taro@example.co.jp');
    expect(page.url()).not.toContain('taro');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a copied step link opens the same step and trail in a fresh page', async () => {
    const { page, errors, context } = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${root}/troubleshoot`);
    await clickAnswers(page, ['bounced', '5xx', 'spam', NOT_SOLVED]);
    await page.getByRole('button', { name: 'このステップへのリンクをコピー' }).click();
    await page.getByText('コピーしました').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    const heading = await mainH1(page).textContent();
    const trail = await page.getByRole('navigation', { name: 'これまでの回答' }).innerText();

    const fresh = await openPage(browser);
    await fresh.page.goto(copied);
    await mainH1(fresh.page).filter({ hasText: heading ?? '' }).waitFor();
    await expect.poll(() => fresh.page.getByRole('navigation', { name: 'これまでの回答' }).innerText()).toBe(trail);
    expect(fresh.page.url()).toBe(copied);
    expect([...errors, ...fresh.errors]).toEqual([]);
    await fresh.context.close();
    await context.close();
  });

  test('back and forward move between steps', async () => {
    const { page, errors, context } = await openPage(browser);
    await page.goto(`${root}/troubleshoot`);
    await clickAnswers(page, ['no-bounce', 'hours']);
    await page.goBack();
    await mainH1(page).filter({ hasText: title('time-since-sent') }).waitFor();
    await expect.poll(() => focusedElement(page)).toEqual({ tag: 'H1', text: title('time-since-sent') });
    await page.goBack();
    await mainH1(page).filter({ hasText: title(tree.start) }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/troubleshoot');
    await page.goForward();
    await mainH1(page).filter({ hasText: title('time-since-sent') }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  test.each([
    ['an unknown step', '/troubleshoot/no-such-step', /「no-such-step」は見つかりませんでした/, tree.start, '/troubleshoot'],
    ['a tampered path on a prerendered step', '/troubleshoot/bounce-reason?path=bounced.9xx', /今の質問と合いませんでした/, 'bounce-code', '/troubleshoot/bounce-code?path=bounced'],
    ['an over-long query', `/troubleshoot/bounce-code?path=bounced&x=${'a'.repeat(3000)}`, /長すぎる/, 'bounce-code', '/troubleshoot/bounce-code?path=bounced'],
  ])('%s shows a message, the nearest valid step, and corrects the address', async (_name, path, message, nearest, corrected) => {
    const { page, errors, context } = await openPage(browser);
    await page.goto(`${root}${path}`);
    await page.getByText(message).waitFor();
    await mainH1(page).filter({ hasText: title(nearest) }).waitFor();
    await page.waitForURL(`${root}${corrected}`);
    // The explanation stays after the address is corrected, and offers a fresh start.
    await page.getByText(message).waitFor();
    await page.locator('.ts-notice').getByRole('link', { name: '最初からやり直す' }).click();
    await page.waitForURL(`${root}/troubleshoot`);
    await expect.poll(() => page.locator('.ts-notice').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('prerendered step pages hydrate without errors, then follow the query', async () => {
    const { page, errors, context } = await openPage(browser);
    // The HTML already holds the step (readable before any script runs).
    const html = await (await fetch(`${root}/troubleshoot/check-spam-folder?path=no-bounce.hours.not-solved.personal`)).text();
    expect(html).toContain(title('check-spam-folder'));
    expect(html).toContain('data-path="/troubleshoot/check-spam-folder"');

    await page.goto(`${root}/troubleshoot/check-spam-folder?path=no-bounce.hours.not-solved.personal`);
    const trail = page.getByRole('navigation', { name: 'これまでの回答' });
    // After hydration the trail is the route in the URL, not the page's prerendered shortest route.
    await trail.getByRole('link', { name: title('time-since-sent') }).waitFor();
    await page.evaluate(() => Object.assign(window, { stillSamePage: true }));
    await page.getByRole('link', { name: confirmWording(outcome('check-spam-folder')).no }).click();
    await mainH1(page).filter({ hasText: title('check-filters') }).waitFor();
    // A client-side navigation (no reload) proves the page was hydrated.
    expect(await page.evaluate(() => 'stillSamePage' in window)).toBe(true);

    await page.goto(`${root}/troubleshoot/done?path=no-bounce.minutes.solved`);
    await page.getByText(new RegExp(`「${title('wait-and-check')}」の手順で解決`)).waitFor();
    // A link sent before v2 (the old first answer "just-sent") still opens the same screen.
    await page.goto(`${root}/troubleshoot/wait-and-check?path=just-sent`);
    await page.waitForURL(`${root}/troubleshoot/wait-and-check?path=no-bounce.minutes`);
    await mainH1(page).filter({ hasText: title('wait-and-check') }).waitFor();
    expect(await page.locator('.ts-notice').count()).toBe(0);
    await page.goto(`${root}/troubleshoot/contact-support?path=bounced.5xx.domain-not-found.not-solved.not-solved`);
    await expect.poll(() => page.getByRole('textbox', { name: 'お問い合わせ内容のまとめ' }).inputValue()).toContain(`${root}/troubleshoot/contact-support?path=`);
    await page.goto(`${root}/troubleshoot/map`);
    await page.locator('#map-contact-support').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('every step and every topic page is reachable from /troubleshoot by following links', async () => {
    const seen = new Set<string>();
    const guide = new Set<string>();
    const queue = [`${root}/troubleshoot`];
    for (let i = 0; i < queue.length; i++) {
      const url = queue[i] ?? '';
      const response = await fetch(url);
      expect(response.status, url).toBe(200);
      const html = await response.text();
      const path = new URL(url).pathname;
      expect(html, url).toContain(`data-path="${path}"`);
      for (const match of html.matchAll(/<a [^>]*href="([^"]+)"/g)) {
        const href = (match[1] ?? '').replace(/&amp;/g, '&');
        const target = new URL(href, url);
        if (target.origin !== root) continue;
        if (target.pathname.startsWith('/guide/')) guide.add(target.pathname.slice('/guide/'.length));
        // Answer links only: the map, the header and the footer would reach every page trivially.
        if (!match[0].includes('ts-answer') || seen.has(target.pathname)) continue;
        seen.add(target.pathname);
        queue.push(target.href);
      }
    }
    const nodeIds = [...seen].map((p) => p.replace('/troubleshoot/', ''));
    expect(new Set([tree.start, ...nodeIds]).size).toBe(tree.nodes.length + 1); // every node, plus /done
    expect(nodeIds).toContain('done');
    for (const topic of site.topics) expect(guide, topic.slug).toContain(topic.slug);
  });

  test('on a 360 px phone, answers are large touch targets and nothing scrolls sideways', async () => {
    const { page, errors, context } = await openPage(browser, { viewport: { width: 360, height: 720 }, isMobile: true, hasTouch: true });
    for (const path of ['/troubleshoot', '/troubleshoot/temp-detail?path=bounced.4xx', '/troubleshoot/where-gmail?path=waiting.newsletter.gmail', '/troubleshoot/contact-support', '/troubleshoot/map']) {
      await page.goto(`${root}${path}`);
      await mainH1(page).waitFor();
      await page.waitForLoadState('networkidle');
      const boxes = await page.locator('main .ts-answer').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height));
      for (const height of boxes) expect(height, path).toBeGreaterThanOrEqual(44);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  test('pasting a bounce picks the step; only the code reaches the URL, never the text', async () => {
    const { page, errors, context } = await openPage(browser);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${root}/troubleshoot/bounce-code?path=bounced`);
    await page.getByRole('textbox', { name: /エラーメールの本文/ }).fill('550 5.1.1 <hanako.private@example.com>: Recipient address rejected: User unknown');
    await page.getByRole('button', { name: '判定する' }).click();
    await mainH1(page).filter({ hasText: title('check-address-typo') }).waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/troubleshoot/check-address-typo');
    expect(url.searchParams.get('code')).toBe('550 5.1.1');
    expect([page.url(), ...requests].filter((r) => r.includes('hanako'))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the map filter narrows the outline', async () => {
    const { page, errors, context } = await openPage(browser, { viewport: { width: 360, height: 720 } });
    await page.goto(`${root}/troubleshoot/map`);
    const all = await page.locator('.ts-map__item[id]').count();
    expect(all).toBe(tree.nodes.length);
    await page.getByRole('searchbox', { name: /絞り込み/ }).fill('DMARC');
    await page.getByText(/件が見つかりました/).waitFor();
    const shown = await page.locator('.ts-map__item[id]').count();
    expect(shown).toBeLessThan(all);
    await page.locator('#map-auth-dmarc').getByRole('link', { name: title('auth-dmarc') }).click();
    await mainH1(page).filter({ hasText: title('auth-dmarc') }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('axe: WCAG 2.2 AA on the troubleshooter screens', () => {
  const screens = [
    ['a question with the paste box', '/troubleshoot/bounce-code?path=bounced', '.ts-lookup textarea'],
    ['an outcome', '/troubleshoot/check-trash', '.ts-confirm'],
    ['an outcome with a tool', '/troubleshoot/permanent-general', '.ts-answer--primary'],
    ['the escalation with the desk details', '/troubleshoot/contact-support', '.ts-details input'],
    ['the done screen with prevention', '/troubleshoot/done?path=waiting.newsletter.gmail.solved', '.ts-prevent'],
    ['a corrected link', '/troubleshoot/no-such-step', '.ts-notice'],
    ['the map', '/troubleshoot/map', '.ts-map__filter input'],
  ] as const;
  const cases = screens.flatMap(([name, path, shows]) => (['light', 'dark'] as const).map((scheme) => [name, scheme, path, shows] as const));

  test.each(cases)('%s (%s scheme) has no violations', async (_name, scheme, path, shows) => {
    const { page, errors, context } = await openPage(browser, { colorScheme: scheme });
    await page.goto(`${root}${path}`);
    await page.locator(shows).first().waitFor();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const report = results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} → ${n.target.join(' ')}`));
    expect(report, report.join('\n')).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the troubleshooter under a sub-path (/help/)', () => {
  test('steps, links and the copied link stay under /help/', async () => {
    const { page, errors, context } = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${subpath}/troubleshoot`);
    await clickAnswers(page, ['delayed']);
    expect(page.url()).toBe(`${subpath}/troubleshoot/delay-notice?path=delayed`);
    await page.getByRole('button', { name: 'このステップへのリンクをコピー' }).click();
    await page.getByText('コピーしました').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${subpath}/troubleshoot/delay-notice?path=delayed`);
    const hrefs = await page.locator('main a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(3);
    expect(hrefs.filter((h) => h !== '/help' && !h.startsWith('/help/'))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
