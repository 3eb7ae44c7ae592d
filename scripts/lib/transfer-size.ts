import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import type { Browser, Request } from 'playwright-core';
import { CHROME_FLAGS, CHROME_PATH } from './chromium';
import { isCompressible } from './static-server';

export interface TransferEntry {
  /** Path and query on the site's origin, or the full URL for another origin. */
  url: string;
  /** Playwright's resource type: document, script, stylesheet, fetch, font, image, … */
  resourceType: string;
  contentType: string;
  /** Decoded body size. */
  rawBytes: number;
  /** Body gzip-compressed at level 9 (raw size for already-compressed types: images, fonts). */
  gzipBytes: number;
  /** Bytes on the wire as Chromium saw them: encoded body plus response headers. */
  wireBytes: number;
  /** Issued by a service worker (e.g. precaching) rather than by the page. */
  serviceWorker: boolean;
  /** Finished after the page went network-idle: not part of the first-visit figures. */
  late: boolean;
  /** Requested after the page became interactive (hydration committed, <html data-app-ready>): not part of
   * the JavaScript the page needs first (e.g. the content check loaded for the refresh after load). */
  afterInteractive: boolean;
}

export interface TransferReport {
  path: string;
  entries: TransferEntry[];
  /** Every requested URL on another origin (must stay empty: the site is self-hosted). */
  foreignRequests: string[];
  /** JavaScript requested before the page was interactive (gzip bytes). */
  jsBytes: number;
  /** Everything the page itself loaded on a first visit (gzip bytes). */
  totalBytes: number;
  /** The same total as Chromium counted it on the wire. */
  totalWireBytes: number;
}

async function entryFor(request: Request, origin: string, late: boolean): Promise<TransferEntry | null> {
  const response = await request.response();
  if (!response) return null;
  const contentType = (await response.headerValue('content-type')) ?? '';
  let body: Buffer;
  try {
    body = await response.body();
  } catch {
    body = Buffer.alloc(0); // redirects and aborted bodies carry nothing to count
  }
  const sizes = await request.sizes();
  const url = new URL(request.url());
  return {
    url: url.origin === origin ? `${url.pathname}${url.search}` : request.url(),
    resourceType: request.resourceType(),
    contentType,
    rawBytes: body.length,
    gzipBytes: isCompressible(contentType) ? gzipSync(body, { level: 9 }).length : body.length,
    wireBytes: sizes.responseBodySize + sizes.responseHeadersSize,
    serviceWorker: request.serviceWorker() !== null,
    late,
    afterInteractive: false,
  };
}

/**
 * Loads `path` once with a cold cache and records every response up to the load event plus network
 * idle; anything after that (lazy chunks, service-worker precaching) is listed as late and not counted.
 */
export async function measureTransfer(origin: string, path: string, readySelector = 'main h1'): Promise<TransferReport> {
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
    const context = await browser.newContext({ locale: 'ja-JP' });
    const page = await context.newPage();
    const foreignRequests: string[] = [];
    const pending: Promise<TransferEntry | null>[] = [];
    let idle = false;
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreignRequests.push(request.url());
    });
    // A request still being read when the browser closes (after an error) is dropped, not left unhandled.
    context.on('requestfinished', (request) => pending.push(entryFor(request, origin, idle).catch(() => null)));
    await page.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 30_000 });
    await page.waitForLoadState('networkidle', { timeout: 30_000 });
    await page.locator(readySelector).first().waitFor({ timeout: 10_000 });
    idle = true;
    // Give late requests (service-worker install, prefetches) a moment to show up in the list.
    await page.waitForTimeout(1500);
    // When each resource was requested, against the moment the app marked itself ready (main.tsx).
    const timing = await page.evaluate(() => ({
      ready: performance.getEntriesByName('app-ready', 'mark')[0]?.startTime ?? null,
      resources: performance.getEntriesByType('resource').map((e) => [e.name, e.startTime] as const),
    }));
    if (timing.ready === null) throw new Error(`${path} never became interactive (no "app-ready" performance mark)`);
    const requestedAt = new Map<string, number>();
    for (const [name, start] of timing.resources) {
      const url = new URL(name);
      const key = url.origin === origin ? `${url.pathname}${url.search}` : name;
      if (!requestedAt.has(key)) requestedAt.set(key, start);
    }
    const entries = (await Promise.all(pending))
      .filter((e): e is TransferEntry => e !== null)
      .map((e) => ({ ...e, afterInteractive: (requestedAt.get(e.url) ?? 0) > (timing.ready ?? 0) }));
    const counted = entries.filter((e) => !e.late && !e.serviceWorker);
    const sum = (list: TransferEntry[], pick: (e: TransferEntry) => number) => list.reduce((n, e) => n + pick(e), 0);
    return {
      path,
      entries,
      foreignRequests,
      jsBytes: sum(
        counted.filter((e) => !e.afterInteractive && (e.resourceType === 'script' || /javascript/.test(e.contentType))),
        (e) => e.gzipBytes,
      ),
      totalBytes: sum(counted, (e) => e.gzipBytes),
      totalWireBytes: sum(counted, (e) => e.wireBytes),
    };
  } finally {
    await browser?.close();
  }
}
