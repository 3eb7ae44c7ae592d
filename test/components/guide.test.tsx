// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { siteSettings } from '../../src/content/schemas/site';
import { renderApp, secureContext } from './render-app';

const site = siteSettings.parse(JSON.parse(readFileSync(join(import.meta.dirname, '../../public/content/ja/site.json'), 'utf8')));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.localStorage.clear();
  Reflect.deleteProperty(window, 'isSecureContext');
});

describe('guide routes with the real content', () => {
  test('home page says what the guide is for and leads into it', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: site.siteName })).toBeInTheDocument();
    for (const line of site.home.lead) expect(screen.getByText(line)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'ガイドを読む' })).toHaveAttribute('href', '/guide');
    expect(screen.getByRole('link', { name: '質問に答えて原因を探す' })).toHaveAttribute('href', '/troubleshoot');
    await waitFor(() => expect(document.title).toBe(site.siteName));
  });

  test('the guide index lists every topic in order', async () => {
    renderApp('/guide');
    await screen.findByRole('heading', { level: 1, name: 'ガイドの一覧' });
    const main = within(screen.getByRole('main'));
    const hrefs = main.getAllByRole('link').map((a) => a.getAttribute('href')).filter((h) => h?.startsWith('/guide/'));
    expect(hrefs).toEqual(site.topics.map((t) => `/guide/${t.slug}`));
  });

  test('every page renders its title, sections, copy buttons and breadcrumbs', async () => {
    for (const { slug, title } of site.topics) {
      renderApp(`/guide/${slug}`);
      expect(await screen.findByRole('heading', { level: 1, name: title }), slug).toBeInTheDocument();
      const sections = screen.getAllByRole('heading', { level: 2 }).filter((h) => h.id);
      expect(sections.length, slug).toBeGreaterThan(0);
      expect(screen.getAllByRole('button', { name: /へのリンクをコピー/ }).length, slug).toBeGreaterThanOrEqual(sections.length);
      await waitFor(() => expect(document.title, slug).toBe(`${title} | ${site.siteName}`));
      expect(screen.getByRole('navigation', { name: 'パンくずリスト' }), slug).toHaveTextContent('ガイド');
      cleanup();
    }
  });

  test('previous/next topic links follow the topic order', async () => {
    const [first, second, third] = site.topics;
    renderApp(`/guide/${second?.slug}`);
    await screen.findByRole('heading', { level: 1, name: second?.title });
    const pager = screen.getByRole('navigation', { name: '前後のトピック' });
    expect(within(pager).getByRole('link', { name: new RegExp(first?.title ?? '') })).toHaveAttribute('href', `/guide/${first?.slug}`);
    expect(within(pager).getByRole('link', { name: new RegExp(third?.title ?? '') })).toHaveAttribute('href', `/guide/${third?.slug}`);
  });

  test('the recipient checklist can be ticked and keeps its ticks', async () => {
    const user = userEvent.setup();
    const first = renderApp('/guide/recipient-checks');
    const boxes = await screen.findAllByRole('checkbox');
    expect(boxes.length).toBeGreaterThanOrEqual(6);
    await user.click(boxes[0] as HTMLElement);
    expect(screen.getByText(new RegExp(`${boxes.length} 項目中 1 項目を確認済み`))).toBeInTheDocument();
    first.unmount();
    renderApp('/guide/recipient-checks');
    const again = await screen.findAllByRole('checkbox');
    expect(again[0]).toBeChecked();
    expect(again[1]).not.toBeChecked();
  });

  test('the recipients page lets the sender send it: the message with the link, the link alone, or a mail', async () => {
    secureContext();
    const user = userEvent.setup();
    renderApp('/guide/for-recipients');
    const box = await screen.findByRole('complementary', { name: '送信者の方へ：このページを受信者に送る' });
    const url = `${window.location.origin}/guide/for-recipients`;
    await user.click(within(box).getByRole('button', { name: '文面とリンクをコピー' }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/^お送りしたメールがお手元に届いていないようです。/);
    expect(copied.endsWith(`\n\n${url}`)).toBe(true);
    await user.click(within(box).getByRole('button', { name: 'このページへのリンクだけをコピー' }));
    expect(await navigator.clipboard.readText()).toBe(url);
    const mail = within(box).getByRole('link', { name: 'メールアプリで送る' });
    const href = new URL(mail.getAttribute('href') ?? '');
    expect(href.protocol).toBe('mailto:');
    expect(href.searchParams.get('subject')).toBe('メールが届かない件の確認のお願い');
    expect(href.searchParams.get('body')).toBe(copied);
  });

  test('added-beyond-the-article blocks are visibly labelled', async () => {
    renderApp('/guide/timing');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getAllByRole('complementary', { name: '元記事にない補足' }).length).toBeGreaterThan(0);
  });

  test('an unknown topic shows the not-found page and fetches no page file', async () => {
    const { requested } = renderApp('/guide/no-such-topic');
    expect(await screen.findByRole('heading', { name: 'ページが見つかりません' })).toBeInTheDocument();
    expect(requested.some((p) => p.includes('pages/'))).toBe(false);
  });

  test('an unknown URL shows the not-found page with a way back', async () => {
    renderApp('/nothing/here');
    expect(await screen.findByRole('heading', { name: 'ページが見つかりません' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'トップページへ戻る' })).toHaveAttribute('href', '/');
  });

  test('a link with punctuation glued on, or in capitals, lands on the page it names', async () => {
    renderApp(`/Guide/Bounces${encodeURIComponent('）。')}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'メールが返ってきたとき（宛先の確認）' })).toBeInTheDocument();
  });

  test('a cut-off or mistyped link gets the page it probably meant, by its title from site.json', async () => {
    renderApp('/guide/recipient-che');
    const suggestions = await screen.findByRole('region', { name: 'もしかして、次のページですか？' });
    const topic = site.topics.find((t) => t.slug === 'recipient-checks');
    expect(within(suggestions).getByRole('link', { name: topic?.title })).toHaveAttribute('href', '/guide/recipient-checks');
    cleanup();
    // A code under a wrong prefix: the engine returns the code, the page words the title.
    renderApp('/smtp/code/550');
    const codeSuggestions = await screen.findByRole('region', { name: 'もしかして、次のページですか？' });
    expect(within(codeSuggestions).getByRole('link', { name: 'コード 550 の説明' })).toHaveAttribute('href', '/smtp/codes/550');
    cleanup();
    renderApp('/nothing/here');
    await screen.findByRole('heading', { name: 'ページが見つかりません' });
    expect(screen.queryByRole('region', { name: 'もしかして、次のページですか？' })).not.toBeInTheDocument();
  });

  test('a missing page file names the file, and the header still works', async () => {
    renderApp('/guide/bounces', { 'content/ja/pages/bounces.md': null });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('content/ja/pages/bounces.md');
    // The header's main links (the phone menu repeats them; CSS shows one copy at a time).
    expect(within(screen.getByRole('banner')).getAllByRole('link', { name: 'ガイド' })[0]).toBeInTheDocument();
  });

  test('an invalid site.json names the file and the field', async () => {
    renderApp('/', { 'content/ja/site.json': JSON.stringify({ ...site, topics: [{ slug: 'x', title: '' }] }) });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('content/ja/site.json');
    expect(alert).toHaveTextContent('topics.0.title');
  });

  test('hostile strings in content are rendered as text', async () => {
    renderApp('/guide/firewall', {
      'content/ja/pages/firewall.md': '## 見出し {#x}\n\n<img src=x onerror=alert(1)> [押す](javascript:alert(1))',
    });
    await screen.findByRole('heading', { level: 2, name: '見出し' });
    expect(screen.getByText(/<img src=x onerror=alert\(1\)>/)).toBeInTheDocument();
    expect(document.querySelector('main img')).toBeNull();
    expect(document.querySelector('main a[href^="javascript"]')).toBeNull();
  });
});
