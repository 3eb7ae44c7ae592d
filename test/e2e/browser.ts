import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far: a page should produce none. */
  errors: string[];
}

export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  // Service workers are blocked unless a test opts in: they would bypass page.route interception.
  const context = await browser.newContext({ locale: 'ja-JP', serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return { page, context, errors };
}

/**
 * Serves every HTML document without its prerendered content and embedded data, as a host's bare
 * fallback page would: the app then renders in the browser and fetches every content file itself.
 * Used to test what happens when a content file is broken at run time.
 */
export async function withoutPrerender(page: Page): Promise<void> {
  await page.route(
    (url) => !/\.[a-z0-9]+$/i.test(url.pathname) || url.pathname.endsWith('.html'),
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const response = await route.fetch();
      const body = (await response.text())
        .replace(/<script type="application\/json" id="app-state">[\s\S]*?<\/script>/, '')
        .replace(/<div id="root" data-path="[^"]*">[\s\S]*<\/div>(\s*<noscript>)/, '<div id="root"></div>$1');
      await route.fulfill({ response, body });
    },
  );
}

/**
 * Holds back every request whose URL matches `pattern` (a script chunk), as a slow phone would still be
 * downloading it, until the returned function is called. For checking what a reader can do before the
 * page's own code has arrived.
 */
export async function holdRequests(page: Page, pattern: RegExp): Promise<() => void> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/**
 * Waits until the app has hydrated the prerendered page (main.tsx sets <html data-app-ready>). Hydration
 * runs in slices, so a test that changes the DOM itself must wait, or React may replace its changes.
 * The mark is the shell's: a lazily loaded area's page (troubleshooter, lookup, search, headers) may
 * hydrate after it, and what depends on the URL's ?query or #hash switches after that (useHydrated), so
 * a test that needs those waits for what a reader would see.
 */
export async function appReady(page: Page): Promise<void> {
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
}
