import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { appReady, launchBrowser, openPage, withoutPrerender } from './browser';

const root = inject('rootUrl');
const subpath = inject('subpathUrl');

const TOPICS = [
  'recipient-checks',
  'firewall',
  'pop-imap',
  'bounces',
  'quarantine',
  'timing',
  'sending-frequency',
  'error-codes',
  'safe-senders',
  'authentication',
  'spam-folder',
  'mobile-carriers',
  'for-recipients',
  'forwarding',
  'reading-headers',
  'web-forms',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the guide in Chromium', () => {
  test('every page opens by its URL with a heading, a title and no console error', async () => {
    const { page, errors, context } = await openPage(browser);
    for (const path of ['/', '/guide', '/changelog', ...TOPICS.map((t) => `/guide/${t}`)]) {
      await page.goto(`${root}${path}`);
      const h1 = page.locator('main h1');
      await h1.waitFor();
      expect((await h1.textContent())?.trim().length, path).toBeGreaterThan(1);
      expect(await page.title(), path).not.toBe('');
      expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    }
    expect(errors).toEqual([]);
    await context.close();
    // One page load per page: the time allowed grows with the number of topics.
  }, 30_000 + (TOPICS.length + 3) * 5_000);

  test('navigation: home → guide list → a topic → next topic → breadcrumbs back', async () => {
    const { page, errors, context } = await openPage(browser);
    await page.goto(`${root}/`);
    await page.getByRole('link', { name: 'ガイドを読む' }).click();
    await page.getByRole('heading', { level: 1, name: 'ガイドの一覧' }).waitFor();
    await page.locator('.topic-cards a').first().click();
    await page.waitForURL(/\/guide\/recipient-checks$/);
    const firstTitle = await page.locator('main h1').textContent();
    await page.getByRole('link', { name: /次のトピック/ }).click();
    await page.waitForURL(/\/guide\/spam-folder$/);
    await expect.poll(() => page.locator('main h1').textContent()).not.toBe(firstTitle);
    await expect.poll(async () => (await page.title()).startsWith(`${await page.locator('main h1').textContent()} |`)).toBe(true);
    await page.getByRole('navigation', { name: 'パンくずリスト' }).getByRole('link', { name: 'ガイド' }).click();
    await page.waitForURL(/\/guide$/);
    // The header's topic menu leads to any topic.
    await page.locator('.site-header__topics summary').click();
    await page.getByRole('navigation', { name: 'トピック' }).locator('a[href$="/guide/bounces"]').click();
    await page.waitForURL(/\/guide\/bounces$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a deep link to a section lands on that section, also after a reload', async () => {
    const { page, errors, context } = await openPage(browser, { viewport: { width: 360, height: 640 } });
    await page.goto(`${root}/guide/error-codes#permanent-5xx`);
    const heading = page.locator('#permanent-5xx');
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('permanent-5xx');
    await page.reload();
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
    await expect.poll(() => heading.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(-5);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a reload keeps the reader where they were; a new page starts at its top', async () => {
    const { page, errors, context } = await openPage(browser, { viewport: { width: 390, height: 780 }, isMobile: true, hasTouch: true });
    await page.goto(`${root}/guide/bounces`);
    await appReady(page);
    await page.evaluate(() => window.scrollTo({ top: 1500, behavior: 'instant' }));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(1500);
    await page.reload();
    await appReady(page);
    // Hydration must not undo the position the browser restores (it used to scroll to the top).
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => window.scrollY)).toBe(1500);
    await page.getByRole('navigation', { name: '前後のトピック' }).getByRole('link', { name: /次のトピック/ }).click();
    await page.waitForURL(/\/guide\/quarantine$/);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('an unknown anchor shows the page top with a notice', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${root}/guide/bounces#no-such-section`);
    await page.getByText('リンク先の見出し「no-such-section」はこのページにありません').waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await context.close();
  });

  test('"copy link" copies the full URL of the section', async () => {
    const { page, context } = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${root}/guide/timing`);
    const button = page.getByRole('button', { name: /へのリンクをコピー/ }).first();
    await button.click();
    await page.getByText('コピーしました').first().waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(new RegExp(`^${root}/guide/timing#[a-z0-9-]+$`));
    await context.close();
  });

  test('checklist ticks survive a reload', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${root}/guide/recipient-checks`);
    const boxes = page.locator('.checklist input[type=checkbox]');
    await boxes.first().waitFor();
    expect(await boxes.count()).toBeGreaterThanOrEqual(6);
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    await page.getByText(/項目中 2 項目を確認済み/).waitFor();
    await page.reload();
    await page.getByText(/項目中 2 項目を確認済み/).waitFor();
    expect(await boxes.nth(0).isChecked()).toBe(true);
    expect(await boxes.nth(1).isChecked()).toBe(false);
    expect(await boxes.nth(2).isChecked()).toBe(true);
    await context.close();
  });

  test.each([
    ['an unknown path', '/no-such-page'],
    ['an unknown topic', '/guide/no-such-topic'],
    ['broken percent-encoding', '/guide/%E0%A4%A'],
    ['a 3000-character slug', `/guide/${'a'.repeat(3000)}`],
  ])('%s shows the not-found page with a way back', async (_name, path) => {
      const { page, context } = await openPage(browser);
      await page.goto(`${root}${path.slice(0, 3100)}`);
      await page.getByRole('heading', { name: /見つかりません/ }).waitFor();
      await page.getByRole('link', { name: 'トップページへ戻る' }).click();
      await page.waitForURL(`${root}/`);
      await context.close();
  });

  test('a broken content file names the file; the rest of the site keeps working', async () => {
    const { page, context } = await openPage(browser);
    await withoutPrerender(page);
    await page.route('**/content/ja/pages/bounces.md', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(`${root}/guide/bounces`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('content/ja/pages/bounces.md');
    await page.locator('.site-header__topics summary').click();
    await page.getByRole('navigation', { name: 'トピック' }).getByRole('link').first().click();
    await page.waitForURL(/recipient-checks$/);
    await page.locator('main h1').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  test('an invalid site.json names the field and keeps the header usable', async () => {
    const { page, context } = await openPage(browser);
    await withoutPrerender(page);
    await page.route('**/content/ja/site.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ schemaVersion: 1, siteName: 42 }) }),
    );
    await page.goto(`${root}/guide`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('content/ja/site.json');
    expect(await page.getByRole('link', { name: 'エラーコード' }).isVisible()).toBe(true);
    await context.close();
  });

  test('a content edit on the server shows on a prerendered page without a rebuild', async () => {
    const { page, errors, context } = await openPage(browser);
    await page.route('**/content/ja/pages/timing.md', (route) =>
      route.fulfill({ status: 200, body: '## 編集後の見出し {#edited}\n\n運用者が書き換えた本文です。' }),
    );
    await page.goto(`${root}/guide/timing`);
    await page.getByRole('heading', { level: 2, name: '編集後の見出し' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('運用者が書き換えた本文です。');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('hostile text in content is shown as text, never run', async () => {
    const { page, context } = await openPage(browser);
    await withoutPrerender(page);
    await page.route('**/content/ja/pages/firewall.md', (route) =>
      route.fulfill({
        status: 200,
        body: '## 見出し {#x}\n\n<script>window.__pwned = 1</script> <img src=x onerror="window.__pwned=2">\n\n[リンク](javascript:window.__pwned=3)',
      }),
    );
    await page.goto(`${root}/guide/firewall`);
    await page.getByText('<script>window.__pwned = 1</script>', { exact: false }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main a[href^="javascript"]').count()).toBe(0);
    expect(await page.locator('main img').count()).toBe(0);
    await context.close();
  });
});

describe('the guide under a sub-path (/help/)', () => {
  test('deep links, navigation and content fetches stay under /help/', async () => {
    const { page, errors, context } = await openPage(browser);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${subpath}/guide/bounces#list-hygiene`);
    await page.locator('#list-hygiene').waitFor();
    await page.getByRole('link', { name: /次のトピック/ }).click();
    await page.waitForURL(`${subpath}/guide/quarantine`);
    await page.locator('main h1').waitFor();
    await page.getByRole('link', { name: 'ガイド', exact: true }).first().click();
    await page.waitForURL(`${subpath}/guide`);
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((p) => !p.startsWith('/help/'))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
