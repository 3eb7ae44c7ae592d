import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { appReady, launchBrowser, openPage } from './browser';

const root = inject('rootUrl');
const subpath = inject('subpathUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('site search in Chromium', () => {
  test('a guide page loads no search code or index until the box is used; typing shows results; a click follows one', async () => {
    const { page, errors, context } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${root}/guide/bounces`);
    await appReady(page);
    expect(requests.filter((p) => /search-index|search-lazy|search-engine|search\.worker/.test(p))).toEqual([]);
    expect(page.workers()).toEqual([]);

    // The plain form of the page becomes the working combobox when focused.
    await page.getByRole('searchbox', { name: 'サイト内を検索' }).click();
    const box = page.getByRole('combobox', { name: 'サイト内を検索' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('めいわくめーる');
    const listbox = page.getByRole('listbox', { name: '検索の候補' });
    await listbox.waitFor();
    expect(requests.some((p) => p.endsWith('/data/search-index.json'))).toBe(true);
    const first = listbox.getByRole('option').first();
    await expect.poll(() => first.textContent()).toContain('迷惑メール');
    // The matched words are marked in the option.
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    await first.click();
    await page.waitForURL(/\/(guide|troubleshoot)\//);
    await expect.poll(() => page.locator('main h1').textContent()).not.toBe('');
    expect(await listbox.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('keyboard: "/" focuses the box, arrows move through the ARIA options, Enter opens a code page; Escape closes', async () => {
    const { page, errors, context } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${root}/guide/timing`);
    await appReady(page);
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'サイト内を検索' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    // One input event (as an IME commits a word): typed key by key, the list would catch up with "５５" and
    // then "５５０" and restart above the first option after the arrow key, as it should for a new query.
    await box.fill('５５０');
    const options = page.getByRole('listbox').getByRole('option');
    await expect.poll(() => options.first().textContent()).toMatch(/^550/);
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => box.getAttribute('aria-activedescendant')).toBeTruthy();
    const activeId = await box.getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${activeId}"]`).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/smtp\/codes\/550$/);
    await page.locator('main h1').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('Enter without choosing opens /search?q=… with an ordered list of results inside <main>; the link lands on the section', async () => {
    const { page, errors, context } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${root}/`);
    await appReady(page);
    await page.getByRole('searchbox', { name: 'サイト内を検索' }).click();
    const box = page.getByRole('combobox', { name: 'サイト内を検索' });
    await box.fill('ファイアウォール');
    await box.press('Enter');
    await page.waitForURL(/\/search\?q=/);
    const items = page.locator('main ol.search-results > li');
    await items.first().waitFor();
    expect(await items.first().locator('a').textContent()).toContain('ファイアウォール');
    expect(await items.first().locator('mark').count()).toBeGreaterThan(0);
    expect(await page.title()).toContain('ファイアウォール');
    const href = await items.nth(1).locator('a').getAttribute('href');
    await items.nth(1).locator('a').click();
    await page.waitForURL((url) => href !== null && url.href.endsWith(href));
    if (href?.includes('#')) {
      const id = decodeURIComponent(href.split('#')[1] ?? '');
      await expect.poll(() => page.locator(`[id="${id}"]`).evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  test('/search runs the search in a worker: the page loads neither the index checker nor the matcher', async () => {
    const { page, errors, context } = await openPage(browser, { viewport: { width: 390, height: 780 }, isMobile: true, hasTouch: true });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${root}/search?q=${encodeURIComponent('迷惑メール')}`);
    await appReady(page);
    const items = page.locator('main ol.search-results > li');
    await items.first().waitFor();
    expect(await items.count()).toBe(10);
    expect(await page.locator('main [role=status]').textContent()).toMatch(/^「迷惑メール」に一致するページが\d+件見つかりました。$/);
    // One worker, from the bundled worker chunk, and the index fetched once (by it: no preload by the page).
    expect(page.workers().map((w) => new URL(w.url()).pathname)).toEqual([expect.stringMatching(/^\/assets\/search\.worker-[\w-]+\.js$/)]);
    expect(requests.filter((p) => /\/assets\/search\.worker-[\w-]+\.js$/.test(p))).toHaveLength(1);
    expect(requests.filter((p) => p.endsWith('/data/search-index.json'))).toHaveLength(1);
    // The main thread loaded the search UI only: not the schema checker (zod), nor the engine's fallback chunk.
    expect(requests.filter((p) => /\/assets\/(validate|parse-content|search-engine)-/.test(p))).toEqual([]);
    // Typing asks the same worker.
    await page.getByRole('searchbox', { name: '調べたい言葉・エラーコード' }).fill('ＤＫＩＭ');
    await expect.poll(() => items.first().locator('a').textContent()).toContain('DKIM');
    expect(page.workers()).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('on a 390 px phone a button opens the box, and a tap follows a result (under a sub-path)', async () => {
    const { page, errors, context } = await openPage(browser, { viewport: { width: 390, height: 780 }, isMobile: true, hasTouch: true });
    await page.goto(`${subpath}/guide/firewall`);
    await appReady(page);
    expect(await page.getByRole('searchbox', { name: 'サイト内を検索' }).isVisible()).toBe(false);
    const box = page.getByRole('combobox', { name: 'サイト内を検索' });
    const toggle = page.getByRole('button', { name: '検索', exact: true });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    await expect.poll(() => box.isVisible()).toBe(true);
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.fill('ﾒｲﾜｸ');
    const first = page.getByRole('listbox').getByRole('option').first();
    await first.waitFor();
    await first.tap();
    await page.waitForURL(/\/help\/(guide|troubleshoot)\//);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a shared /search link with empty or hostile queries answers with suggestions, never an error or a blank page', async () => {
    const { page, errors, context } = await openPage(browser, { viewport: { width: 390, height: 780 }, isMobile: true, hasTouch: true });
    for (const q of ['', '   ', '('.repeat(500) + '[.*+?', '😀📧', 'مرحبا', 'a\u0000b\u202e', 'x'.repeat(10_000)]) {
      await page.goto(`${root}/search?q=${encodeURIComponent(q)}`);
      await appReady(page);
      const status = page.locator('main [role=status]');
      await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/入力してください|見つかりませんでした/);
      // Nothing found (or nothing asked): suggestions, never a blank page.
      await page.locator('main .search-suggestions a', { hasText: '質問に答えて原因を探す' }).waitFor({ timeout: 10_000 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), JSON.stringify(q).slice(0, 30)).toBe(true);
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
