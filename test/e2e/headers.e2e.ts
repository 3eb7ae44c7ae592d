import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page, Request } from 'playwright-core';
import { HEADERS_EXAMPLES } from '../../src/content/text/headers-examples';
import { appReady, holdRequests, launchBrowser, openPage } from './browser';

const root = inject('rootUrl');

// A real-form header block: SendGrid held the message for three hours (test/fixtures/headers/README.md).
const SENDGRID = readFileSync('test/fixtures/headers/forms/gmail-from-sendgrid-delayed.txt', 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const box = (page: Page) => page.getByLabel(/メールのヘッダー（「Received:」などの行）を貼り付ける/);
const resultsHeading = (page: Page) => page.getByRole('heading', { level: 2, name: '調べた結果' });

describe('the header analyser in Chromium', () => {
  test('an example pressed before the page has taken over is answered once it is live, without a reload', async () => {
    const { page, errors, context } = await openPage(browser);
    const release = await holdRequests(page, /\/assets\/headers-routes-[^/]+\.js$/);
    let documents = 0;
    page.on('request', (r) => void (r.resourceType() === 'document' && (documents += 1)));
    await page.goto(`${root}/headers`, { waitUntil: 'domcontentloaded' });
    const first = HEADERS_EXAMPLES[0];
    if (!first) throw new Error('no header example');
    await page.getByRole('button', { name: first.label, exact: true }).click();
    expect(await resultsHeading(page).count()).toBe(0);
    release();
    await resultsHeading(page).waitFor();
    expect(await box(page).inputValue()).toBe(first.text);
    expect(documents).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('paste a sample on a 320 px phone: the slowest hop is read from the table, in a worker, with no request carrying the headers', async () => {
    const { page, errors, context } = await openPage(browser, { viewport: { width: 320, height: 640 } });
    const seen: string[] = [];
    const record = async (request: Request) => {
      const headers = await request.allHeaders().catch(() => ({}));
      seen.push([request.url(), JSON.stringify(headers), request.postData() ?? ''].join('\n'));
    };
    page.on('request', (r) => void record(r));
    context.on('request', (r) => void record(r));
    await page.goto(`${root}/headers`);
    await appReady(page);
    await box(page).fill(SENDGRID);
    await page.getByRole('button', { name: '調べる', exact: true }).click();
    await resultsHeading(page).waitFor();
    // Focus moves to the results for keyboard and screen-reader users.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('調べた結果');

    const slowest = page.locator('.headers-table tbody tr', { hasText: '最も遅い' });
    expect(await slowest.count()).toBe(1);
    expect(await slowest.locator('th[scope=row]').textContent()).toBe('2最も遅い');
    const cells = await slowest.locator('td').allTextContents();
    expect(cells[1]).toContain('filterdrecv-p3las1-5bf99c48d-fk2mq');
    expect(cells[3]).toContain('3 時間');
    expect(await page.getByRole('heading', { level: 3, name: /sendgrid\.net で 3 時間止まっていました/ }).count()).toBe(1);

    // The page never scrolls sideways at 320 px; the table scrolls inside its own focusable box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const wrap = page.locator('.headers-table-wrap');
    expect(await wrap.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await wrap.getAttribute('tabindex')).toBe('0');
    // The paste box's text is at least 16 px (phones would zoom into a smaller one).
    expect(await box(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(16);

    // The analysis ran in the worker; nothing the page requested carried the headers.
    expect(seen.some((entry) => /headers\.worker-[\w-]+\.js/.test(entry))).toBe(true);
    for (const entry of seen) {
      expect(entry).not.toContain('filterdrecv');
      expect(entry).not.toContain('jiro');
      expect(new URL(entry.split('\n')[0] ?? '').origin).toBe(new URL(root).origin);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the share link opens on the same slowest hop, without the original host names', async () => {
    const { page, errors, context } = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${root}/headers`);
    await appReady(page);
    await box(page).fill(SENDGRID);
    await page.getByRole('button', { name: '調べる', exact: true }).click();
    await resultsHeading(page).waitFor();
    await page.getByRole('button', { name: '結果へのリンクをコピー' }).click();
    await page.getByText('コピーしました').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/headers#h=[\w-]+$/);
    expect(decodeURIComponent(link)).not.toContain('example.jp');

    const fresh = await openPage(browser);
    await fresh.page.goto(link);
    await resultsHeading(fresh.page).waitFor();
    const slowest = fresh.page.locator('.headers-table tbody tr.is-slowest');
    expect(await slowest.locator('th[scope=row]').textContent()).toBe('2最も遅い');
    expect(await box(fresh.page).inputValue()).not.toContain('o1.mail.example.jp');
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
    expect(errors).toEqual([]);
    await context.close();
  });
});
