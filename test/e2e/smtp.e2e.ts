import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page, Request } from 'playwright-core';
import { smtpDb } from '../../src/content/schemas/smtp-db';
import { holdRequests, launchBrowser, openPage } from './browser';

const root = inject('rootUrl');
const subpath = inject('subpathUrl');
const nginx = inject('nginxUrl');
const plain = inject('plainStaticUrl');

const db = smtpDb.parse(JSON.parse(readFileSync('public/data/smtp-codes.json', 'utf8')));
const title = (code: string) => db.enhanced.find((e) => e.code === code)?.title ?? db.basic.find((e) => e.code === code)?.title ?? '';

const USER_UNKNOWN = '550 5.1.1 <taro@example.jp>: Recipient address rejected: User unknown';
// What a link to that lookup carries: the codes and the engine's own word for the cause, no address.
const USER_UNKNOWN_LINK = '550 5.1.1 user unknown';
const YAHOO = '421 4.7.0 [TSS04] Messages from 203.0.113.5 temporarily deferred due to unexpected volume or user complaints';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const box = (page: Page) => page.getByLabel(/エラーのメール（バウンスメール）の本文/);
const resultsHeading = (page: Page) => page.getByRole('heading', { level: 2, name: /^調べた結果/ });
const firstCardTitle = (page: Page) => page.locator('.smtp-result h3').first();

async function lookUp(page: Page, text: string) {
  await box(page).fill(text);
  await page.getByRole('button', { name: '調べる', exact: true }).click();
}

describe('the SMTP lookup in Chromium', () => {
  test('paste → result → share link → the link in a fresh page shows the same result; back and forward restore', async () => {
    const { page, errors, context } = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    const scripts: string[] = [];
    page.on('request', (r) => scripts.push(new URL(r.url()).pathname));
    await page.goto(`${root}/smtp`);
    await lookUp(page, USER_UNKNOWN);
    await resultsHeading(page).waitFor();
    await page.waitForURL(`${root}/smtp?q=${encodeURIComponent(USER_UNKNOWN_LINK)}`);
    expect(await firstCardTitle(page).textContent()).toBe(title('X.1.1'));
    expect(await page.locator('.smtp-result .smtp-badge').first().textContent()).toBe('恒久的なエラー');
    // The analysis ran in the worker, not in a main-thread fallback.
    expect(scripts.some((p) => /\/assets\/smtp\.worker-[\w-]+\.js$/.test(p))).toBe(true);
    expect(scripts.some((p) => /\/assets\/analyse-[\w-]+\.js$/.test(p))).toBe(false);

    await page.getByRole('button', { name: '結果へのリンクをコピー' }).click();
    await page.getByText('コピーしました').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());

    // Opened on a phone, the shared link lands on the result, not above the form.
    const fresh = await openPage(browser, { viewport: { width: 360, height: 640 } });
    await fresh.page.goto(link);
    await resultsHeading(fresh.page).waitFor();
    await expect.poll(() => fresh.page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await expect
      .poll(() => resultsHeading(fresh.page).evaluate((el) => el.getBoundingClientRect().top))
      .toBeLessThan(640);
    expect(await firstCardTitle(fresh.page).textContent()).toBe(title('X.1.1'));
    expect(await box(fresh.page).inputValue()).toBe(USER_UNKNOWN_LINK);
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();

    // A second lookup, then back: the first paste (the full text, not only its codes) comes back.
    await lookUp(page, YAHOO);
    await page.waitForURL(/\?q=421/);
    await expect.poll(() => firstCardTitle(page).textContent()).not.toBe(title('X.1.1'));
    await page.goBack();
    await page.waitForURL(`${root}/smtp?q=${encodeURIComponent(USER_UNKNOWN_LINK)}`);
    await expect.poll(() => box(page).inputValue()).toBe(USER_UNKNOWN);
    expect(await firstCardTitle(page).textContent()).toBe(title('X.1.1'));
    await page.goForward();
    await page.waitForURL(/\?q=421/);
    await expect.poll(() => box(page).inputValue()).toBe(YAHOO);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('before the page has taken over: a paste is kept, a press is answered once the page is live, and nothing reloads', async () => {
    const { page, errors, context } = await openPage(browser, { viewport: { width: 360, height: 640 } });
    // The lookup's own code arrives late, as on a slow phone: the prerendered form is on screen without it.
    const release = await holdRequests(page, /\/assets\/smtp-routes-[^/]+\.js$/);
    let documents = 0;
    page.on('request', (r) => void (r.resourceType() === 'document' && (documents += 1)));
    await page.goto(`${root}/smtp`, { waitUntil: 'domcontentloaded' });
    await box(page).fill(USER_UNKNOWN);
    await page.getByRole('button', { name: '調べる', exact: true }).click();
    expect(await resultsHeading(page).count()).toBe(0);
    expect(await box(page).inputValue()).toBe(USER_UNKNOWN);
    release();
    await resultsHeading(page).waitFor();
    expect(await firstCardTitle(page).textContent()).toBe(title('X.1.1'));
    expect(await box(page).inputValue()).toBe(USER_UNKNOWN);
    await page.waitForURL(`${root}/smtp?q=${encodeURIComponent(USER_UNKNOWN_LINK)}`);
    expect(documents).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('before any script has run: a press does not reload the page and the paste stays for the lookup', async () => {
    const { page, errors, context } = await openPage(browser);
    const release = await holdRequests(page, /\/assets\/index-[^/]+\.js$/);
    let documents = 0;
    page.on('request', (r) => void (r.resourceType() === 'document' && (documents += 1)));
    await page.goto(`${root}/smtp`, { waitUntil: 'commit' });
    await box(page).fill(YAHOO);
    await page.getByRole('button', { name: '調べる', exact: true }).click();
    release();
    await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
    expect(documents).toBe(1);
    expect(await box(page).inputValue()).toBe(YAHOO);
    await page.getByRole('button', { name: '調べる', exact: true }).click();
    await resultsHeading(page).waitFor();
    expect(await page.locator('.smtp-result .smtp-badge').first().textContent()).toBe('一時的なエラー');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('privacy: no request carries the pasted text or its address, also from the worker', async () => {
    const marker = 'ZQX-PRIVACY-4e1b7d';
    const address = 'hanako.secret@example.org';
    const { page, errors, context } = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    const seen: string[] = [];
    const record = async (request: Request) => {
      const headers = await request.allHeaders().catch(() => ({}));
      seen.push([request.url(), JSON.stringify(headers), request.postData() ?? ''].join('\n'));
    };
    page.on('request', (r) => void record(r));
    context.on('request', (r) => void record(r));

    await page.goto(`${root}/smtp`);
    const bounce = [
      `Subject: ${marker}`,
      '',
      `Final-Recipient: rfc822; ${address}`,
      'Action: failed',
      'Status: 5.1.1',
      'Remote-MTA: dns; mx.example.org',
      `Diagnostic-Code: smtp; 550 5.1.1 <${address}>: Recipient address rejected: User unknown ${marker}`,
    ].join('\n');
    await lookUp(page, bounce);
    await resultsHeading(page).waitFor();
    // Click around: copy the link, open a code page and a guide link, come back, run an example.
    await page.getByRole('button', { name: '結果へのリンクをコピー' }).click();
    await page.locator('.smtp-result a[href$="/smtp/codes/5.1.1"]').first().click();
    await page.getByRole('heading', { level: 1, name: /5\.1\.1/ }).waitFor();
    await page.goBack();
    await resultsHeading(page).waitFor();
    await page.locator('.smtp-result .smtp-guide-links a').first().click();
    await page.locator('.guide-page h1').waitFor();
    await page.goBack();
    await resultsHeading(page).waitFor();
    await page.reload();
    await resultsHeading(page).waitFor();
    await page.getByRole('button', { name: /Yahoo/ }).click();
    await page.waitForURL(/\?q=421/);

    expect(seen.length).toBeGreaterThan(5);
    // The watch really sees the worker's own traffic (its script) and the data the page fetched.
    expect(seen.some((entry) => /smtp\.worker-[\w-]+\.js/.test(entry))).toBe(true);
    expect(seen.some((entry) => entry.includes('/data/smtp-codes.json'))).toBe(true);
    for (const entry of seen) {
      expect(entry).not.toContain(marker);
      expect(entry.toLowerCase()).not.toContain('hanako');
      expect(entry).not.toContain(encodeURIComponent(address));
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a 5 MB paste keeps the page responsive and ends in a clear result', async () => {
    const { page, errors, context } = await openPage(browser);
    await page.goto(`${root}/smtp`);
    const line = 'Nov 26 10:00:00 mx postfix/smtp[123]: ABC: to=<user@example.jp>, status=bounced (host said: 550 5.1.1 User unknown)\n';
    const big = line.repeat(Math.ceil((5 * 1024 * 1024) / line.length));
    await box(page).waitFor();
    // Typing 5 MB through the keyboard would take hours; set it the way a paste does, with an input event.
    await page.evaluate((text) => {
      const area = document.querySelector('textarea');
      if (!area) throw new Error('no textarea');
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
      setter?.call(area, text);
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, big);
    await page.getByRole('button', { name: '調べる', exact: true }).click();
    // While the worker reads 5 MB the main thread answers at once.
    for (let i = 0; i < 3; i++) {
      const started = Date.now();
      await page.evaluate(() => document.title);
      expect(Date.now() - started).toBeLessThan(2000);
    }
    await resultsHeading(page).waitFor({ timeout: 30_000 });
    expect(await firstCardTitle(page).textContent()).toBe(title('X.1.1'));
    await page.getByText(/最初の 20,000 文字だけを表示しています/).waitFor();
    expect(await page.locator('.smtp-source__text').evaluate((el) => el.textContent?.length ?? 0)).toBe(20_000);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('code pages', () => {
  test.each([
    ['vite preview', () => root, '/smtp/codes/550', '550'],
    ['nginx', () => nginx, '/smtp/codes/5.1.1', 'X.1.1'],
    ['a plain static server', () => plain, '/smtp/codes/5.7.26', 'X.7.26'],
  ])('%s: a prerendered code page hydrates without a console error', async (_name, base, path, code) => {
    const { page, errors, context } = await openPage(browser);
    const dbLoaded = page.waitForResponse((r) => r.url().endsWith('/data/smtp-codes.json'));
    await page.goto(`${base()}${path}`);
    expect(await page.locator('#root').getAttribute('data-path')).toBe(path);
    await dbLoaded;
    await expect.poll(() => page.locator('main h1').textContent()).toContain(title(code));
    // Hydration finished: the page's own links navigate in place.
    await page.getByRole('link', { name: 'SMTP コードの一覧へ戻る' }).click();
    await page.getByRole('heading', { level: 1, name: 'SMTP コードの一覧' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('without JavaScript: a code page and the complete list are readable', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${nginx}/smtp/codes/5.1.1`);
    expect(await page.locator('main h1').textContent()).toContain(title('X.1.1'));
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain(db.enhanced.find((e) => e.code === 'X.1.1')?.description ?? '?');
    expect(text).toContain('IANA 登録簿の原文（英語）');
    await page.goto(`${nginx}/smtp/codes`);
    const listed = await page.locator('.smtp-code-list__code').allTextContents();
    expect(listed.sort()).toEqual([...db.basic, ...db.enhanced].map((e) => e.code).sort());
    await context.close();
  });

  test('under /help/: a lookup runs in the worker and links stay under the base path', async () => {
    const { page, errors, context } = await openPage(browser);
    await page.goto(`${subpath}/smtp`);
    await lookUp(page, USER_UNKNOWN);
    await resultsHeading(page).waitFor();
    await page.waitForURL(`${subpath}/smtp?q=${encodeURIComponent(USER_UNKNOWN_LINK)}`);
    await page.locator('.smtp-result a[href$="/smtp/codes/5.1.1"]').first().click();
    await page.waitForURL(`${subpath}/smtp/codes/5.1.1`);
    await expect.poll(() => page.locator('main h1').textContent()).toContain(title('X.1.1'));
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('accessibility', () => {
  const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const pages: [string, string, (page: Page) => Promise<void>][] = [
    ['the lookup with results', '/smtp', async (page) => {
      await page.getByRole('button', { name: /Gmail/ }).click();
      await resultsHeading(page).waitFor();
    }],
    ['the lookup with nothing found', '/smtp', async (page) => {
      await lookUp(page, 'エラー 620');
      await resultsHeading(page).waitFor();
    }],
    ['the code list', '/smtp/codes', async (page) => {
      await page.locator('.smtp-filter input').waitFor();
    }],
    ['a code page', '/smtp/codes/550', async (page) => {
      await page.locator('.smtp-registry').waitFor();
    }],
    ['a refused code', '/smtp/codes/620', async (page) => {
      await page.getByRole('heading', { level: 1, name: /SMTP のコードではありません/ }).waitFor();
    }],
  ];
  const cases = pages.flatMap(([name, path, ready]) => (['light', 'dark'] as const).map((scheme) => [name, scheme, path, ready] as const));

  test.each(cases)('%s (%s scheme) has no WCAG 2.2 AA violations', async (_name, scheme, path, ready) => {
    const { page, errors, context } = await openPage(browser, { colorScheme: scheme });
    await page.goto(`${root}${path}`);
    await ready(page);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const report = results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} → ${n.target.join(' ')}`));
    expect(report).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await context.close();
  });
});
