import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser';
import { startNginx } from './nginx';
import { freePort } from './servers';

// A site deployed twice: nginx serves whatever `current` points to, as a deploy that swaps a symlink does.
const work = resolve('.tmp', `deploy-update-${process.pid}`);
const current = resolve(work, 'current');
let browser: Browser;
let server: { url: string; stop: () => Promise<void> };

function pointTo(dir: string) {
  rmSync(current, { force: true });
  symlinkSync(dir, current);
}

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const first = resolve(work, 'first');
  const second = resolve(work, 'second');
  cpSync(inject('rootDist'), first, { recursive: true });
  cpSync(inject('rootDist'), second, { recursive: true });
  // The second deploy, as a rebuild after a content edit makes it: a new site name in the content and
  // in every prerendered page, and a new service worker (its precache list changed).
  const siteFile = resolve(second, 'content/ja/site.json');
  const site = JSON.parse(readFileSync(siteFile, 'utf8')) as { siteName: string };
  const renamed = `${site.siteName}（第2版）`;
  for (const file of readdirSync(second, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html') && !file.endsWith('site.json')) continue;
    const path = resolve(second, file);
    // The build breaks Japanese phrases with <wbr> (the header's site name among them); a rebuild would break
    // the new name too. Dropping the breaks keeps the markup what React hydrates (the same text).
    const html = readFileSync(path, 'utf8').replaceAll('<wbr>', '');
    writeFileSync(path, html.replaceAll(site.siteName, renamed));
  }
  writeFileSync(resolve(second, 'sw.js'), `${readFileSync(resolve(second, 'sw.js'), 'utf8')}\n// deploy 2\n`);
  pointTo(first);
  server = await startNginx({ port: await freePort(), distDir: current, base: '/', name: `update-${process.pid}` });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('a new deploy', () => {
  test('is picked up by an open page with a quiet notice, and served on the next visit', async () => {
    const { page, errors, context } = await openPage(browser, { serviceWorkers: 'allow' });
    await page.goto(`${server.url}/guide/timing`);
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), null, { timeout: 20_000 });
    const oldName = (await page.locator('.site-header__name').textContent()) ?? '';
    expect(oldName).not.toContain('第2版');

    pointTo(resolve(work, 'second'));
    // Browsers check for a new service worker on navigations and periodically; ask now.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const notice = page.getByRole('status').filter({ hasText: 'サイトが更新されました' });
    await notice.waitFor({ timeout: 20_000 });
    await notice.getByRole('button', { name: /再読み込み/ }).click();
    await expect.poll(() => page.locator('.site-header__name').textContent(), { timeout: 20_000 }).toContain('第2版');
    // A fresh visit gets the new deploy too.
    const next = await context.newPage();
    await next.goto(`${server.url}/guide/bounces`);
    await expect.poll(() => next.locator('.site-header__name').textContent(), { timeout: 20_000 }).toContain('第2版');
    expect(errors).toEqual([]);
    await context.close();
  });
});
