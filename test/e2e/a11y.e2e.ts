import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { AUDIT_ROUTES } from '../../scripts/lib/audit-routes';
import { appReady, launchBrowser, openPage } from './browser';

const root = inject('rootUrl');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCHEMES = ['light', 'dark'] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** One line per failing node, so a failure says what to fix and where without opening a report. */
function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} → ${node.target.join(' ')}`));
}

describe('axe: WCAG 2.2 AA on every route type', () => {
  const cases = AUDIT_ROUTES.flatMap((route) => SCHEMES.map((scheme) => [route.name, scheme, route] as const));

  test.each(cases)('%s (%s scheme) has no violations', async (_name, scheme, route) => {
    const { page, context, errors } = await openPage(browser, { colorScheme: scheme });
    await page.goto(`${root}${route.path}`);
    await page.locator(route.shows).first().waitFor();
    await appReady(page);
    // Closed disclosures (the header's topic menu) hide their content from axe: open them all.
    await page.$$eval('details', (all) => all.forEach((d) => d.setAttribute('open', '')));
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const report = describeViolations(results.violations);
    expect(report, `${route.path} (${scheme}):\n${report.join('\n')}`).toEqual([]);
    // An empty page passes axe trivially: make sure it audited real content.
    expect(results.passes.length).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await context.close();
  });

  test.each(SCHEMES)('the audit catches injected defects (%s scheme)', async (scheme) => {
    const { page, context } = await openPage(browser, { colorScheme: scheme });
    await page.goto(`${root}/guide`);
    await appReady(page);
    await page.evaluate(() => {
      const faint = document.createElement('p');
      faint.textContent = '薄い文字';
      faint.style.color = 'rgb(128, 128, 128)';
      faint.style.background = 'rgb(140, 140, 140)';
      const image = document.createElement('img');
      image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.querySelector('main')?.append(faint, image);
    });
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => v.id).sort()).toEqual(['color-contrast', 'image-alt']);
    await context.close();
  });
});

interface Focused {
  tag: string;
  text: string;
  id: string;
  inside: string;
  /** Whether the focused element shows a focus indicator (outline or box-shadow). */
  indicated: boolean;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement)) return { tag: '', text: '', id: '', inside: '', indicated: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
      id: el.id,
      inside: el.closest('nav[aria-label]')?.getAttribute('aria-label') ?? '',
      indicated: outline || style.boxShadow !== 'none',
    };
  });
}

/** Presses Tab until `want` matches (each stop must show a focus indicator), failing after `max` presses. */
async function tabUntil(page: Page, want: (f: Focused) => boolean, max = 80): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    expect(now.indicated, `focus indicator on <${now.tag}> "${now.text}"`).toBe(true);
    if (want(now)) return now;
    seen.push(`<${now.tag}> ${now.text.slice(0, 30)}`);
  }
  throw new Error(`not reached with ${max} Tab presses; focus went through:\n${seen.join('\n')}`);
}

describe('keyboard only', () => {
  test('skip link first, then the topic menu and its links', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${root}/guide/recipient-checks`);
    await page.locator('.checklist').waitFor();
    const first = await tabUntil(page, () => true, 1);
    expect(first).toMatchObject({ tag: 'a', text: '本文へスキップ' });
    expect(await page.locator('.skip-link').evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page).then((f) => f.id)).toBe('main');
    // Following the skip link must not be mistaken for a link to a missing section.
    expect(await page.getByText(/リンク先の見出し/).count()).toBe(0);

    await page.goto(`${root}/guide/recipient-checks`);
    await page.locator('.checklist').waitFor();
    await tabUntil(page, (f) => f.tag === 'summary');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.site-header__topics').getAttribute('open')).not.toBeNull();
    const topics = page.getByRole('navigation', { name: 'トピック', exact: true }).getByRole('link');
    const count = await topics.count();
    expect(count).toBeGreaterThan(1);
    // The open panel holds the main links first, then the topics, each reached by Tab in reading order.
    const firstTopic = await tabUntil(page, (f) => f.inside === 'トピック');
    expect(firstTopic.text).toBe(((await topics.nth(0).textContent()) ?? '').trim());
    for (let i = 1; i < count; i++) {
      const link = await tabUntil(page, () => true, 1);
      expect(link.inside).toBe('トピック');
      expect(link.text).toBe(((await topics.nth(i).textContent()) ?? '').trim());
    }
    // Enter on a topic link navigates there.
    const lastHref = (await topics.nth(count - 1).getAttribute('href')) ?? '';
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === new URL(lastHref, url).pathname);
    expect(errors).toEqual([]);
    await context.close();
  });

  test.each([
    ['Enter', 0],
    ['Space', 1],
  ] as const)('a copy-link button works with %s', async (key, index) => {
    const { page, context } = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${root}/guide/recipient-checks`);
    await page.locator('.checklist').waitFor();
    const buttons = page.locator('.copy__button');
    const target = ((await buttons.nth(index).getAttribute('aria-label')) ?? '').trim();
    expect(target).toMatch(/へのリンクをコピー$/);
    await tabUntil(page, (f) => f.text === target, 120);
    await page.keyboard.press(key);
    await expect.poll(() => page.locator('.copy__status').nth(index).textContent()).toBe('コピーしました');
    const heading = await page.locator('.section-heading').nth(index).locator('h2, h3').getAttribute('id');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${root}/guide/recipient-checks#${heading}`);
    await context.close();
  });

  test('a checklist box toggles with Space and the progress follows', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${root}/guide/recipient-checks`);
    const boxes = page.locator('.checklist input[type=checkbox]');
    await boxes.first().waitFor();
    const total = await boxes.count();
    // The first checklist box (the header's search box is an input too, and comes first).
    await tabUntil(page, (f) => f.tag === 'input' && !f.id.startsWith('site-search'), 120);
    await page.keyboard.press('Space');
    expect(await boxes.first().isChecked()).toBe(true);
    await page.getByText(`${total} 項目中 1 項目を確認済み`).waitFor();
    await page.keyboard.press('Space');
    expect(await boxes.first().isChecked()).toBe(false);
    await page.getByText(`${total} 項目中 0 項目を確認済み`).waitFor();
    await context.close();
  });

  test('the code lookup: type a reply, submit with Enter, land on the results, follow a link', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${root}/smtp`);
    await page.locator('.smtp-lookup textarea').waitFor();
    await tabUntil(page, (f) => f.tag === 'textarea', 60);
    await page.keyboard.type('550 5.1.1 <taro@example.jp>: Recipient address rejected: User unknown');
    const button = await tabUntil(page, (f) => f.tag === 'button', 3);
    expect(button.text).toBe('調べる');
    await page.keyboard.press('Enter');
    await page.locator('.smtp-result').first().waitFor();
    // Focus moves to the results, so a screen reader hears them first.
    await expect.poll(() => focused(page).then((f) => f.tag)).toMatch(/^h[1-3]$/);
    const link = await tabUntil(page, (f) => f.tag === 'a' && /5\.1\.1/.test(f.text), 40);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/smtp\/codes\/5\.1\.1$/);
    expect(link.text).toContain('5.1.1');
    expect(errors).toEqual([]);
    await context.close();
  });
});
