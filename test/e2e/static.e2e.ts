import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser';

const vitePreview = inject('rootUrl');
const nginx = inject('nginxUrl');
const nginxHelp = inject('nginxSubpathUrl');
const plain = inject('plainStaticUrl');

const site = JSON.parse(readFileSync('public/content/ja/site.json', 'utf8')) as { topics: { slug: string; title: string }[] };
const guidePages = site.topics.map((t) => ({ path: `/guide/${t.slug}`, heading: t.title }));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('prerendered HTML on any static host', () => {
  test('plain static serving with no fallback: every guide page loads by its deep link', async () => {
    const { page, errors, context } = await openPage(browser);
    for (const { path, heading } of guidePages) {
      const response = await page.goto(`${plain}${path}`);
      expect(response?.status(), path).toBe(200);
      expect((await page.locator('main h1').textContent())?.trim(), path).toBe(heading);
    }
    expect(errors).toEqual([]);
    await context.close();
    // One page load per guide page: the time allowed grows with the number of topics.
  }, 30_000 + guidePages.length * 5_000);

  test('with JavaScript disabled the content is still there', async () => {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${vitePreview}/guide/error-codes`);
    expect(await page.locator('main h1').textContent()).toBe(guidePages.find((p) => p.path === '/guide/error-codes')?.heading);
    expect(await page.locator('main h2').count()).toBeGreaterThan(2);
    expect(await page.locator('main').textContent()).toContain('5日間');
    await page.goto(`${vitePreview}/`);
    expect(await page.locator('main a[href="/guide"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  test('each page has its own title, description, Open Graph tags and canonical link', async () => {
    const seen = new Set<string>();
    for (const { path } of [{ path: '/' }, { path: '/guide' }, ...guidePages]) {
      const html = await (await fetch(`${nginx}${path}`)).text();
      const title = /<title>([^<]+)<\/title>/.exec(html)?.[1] ?? '';
      expect(title, path).not.toBe('');
      seen.add(title);
      expect(html, path).toMatch(/<meta name="description" content="[^"]{10,}"/);
      expect(html, path).toMatch(new RegExp(`<meta property="og:url" content="http://localhost:4173${path === '/' ? '/' : path}"`));
      expect(html, path).toMatch(/<meta property="og:title" content="[^"]+"/);
      expect(html, path).toMatch(/<meta property="og:description" content="[^"]+"/);
      expect(html, path).toMatch(/<link rel="canonical" href="http:\/\/localhost:4173/);
    }
    expect(seen.size).toBe(guidePages.length + 2);
  });
});

describe('what a guide page loads', () => {
  test('neither the lookup engine, the code database nor the troubleshooter', async () => {
    const { page, context } = await openPage(browser);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${nginx}/guide/bounces`, { waitUntil: 'networkidle' });
    expect(requested.some((p) => p.endsWith('.js'))).toBe(true);
    expect(requested.filter((p) => /smtp-codes|tree\.json|analyse|smtp-routes|troubleshoot-routes|worker/.test(p))).toEqual([]);
    // After load it checks its embedded content against the live files: unchanged, so the schemas and the
    // Markdown parser are never loaded, and the offline copy is downloaded only after that check.
    expect(requested).toContain('/content/ja/pages/bounces.md');
    expect(requested.filter((p) => /parse-content|validate|inline-/.test(p))).toEqual([]);
    await context.close();
  });

  test('the troubleshooter and the code list hydrate from the data file the build checked, without the schemas', async () => {
    const { page, errors, context } = await openPage(browser);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    for (const [path, data] of [
      ['/troubleshoot', '/content/ja/tree.json'],
      ['/smtp/codes', '/data/smtp-codes.json'],
    ] as const) {
      await page.goto(`${nginx}${path}`, { waitUntil: 'networkidle' });
      await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
      expect(requested, path).toContain(data);
    }
    expect(requested.filter((p) => /parse-content|validate/.test(p))).toEqual([]);
    // A data file changed on the server after the build is checked in full, and a broken one is reported.
    await page.route('**/content/ja/tree.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"version": 2, "nodes": []}' }));
    await page.goto(`${nginx}/troubleshoot`);
    await expect.poll(() => requested.some((p) => /parse-content/.test(p)), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => page.locator('main').textContent(), { timeout: 15_000 }).toContain('tree.json');
    expect(errors.filter((e) => !/tree\.json|Handled page error/.test(e))).toEqual([]);
    await context.close();
  });

  test('an operator’s edit of a content file made after the build shows on the prerendered page', async () => {
    const { page, errors, context } = await openPage(browser);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const built = readFileSync(`${inject('rootDist')}/content/ja/pages/bounces.md`, 'utf8');
    const edited = `${built.trimEnd()}\n\n運用者があとから書き足した段落です。\n`;
    await page.route('**/content/ja/pages/bounces.md', (route) => route.fulfill({ status: 200, contentType: 'text/markdown; charset=utf-8', body: edited }));
    await page.goto(`${nginx}/guide/bounces`);
    expect(await page.locator('main').textContent()).not.toContain('運用者があとから書き足した段落です。');
    await expect.poll(() => page.locator('main').textContent(), { timeout: 15_000 }).toContain('運用者があとから書き足した段落です。');
    // The changed file, and only it, was checked with the content schemas and parser.
    expect(requested.some((p) => /parse-content/.test(p))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('nginx with deploy/nginx.conf', () => {
  test('caching, compression and security headers', async () => {
    const html = await fetch(`${nginx}/guide/bounces`, { headers: { 'accept-encoding': 'gzip' } });
    expect(html.status).toBe(200);
    expect(html.headers.get('cache-control')).toBe('no-cache');
    expect(html.headers.get('content-encoding')).toBe('gzip');
    const csp = html.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(html.headers.get('x-content-type-options')).toBe('nosniff');
    expect(html.headers.get('referrer-policy')).toBe('no-referrer');

    const body = await html.text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(body)?.[1] ?? '';
    const js = await fetch(`${nginx}${asset}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(js.status).toBe(200);
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(js.headers.get('content-encoding')).toBe('gzip');
    expect(js.headers.get('content-security-policy')).toContain("default-src 'self'");

    for (const file of ['/content/ja/site.json', '/content/ja/pages/bounces.md', '/sw.js']) {
      const response = await fetch(`${nginx}${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('cache-control'), file).toBe('no-cache');
    }
  });

  test('an unknown URL answers 404 with the not-found page', async () => {
    const response = await fetch(`${nginx}/no/such/page`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('見つかりません');
    const { page, context } = await openPage(browser);
    await page.goto(`${nginx}/guide/no-such-topic`);
    await page.getByRole('heading', { name: /見つかりません/ }).waitFor();
    await context.close();
  });

  test('a link damaged in an e-mail (capitals, a sentence’s punctuation) lands where it points', async () => {
    const { page, context } = await openPage(browser);
    // Served as the 404 page (the file does not exist), then repaired in the browser.
    await page.goto(`${nginx}/Guide/Bounces${encodeURIComponent('）。')}`);
    await page.waitForURL(`${nginx}/guide/bounces`);
    await page.getByRole('heading', { level: 1, name: 'メールが返ってきたとき（宛先の確認）' }).waitFor();
    // A section link with the full stop of the sentence behind it still scrolls to the section.
    await page.goto(`${nginx}/guide/error-codes#permanent-reasons${encodeURIComponent('。')}`);
    await page.waitForURL(`${nginx}/guide/error-codes#permanent-reasons`);
    const top = () => page.locator('#permanent-reasons').evaluate((el) => el.getBoundingClientRect().top);
    await expect.poll(top).toBeLessThan(200);
    expect(await top()).toBeGreaterThanOrEqual(0);
    // Cut short by a line wrap: the not-found page offers the page it probably meant.
    await page.goto(`${nginx}/guide/recipient-che`);
    await page.getByRole('region', { name: 'もしかして、次のページですか？' }).getByRole('link').first().click();
    await page.waitForURL(`${nginx}/guide/recipient-checks`);
    await context.close();
  });

  test('pages run under the strict CSP with no violation and no third-party request', async () => {
    const { page, errors, context } = await openPage(browser);
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const origins = new Set<string>();
    page.on('request', (r) => origins.add(new URL(r.url()).origin));
    for (const path of ['/', '/guide', '/guide/recipient-checks', '/guide/error-codes', '/changelog']) {
      await page.goto(`${nginx}${path}`);
      await page.locator('main h1').waitFor();
    }
    await page.goto(`${nginx}/guide/timing`);
    await page.getByRole('link', { name: /次のトピック/ }).click();
    await page.waitForURL(/sending-frequency$/);
    // The site search's worker (worker-src 'self') and the index it fetches (connect-src 'self').
    await page.goto(`${nginx}/search?q=SPF`);
    await page.locator('main ol.search-results > li').first().waitFor();
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect([...origins]).toEqual([new URL(nginx).origin]);
    await context.close();
  });

  test('a sub-path build works entirely under /help/', async () => {
    const { page, errors, context } = await openPage(browser);
    const paths: string[] = [];
    page.on('request', (r) => paths.push(new URL(r.url()).pathname));
    const response = await page.goto(`${nginxHelp}/guide/quarantine#mailbox-full`);
    expect(response?.status()).toBe(200);
    await page.locator('#mailbox-full').waitFor();
    await page.getByRole('link', { name: 'ガイド', exact: true }).first().click();
    await page.waitForURL(`${nginxHelp}/guide`);
    await page.locator('.topic-cards a[href$="/guide/pop-imap"]').click();
    await page.waitForURL(/\/help\/guide\/pop-imap$/);
    await page.locator('main h1').waitFor();
    const missing = await fetch(`${nginxHelp}/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('見つかりません');
    expect(paths.filter((p) => !p.startsWith('/help/'))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('offline after a first visit', () => {
  test.each([
    ['at /', nginx],
    ['under /help/', nginxHelp],
  ])('the guide keeps working with the network off (%s)', async (_name, base) => {
    const { page, errors, context } = await openPage(browser, { serviceWorkers: 'allow' });
    await page.goto(`${base}/guide/bounces`);
    await page.locator('main h1').waitFor();
    // The service worker registers after the load event and takes control once it has cached everything.
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), null, { timeout: 20_000 });
    await context.setOffline(true);
    await page.reload();
    await page.locator('main h1').waitFor();
    expect(await page.locator('main h1').textContent()).toBe(guidePages.find((p) => p.path === '/guide/bounces')?.heading);
    // A page never visited: the app shell renders it from the cached content.
    await page.goto(`${base}/guide/firewall#contact-company`);
    await page.locator('#contact-company').waitFor();
    await page.getByRole('link', { name: /次のトピック/ }).click();
    await page.waitForURL(/pop-imap$/);
    await page.locator('main h1').waitFor();
    // The troubleshooter, never opened online, works offline too: its code and tree were precached.
    await page.getByRole('link', { name: '原因を探す' }).click();
    await page.waitForURL(/\/troubleshoot$/);
    await page.locator('.ts-answers a').first().click();
    await page.waitForURL(/\/troubleshoot\/[a-z0-9-]+\?path=/);
    await page.locator('.ts-step h1').waitFor();
    await page.goto(`${base}/troubleshoot/map`);
    await page.locator('.ts-map').waitFor();
    // So does the code lookup: its worker and the code database were precached.
    await page.goto(`${base}/smtp`);
    await page.locator('.smtp-lookup textarea').fill('550 5.1.1 <a@example.jp>: Recipient address rejected: User unknown');
    await page.getByRole('button', { name: '調べる' }).click();
    await page.locator('.smtp-result').first().waitFor();
    await page.goto(`${base}/smtp/codes/4.2.2`);
    await page.locator('.smtp-code .smtp-registry').waitFor();
    // And the site search: the search worker's script and the index it fetches come from the service worker.
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${base}/search?q=${encodeURIComponent('迷惑メール')}`);
    await page.locator('main ol.search-results > li').first().waitFor();
    expect(page.workers().map((w) => w.url())).toEqual([expect.stringMatching(/\/assets\/search\.worker-[\w-]+\.js$/)]);
    expect(requested.filter((p) => /\/assets\/search-engine-/.test(p))).toEqual([]);
    await context.setOffline(false);
    expect(errors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e))).toEqual([]);
    await context.close();
  });
});

describe('a half-deployed site', () => {
  test('a lazily loaded chunk that is gone makes the page reload once, then say what happened', async () => {
    const { page, context } = await openPage(browser);
    let blocked = 0;
    await page.route(/\/assets\/troubleshoot-routes-[^/]+\.js$/, (route) => {
      blocked += 1;
      return route.fulfill({ status: 404, body: 'gone' });
    });
    await page.goto(`${nginx}/guide/bounces`);
    await page.locator('main h1').waitFor();
    await page.getByRole('link', { name: '原因を探す' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('読み込みに失敗しました');
    expect(await page.getByRole('button', { name: '再読み込み' }).isVisible()).toBe(true);
    expect(blocked).toBeGreaterThanOrEqual(2); // the first failure reloaded the page once
    expect(await page.locator('.site-header').isVisible()).toBe(true);
    await context.close();
  });
});
