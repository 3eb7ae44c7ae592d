import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { AUDIT_ROUTES } from '../../scripts/lib/audit-routes';
import type { AuditRoute } from '../../scripts/lib/audit-routes';
import { appReady, launchBrowser, openPage } from './browser';

const root = inject('rootUrl');

interface Mode {
  name: string;
  context: BrowserContextOptions;
  /** Text-only zoom: the root font size is doubled after load, the window stays wide. */
  textZoom?: boolean;
}

// WCAG 1.4.10 (reflow) and 1.4.4 (resize text). Browser zoom to 200% of a 640 px window leaves a 320 px
// CSS viewport, which is what the second mode gives; the device scale factor only sharpens the pixels.
const MODES: Mode[] = [
  { name: 'a 320 px phone', context: { viewport: { width: 320, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } },
  { name: 'a 640 px window at 200% zoom', context: { viewport: { width: 320, height: 400 }, deviceScaleFactor: 2 } },
  { name: 'a 1280 px window with text-only zoom 200%', context: { viewport: { width: 1280, height: 800 } }, textZoom: true },
];

/** Every topic page is checked too (long codes and URLs live in their text), read from the site's own list. */
function topicRoutes(): AuditRoute[] {
  const site: unknown = JSON.parse(readFileSync('public/content/ja/site.json', 'utf8'));
  const topics = typeof site === 'object' && site !== null && 'topics' in site && Array.isArray(site.topics) ? site.topics : [];
  const slugs = topics.map((t: unknown) => (typeof t === 'object' && t !== null && 'slug' in t ? String(t.slug) : ''));
  return slugs
    .filter((slug) => slug !== '' && !AUDIT_ROUTES.some((r) => r.path === `/guide/${slug}`))
    .map((slug) => ({ name: `topic ${slug}`, path: `/guide/${slug}`, shows: '.guide-page .pager' }));
}

const ROUTES = [...AUDIT_ROUTES, ...topicRoutes()];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  /** Elements or text runs that reach past the viewport or the box that clips them. */
  cutOff: string[];
}

// Runs in the page. Kept free of named inner functions so it serialises as written.
function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const doc = document.scrollingElement ?? document.documentElement;
    const width = doc.clientWidth;
    const cutOff: string[] = [];
    const label = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    // Right edge of the area an element may draw in: the viewport, narrowed by ancestors that clip.
    // Undefined when an ancestor scrolls horizontally on purpose (wide tables, code blocks).
    const limit = (el: Element): number | undefined => {
      let right = width;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const overflowX = getComputedStyle(a).overflowX;
        if (overflowX === 'auto' || overflowX === 'scroll') return undefined;
        if (overflowX === 'hidden' || overflowX === 'clip') right = Math.min(right, a.getBoundingClientRect().right);
      }
      return right;
    };
    const hidden = (el: Element) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      // Screen-reader-only text (1 px boxes, clip) is meant to be invisible.
      return style.visibility === 'hidden' || box.width <= 1 || box.height <= 1 || style.clip === 'rect(0px, 0px, 0px, 0px)';
    };
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('script, style, template, noscript') || hidden(el) || el.closest('.visually-hidden')) continue;
      const right = limit(el);
      if (right === undefined) continue;
      const box = el.getBoundingClientRect();
      if (box.right > right + 1 || box.left < -1) cutOff.push(`${label(el)} spans ${Math.round(box.left)}–${Math.round(box.right)} px`);
      // Text can spill out of a box that itself fits (an unbreakable word): measure the text runs too.
      for (const node of el.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) {
          if (rect.width > 0 && (rect.right > right + 1 || rect.left < -1)) {
            cutOff.push(`text "${node.textContent.trim().slice(0, 40)}" in ${label(el)} ends at ${Math.round(rect.right)} px`);
            break;
          }
        }
      }
    }
    return { scrollWidth: doc.scrollWidth, clientWidth: width, cutOff };
  });
}

async function open(page: Page, route: AuditRoute, mode: Mode): Promise<void> {
  await page.goto(`${root}${route.path}`);
  await page.locator(route.shows).first().waitFor();
  await appReady(page);
  if (mode.textZoom) await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  // The header's topic menu is part of every page: check it open too.
  await page.$$eval('details', (all) => all.forEach((d) => d.setAttribute('open', '')));
}

describe('reflow: no horizontal scrolling and nothing cut off', () => {
  const cases = MODES.flatMap((mode) => ROUTES.map((route) => [route.name, mode.name, route, mode] as const));

  test.each(cases)('%s on %s', async (_route, _mode, route, mode) => {
    const { page, context, errors } = await openPage(browser, mode.context);
    await open(page, route, mode);
    const result = await measureOverflow(page);
    if (!mode.textZoom) expect(result.clientWidth).toBe(320);
    expect(result.cutOff, `${route.path}:\n${result.cutOff.join('\n')}`).toEqual([]);
    expect(result.scrollWidth, route.path).toBeLessThanOrEqual(result.clientWidth);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('text-only zoom really doubles the text size (the check above is not a no-op)', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${root}/guide/bounces`);
    await page.locator('main h1').waitFor();
    const size = () => page.locator('main p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = await size();
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    expect(await size()).toBeCloseTo(before * 2, 0);
    await context.close();
  });

  test('the overflow check catches a box wider than the viewport', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 320, height: 640 } });
    await page.goto(`${root}/guide/bounces`);
    await appReady(page);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'x'.repeat(40);
      p.style.whiteSpace = 'nowrap';
      p.style.overflowWrap = 'normal';
      document.querySelector('main')?.append(p);
    });
    const result = await measureOverflow(page);
    expect(result.cutOff.some((line) => line.includes('xxxxxxxx'))).toBe(true);
    await context.close();
  });
});
