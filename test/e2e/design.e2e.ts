import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appReady, holdRequests, launchBrowser, openPage } from './browser';

// The visual design's promises that a user can check: a compact header on a phone, fields iOS does not
// zoom into, phrase-aware line breaks that survive hydration, the lookup's result in view on a host that
// adds a trailing slash, print output (nothing to click on paper, page count), and the search-engine files.

const root = inject('rootUrl');
const subpath = inject('subpathUrl');
const plain = inject('plainStaticUrl');

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await appReady(page);
}

describe('phone ergonomics', () => {
  test.each(['light', 'dark'] as const)('the header is at most 80 px high on a 390 px phone (%s)', async (colorScheme) => {
    const { page, context, errors } = await openPage(browser, { ...PHONE, colorScheme });
    for (const path of ['/', '/guide/recipient-checks', '/smtp', '/troubleshoot']) {
      await open(page, `${root}${path}`);
      const height = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height);
      expect(height, path).toBeLessThanOrEqual(80);
      // The menu holds the main links there, and opens over the page.
      await page.locator('.site-header__topics summary').click();
      const links = page.getByRole('navigation', { name: '主なメニュー' }).getByRole('link');
      expect(await links.count(), path).toBe(3);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('.site-header__topics').getAttribute('open')).toBeNull();
    }
    // The narrowest phone still gets one row: the site name, the search button and the menu.
    await page.setViewportSize({ width: 320, height: 640 });
    const narrow = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height);
    expect(narrow, '320 px').toBeLessThanOrEqual(80);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a menu opened before any script ran closes once the page is live: on Escape, and on a tap outside it', async () => {
    const { page, context, errors } = await openPage(browser, PHONE);
    // The entry script arrives late, as on a slow phone: the reader opens the menu on the prerendered page.
    const release = await holdRequests(page, /\/assets\/index-[^/]+\.js$/);
    await page.goto(`${root}/guide/recipient-checks`, { waitUntil: 'commit' });
    const menu = page.locator('.site-header__topics');
    await menu.locator('summary').tap();
    expect(await menu.getAttribute('open')).toBe('');
    release();
    await appReady(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.getAttribute('open')).toBeNull();
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('.site-header__topics summary'))).toBe(true);
    // On a tablet the menu drops down beside the page: opened again, then a tap on the page's heading closes it.
    await page.setViewportSize({ width: 1024, height: 768 });
    await menu.locator('summary').tap();
    expect(await menu.getAttribute('open')).toBe('');
    await page.locator('main h1').tap();
    await expect.poll(() => menu.getAttribute('open')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('every text field uses at least 16 px text (iOS zooms into smaller ones)', async () => {
    const { page, context } = await openPage(browser, PHONE);
    const fields: { path: string; size: number; field: string }[] = [];
    // Each page's fields, some of which appear only once the page's script has run (the code list's and
    // the map's filters): wait for them, so that a field rendered after hydration is measured too.
    const expected: Record<string, string> = {
      '/smtp': 'textarea',
      '/smtp/codes': '.smtp-filter input',
      '/troubleshoot/map': 'main input',
      '/headers': 'textarea',
    };
    for (const path of ['/smtp', '/smtp/codes', '/troubleshoot/map', '/headers', '/search']) {
      await open(page, `${root}${path}`);
      const selector = expected[path];
      if (selector !== undefined) await page.locator(selector).first().waitFor();
      const sizes = await page.$$eval('input:not([type=checkbox]):not([type=radio]), textarea, select', (all) =>
        all.map((el) => ({ size: parseFloat(getComputedStyle(el).fontSize), field: el.outerHTML.slice(0, 60) })),
      );
      fields.push(...sizes.map((s) => ({ path, ...s })));
    }
    // The lookup's paste box and the code list's filter at least (the other pages' fields when present).
    expect(fields.some((f) => f.path === '/smtp' && f.field.startsWith('<textarea'))).toBe(true);
    expect(fields.some((f) => f.path === '/smtp/codes')).toBe(true);
    expect(fields.filter((f) => f.size < 16)).toEqual([]);
    await context.close();
  });

  test('the home page: topic cards with their descriptions and an icon, and a heading that fits them', async () => {
    const { page, context, errors } = await openPage(browser, PHONE);
    await open(page, `${root}/`);
    const cards = page.locator('.topic-card');
    expect(await cards.count()).toBeGreaterThan(5);
    const drawings = new Set<string>();
    for (const card of await cards.all()) {
      expect(((await card.locator('.topic-card__description').textContent()) ?? '').length).toBeGreaterThan(10);
      // An icon the reader can see: drawn (a path), in the accent colour, on its tile, and silent to screen readers.
      const icon = await card.locator('.topic-card__icon svg').evaluate((svg) => ({
        hidden: svg.getAttribute('aria-hidden'),
        drawn: (svg.querySelector('path')?.getAttribute('d') ?? '').length,
        box: svg.getBoundingClientRect().width,
        stroke: getComputedStyle(svg).stroke,
        accent: getComputedStyle(svg.parentElement!).color,
      }));
      expect(icon.hidden).toBe('true');
      expect(icon.drawn).toBeGreaterThan(10);
      expect(icon.box).toBeGreaterThanOrEqual(20);
      expect(icon.stroke).toBe(icon.accent);
      drawings.add(await card.locator('.topic-card__icon path').getAttribute('d') ?? '');
    }
    // Each topic of the shipped content has an icon of its own (none falls back to the generic page).
    expect(drawings.size).toBe(await cards.count());
    expect(await page.getByRole('heading', { name: 'よくある原因' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('Japanese line breaks at phrase boundaries', () => {
  test('prerendered headings carry <wbr> at phrase boundaries, and hydration keeps them without an error', async () => {
    const { page, context, errors } = await openPage(browser, PHONE);
    await open(page, `${root}/`);
    const title = page.locator('main h1');
    expect(await title.innerHTML()).toBe('メールが<wbr>届かない<wbr>ときの<wbr>ガイド');
    expect(await title.textContent()).toBe('メールが届かないときのガイド');
    // The home title breaks between phrases, never leaving 「ド」 alone on a line (two lines at most at 390 px).
    const lines = await title.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(lines).toBeLessThanOrEqual(2);
    expect(await title.evaluate((el) => getComputedStyle(el).wordBreak)).toBe('auto-phrase');
    await open(page, `${root}/guide/timing`);
    expect(await page.locator('main h1').innerHTML()).toContain('<wbr>');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the lookup result comes into view', () => {
  test.each([
    ['a host without trailing slashes', () => `${root}/smtp`],
    ['a host that adds the trailing slash (S3, GitHub Pages)', () => `${plain}/smtp`],
  ])('on %s, after 調べる on a phone the result heading is in view and focused', async (_name, url) => {
    const { page, context, errors } = await openPage(browser, PHONE);
    await open(page, url());
    if (url().startsWith(plain)) expect(new URL(page.url()).pathname).toBe('/smtp/');
    await page.getByRole('textbox').first().fill('550 5.1.1 <taro@example.jp>: Recipient address rejected: User unknown in virtual mailbox table');
    await page.getByRole('button', { name: '調べる', exact: true }).click();
    const heading = page.getByRole('heading', { name: /調べた結果/ });
    await heading.waitFor();
    await expect
      .poll(() => heading.evaluate((el) => ({ focused: document.activeElement === el, top: Math.round(el.getBoundingClientRect().top) })))
      .toMatchObject({ focused: true });
    await expect.poll(() => heading.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    await expect.poll(() => heading.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(844 / 2);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** Number of pages in a PDF made by Chromium (one "/Type /Page" object per page). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** Elements a reader could click or that navigate, still visible in print media. */
function visibleControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('nav, button, summary, details, form, input[type=search], textarea, [role=button]')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      })
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}"`),
  );
}

describe('print', () => {
  test('a guide page prints without navigation, menus or buttons; links show where they lead; the footer has the address and date', async () => {
    const { page, context, errors } = await openPage(browser);
    await open(page, `${root}/guide/recipient-checks`);
    // The print preparations load once the page is idle after load: print (again) until they have run.
    await expect
      .poll(async () => {
        await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
        return page.locator('main a[data-print-url]').count();
      })
      .toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    expect(await visibleControls(page)).toEqual([]);
    expect(await page.locator('.site-header__topics').isVisible()).toBe(false);
    // A link in the text is followed by its full address.
    const external = page.locator('main a[data-print-url]').first();
    const after = await external.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toContain('http');
    const meta = page.locator('.print-meta');
    expect(await meta.isVisible()).toBe(true);
    expect(await meta.textContent()).toContain(`${root}/guide/recipient-checks`);
    expect(await meta.textContent()).toMatch(/印刷日：\d{4}年\d{1,2}月\d{1,2}日/);
    // The handout carries a QR code of its address.
    expect(await meta.locator('svg.print-meta__qr').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdfPageCount(pdf)).toBeGreaterThan(0);
    expect(pdfPageCount(pdf)).toBeLessThanOrEqual(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('every guide page prints without navigation, menus or buttons', async () => {
    const { page, context } = await openPage(browser);
    await open(page, `${root}/guide`);
    const paths = await page.locator('.topic-cards a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await page.emulateMedia({ media: 'print' });
    for (const path of paths) {
      await open(page, `${root}${path}`);
      expect(await visibleControls(page), path).toEqual([]);
    }
    await context.close();
  }, 240_000);

  test('a lookup result prints the result first, not the form', async () => {
    const { page, context, errors } = await openPage(browser);
    await open(page, `${root}/smtp?q=${encodeURIComponent('550 5.1.1')}`);
    await page.getByRole('heading', { name: /調べた結果/ }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.smtp-form').isVisible()).toBe(false);
    expect(await visibleControls(page)).toEqual([]);
    const resultTop = await page.locator('.smtp-result').first().evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(resultTop).toBeLessThan(400);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a troubleshooter outcome prints without its answer buttons and menus', async () => {
    const { page, context } = await openPage(browser);
    await open(page, `${root}/troubleshoot`);
    // Follow the first answer until a page without answers (an outcome or a contact page).
    for (let i = 0; i < 8 && (await page.locator('.ts-answers a').count()) > 0; i++) {
      const before = page.url();
      await page.locator('.ts-answers a').first().click();
      await page.waitForURL((u) => u.href !== before);
      await page.locator('main h1').waitFor();
    }
    expect(await page.locator('.ts-answers a').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    expect(await visibleControls(page)).toEqual([]);
    expect(await page.locator('main h1').isVisible()).toBe(true);
    await context.close();
  });
});

describe('search-engine files', () => {
  test.each([
    ['at /', () => root, ''],
    ['under /help/', () => subpath, '/help'],
  ])('robots.txt and sitemap.xml %s, served as text and XML by npm start', async (_name, base, prefix) => {
    const robots = await fetch(`${base()}/robots.txt`);
    expect(robots.status).toBe(200);
    expect(robots.headers.get('content-type')).toMatch(/^text\/plain/);
    const robotsText = await robots.text();
    expect(robotsText).toMatch(/^User-agent: \*$/m);
    expect(robotsText).toMatch(new RegExp(`^Sitemap: https?://[^/]+${prefix}/sitemap\\.xml$`, 'm'));
    const sitemap = await fetch(`${base()}/sitemap.xml`);
    expect(sitemap.status).toBe(200);
    expect(sitemap.headers.get('content-type')).toMatch(/xml/);
    const xml = await sitemap.text();
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? ''));
    expect(locs.length).toBeGreaterThan(20);
    expect(locs.every((u) => u.pathname.startsWith(`${prefix}/`))).toBe(true);
    for (const path of ['/', '/guide/recipient-checks', '/smtp', '/troubleshoot', '/smtp/codes/550']) {
      expect(locs.some((u) => u.pathname === `${prefix}${path}`), path).toBe(true);
    }
    // Every listed page is really there.
    for (const u of locs.slice(0, 15)) {
      const response = await fetch(`${base().replace(/\/help$/, '')}${u.pathname}`);
      expect(response.status, u.pathname).toBe(200);
    }
  });
});
