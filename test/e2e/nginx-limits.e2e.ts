import { connect } from 'node:http2';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser';
import { startNginx } from './nginx';
import { freePort } from './servers';
import { JAPANESE_SHARE_CHARS, fitsLookupLink, planShare } from '../../src/features/smtp/share-query';
import { analyse } from '../../src/engine/smtp/analyse';
import { smtpDb } from '../../src/content/schemas/smtp-db';
import { MAX_LINK_LENGTH, paths } from '../../src/routes';
import { readFileSync } from 'node:fs';

// deploy/nginx.conf at its edges: the longest link the app can hand out, a link with broken
// percent-encoding, one longer than any the app makes, and the HTTPS server as shipped (HTTP/2, HSTS, the
// redirect from port 80, no version in the Server header).
const nginx = inject('nginxUrl');
const nginxHelp = inject('nginxSubpathUrl');
const rootDist = inject('rootDist');
const db = smtpDb.parse(JSON.parse(readFileSync('public/data/smtp-codes.json', 'utf8')));

let browser: Browser;
let tls: Awaited<ReturnType<typeof startNginx>>;
beforeAll(async () => {
  browser = await launchBrowser();
  tls = await startNginx({ port: await freePort(), httpPort: await freePort(), distDir: rootDist, base: '/', name: `tls-${process.pid}`, tls: true });
});
afterAll(async () => {
  await browser?.close();
  await tls?.stop();
});

/** The longest full-text lookup link the app hands out: a Japanese bounce grown until one more character would not fit. */
async function longestShareLink(): Promise<{ href: string; text: string }> {
  let text = '550 5.1.1 宛先のメールアドレスが見つかりません。';
  while (fitsLookupLink(`${text}あ`)) text += 'あ';
  const analysis = await analyse(text, db);
  const plan = planShare(text, analysis.results, db, true);
  expect(plan.kind).toBe('full');
  return { href: paths.smtp.href(plan.query), text };
}

const ALL_BUT_LOAD_ERRORS = (errors: string[]) => errors.filter((e) => !/Failed to load resource: the server responded with a status of (400|404|414)/.test(e));

describe('links at the edge of the request-line limit', () => {
  test('the longest share link the app can generate opens the lookup with the whole text (status 200)', async () => {
    const { href, text } = await longestShareLink();
    expect(href.length).toBeGreaterThan(MAX_LINK_LENGTH - 9);
    expect(href.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    expect(text.length).toBeGreaterThanOrEqual(JAPANESE_SHARE_CHARS);
    for (const base of [nginx, nginxHelp]) {
      const { page, errors, context } = await openPage(browser);
      const response = await page.goto(`${base}${href}`);
      expect(response?.status()).toBe(200);
      await page.getByRole('heading', { level: 2, name: /^調べた結果/ }).waitFor({ timeout: 20_000 });
      expect(await page.getByLabel(/エラーのメール（バウンスメール）の本文/).inputValue()).toBe(text);
      expect(await page.locator('.smtp-result').first().textContent()).toContain('5.1.1');
      expect(ALL_BUT_LOAD_ERRORS(errors)).toEqual([]);
      await context.close();
    }
  });

  test.each([
    { name: 'broken percent-encoding (400)', path: '/guide/%E0%A4%A', status: 400 },
    { name: 'a path longer than any link the app makes (414)', path: `/guide/${'a'.repeat(20_000)}`, status: 414 },
  ])('$name: the app’s not-found page with its suggestions, status kept', async ({ path, status }) => {
    for (const base of [nginx, nginxHelp]) {
      const raw = await fetch(`${base}${path}`);
      expect(raw.status).toBe(status);
      expect(raw.headers.get('server')).toBe('nginx');
      expect(raw.headers.get('content-security-policy')).toContain("default-src 'self'");
      const html = await raw.text();
      expect(html).not.toContain('<center>nginx</center>');
      expect(html).toContain('見つかりません');

      const { page, errors, context } = await openPage(browser);
      const response = await page.goto(`${base}${path}`);
      expect(response?.status()).toBe(status);
      await page.getByRole('heading', { level: 1, name: 'ページが見つかりません' }).waitFor();
      // The app ran (the sub-path's scripts and styles loaded from its base), and offers a way on.
      await page.getByRole('link', { name: 'ガイドの一覧を見る' }).waitFor();
      expect(await page.getByRole('link', { name: 'ガイドの一覧を見る' }).getAttribute('href')).toBe(`${new URL(base).pathname.replace(/\/$/, '')}/guide`);
      expect(ALL_BUT_LOAD_ERRORS(errors)).toEqual([]);
      await context.close();
    }
  });

  test('a share link longer than the app now makes (an old 4,000-character one) still opens in the app, status 414 kept', async () => {
    const text = `550 5.1.1 ${'宛先不明'.repeat(1000)}`;
    const { page, context } = await openPage(browser);
    const response = await page.goto(`${nginx}${paths.smtp.href(text)}`);
    expect(response?.status()).toBe(414);
    expect(await page.locator('body').textContent()).not.toContain('Request-URI Too Large');
    await page.getByRole('heading', { level: 2, name: /^調べた結果/ }).waitFor({ timeout: 20_000 });
    expect(await page.getByLabel(/エラーのメール（バウンスメール）の本文/).inputValue()).toBe(text);
    await context.close();
  });
});

/** One HTTP/2 request over TLS (the certificate is self-signed, made by the harness). */
function h2Get(origin: string, path: string): Promise<{ alpn: string | false | undefined; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const session = connect(origin, { rejectUnauthorized: false });
    session.on('error', reject);
    const request = session.request({ ':path': path });
    let body = '';
    let headers: Record<string, string | string[] | undefined> = {};
    request.setEncoding('utf8');
    request.on('response', (h) => (headers = h));
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      const alpn = session.alpnProtocol;
      session.close();
      resolve({ alpn, headers, body });
    });
    request.on('error', reject);
    request.end();
  });
}

describe('the HTTPS server as shipped', () => {
  test('HTTP/2 over TLS, HSTS, the security headers, no nginx version', async () => {
    const origin = new URL(tls.url).origin;
    for (const [path, status] of [['/guide/bounces', 200], ['/no/such/page', 404], ['/guide/%E0%A4%A', 400]] as const) {
      const r = await h2Get(origin, path);
      expect(r.alpn).toBe('h2');
      expect(r.headers[':status'], path).toBe(status);
      expect(r.headers['strict-transport-security'], path).toBe('max-age=31536000');
      expect(r.headers.server, path).toBe('nginx');
      expect(r.headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(r.headers['x-content-type-options'], path).toBe('nosniff');
      expect(r.body, path).toContain('<div id="root"');
    }
    const { href } = await longestShareLink();
    expect((await h2Get(origin, href)).headers[':status']).toBe(200);
  });

  test('port 80 redirects every URL to HTTPS, says no version and sends no HSTS over plain HTTP', async () => {
    const r = await fetch(`${tls.httpUrl}/guide/bounces?x=1`, { redirect: 'manual' });
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe('https://127.0.0.1/guide/bounces?x=1');
    expect(r.headers.get('server')).toBe('nginx');
    expect(r.headers.get('strict-transport-security')).toBeNull();
    const { href } = await longestShareLink();
    const long = await fetch(`${tls.httpUrl}${href}`, { redirect: 'manual' });
    expect(long.status).toBe(301);
    expect(long.headers.get('location')).toBe(`https://127.0.0.1${href}`);
  });

  test('plain-HTTP test server: the same header policy, no version on any response', async () => {
    for (const path of ['/guide/bounces', '/no/such/page']) {
      const r = await fetch(`${nginx}${path}`);
      expect(r.headers.get('server')).toBe('nginx');
      expect(r.headers.get('strict-transport-security')).toBe('max-age=31536000');
    }
  });
});
