// @vitest-environment jsdom
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { collectRoutes } from '../../scripts/lib/routes';
import { buildSearchIndex, fileSource, SEARCH_INDEX_FILE } from '../../scripts/lib/search-docs';
import { createSearcher } from '../../src/engine/search/search';
import { renderApp, resetApp } from './render-app';
import { forgetWorkers, InProcessSearchWorker, startedWorkers, UnloadableWorker } from './search-workers';

// The index the build would write, from the real content (it is generated, so not in public/).
const PUBLIC = join(import.meta.dirname, '../../public');
const INDEX = JSON.stringify(buildSearchIndex(fileSource(PUBLIC), collectRoutes(PUBLIC).map((r) => r.path)));
const withIndex = { [SEARCH_INDEX_FILE]: INDEX };
// Lazily loaded code and the index: first use on a busy machine can take a few seconds.
const LAZY = { timeout: 10_000 };

afterEach(resetApp);

/**
 * Until first used the header holds a plain search form (the page's own JavaScript); focusing it swaps
 * in the working combobox, which keeps the focus.
 */
async function openBox(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
  const plain = screen.getByRole('searchbox', { name: 'サイト内を検索' });
  expect(plain.closest('form')).toHaveAttribute('action', '/search');
  await user.click(plain);
  const box = await screen.findByRole('combobox', { name: 'サイト内を検索' }, LAZY);
  await waitFor(() => expect(box).toHaveFocus());
  return box;
}

describe('the header search box', () => {
  test('loads nothing until used; typing shows an ARIA listbox; arrows and Enter open a result', async () => {
    const user = userEvent.setup();
    const { requested } = renderApp('/guide/timing', withIndex);
    await screen.findByRole('heading', { level: 1 });
    expect(requested.some((p) => p.includes('search-index'))).toBe(false);

    const box = await openBox(user);
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('ＳＰＦ');
    const listbox = await screen.findByRole('listbox', { name: '検索の候補' }, LAZY);
    await waitFor(() => expect(requested.some((p) => p.endsWith('/data/search-index.json'))).toBe(true));
    await waitFor(() => expect(box).toHaveAttribute('aria-expanded', 'true'));
    expect(box).toHaveAttribute('aria-controls', listbox.id);
    // Until the index arrives the list offers only the results page; then the results come in.
    await waitFor(() => expect(within(listbox).getAllByRole('option')[0]).toHaveTextContent('SPF'), LAZY);
    const options = within(listbox).getAllByRole('option');
    expect(options[0]!.querySelector('mark')).toHaveTextContent('SPF');
    expect(options.at(-1)).toHaveTextContent('「ＳＰＦ」の検索結果をすべて見る');

    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(box).toHaveAttribute('aria-activedescendant', options[0]!.id));
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}{ArrowUp}');
    await waitFor(() => expect(box).toHaveAttribute('aria-activedescendant', options[0]!.id));
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: /送信ドメイン認証/ }, LAZY)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
    expect(box).toHaveValue('');
  }, 60_000);

  test('"/" focuses the box; Escape closes the list, then clears the box; nothing found offers other ways', async () => {
    const user = userEvent.setup();
    renderApp('/', withIndex);
    await screen.findByRole('heading', { level: 1 });
    await user.keyboard('/');
    const box = await screen.findByRole('combobox', { name: 'サイト内を検索' }, LAZY);
    await waitFor(() => expect(box).toHaveFocus());
    expect(box).toHaveValue('');
    await user.keyboard('ぬぬぬぬ');
    const listbox = await screen.findByRole('listbox', {}, LAZY);
    await waitFor(() => expect(within(listbox).getByRole('option', { name: '質問に答えて原因を探す' })).toBeInTheDocument());
    expect(within(listbox).getByRole('option', { name: 'エラーコード・エラーメールを調べる' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
  });

  test('Enter with no option chosen opens the results page for the query', async () => {
    const user = userEvent.setup();
    renderApp('/guide/bounces', withIndex);
    await screen.findByRole('heading', { level: 1 });
    await openBox(user);
    await user.keyboard('ﾌｧｲｱｳｫｰﾙ{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'サイト内検索' }, LAZY)).toBeInTheDocument();
    const main = within(screen.getByRole('main'));
    const list = await main.findByRole('list', { name: '検索結果' }, LAZY);
    expect(list.tagName).toBe('OL');
    expect(within(list).getAllByRole('link')[0]?.getAttribute('href')).toMatch(/^\/guide\/firewall(#firewall)?$/);
  }, 60_000);
});

describe('/search', () => {
  test('results are an ordered list of links in <main>, best first, with page, section and highlighted snippet', async () => {
    renderApp('/search?q=%E3%81%94%E3%81%BF%E3%81%B0%E3%81%93', withIndex); // ごみばこ
    const main = within(screen.getByRole('main'));
    const list = await main.findByRole('list', { name: '検索結果' }, LAZY);
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(1);
    const first = within(items[0]!);
    expect(first.getByRole('link')).toHaveAttribute('href', '/guide/recipient-checks#trash');
    expect(first.getByRole('link')).toHaveTextContent(/ごみ箱/);
    expect(items[0]).toHaveTextContent('ガイド › 受信者に確認する');
    expect([...items[0]!.querySelectorAll('mark')].map((m) => m.textContent)).toContain('ごみ箱');
    expect(main.getByRole('status')).toHaveTextContent(/「ごみばこ」に一致するページが\d+件見つかりました/);
    await waitFor(() => expect(document.title).toMatch(/^「ごみばこ」の検索結果 \| /));
    expect(screen.getByRole('searchbox', { name: '調べたい言葉・エラーコード' })).toHaveValue('ごみばこ');
  });

  test('the first ten results show at once, the rest on request; the status counts them all', async () => {
    const user = userEvent.setup();
    renderApp('/search?q=%E8%BF%B7%E6%83%91%E3%83%A1%E3%83%BC%E3%83%AB', withIndex); // 迷惑メール
    const main = within(screen.getByRole('main'));
    const list = await main.findByRole('list', { name: '検索結果' }, LAZY);
    expect(within(list).getAllByRole('listitem')).toHaveLength(10);
    const total = Number(/(\d+)件見つかりました/.exec(main.getByRole('status').textContent ?? '')?.[1]);
    expect(total).toBeGreaterThan(10);
    await user.click(main.getByRole('button', { name: `さらに表示する（残り${total - 10}件）` }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(total);
    expect(main.queryByRole('button', { name: /さらに表示する/ })).toBeNull();
  });

  test('a code puts its page first', async () => {
    renderApp('/search?q=%EF%BC%95%EF%BC%95%EF%BC%90', withIndex); // ５５０
    const list = await within(screen.getByRole('main')).findByRole('list', { name: '検索結果' }, LAZY);
    expect(within(list).getAllByRole('link')[0]).toHaveAttribute('href', '/smtp/codes/550');
  });

  test('hostile HTML in the query is text, never markup; nothing found shows suggestions', async () => {
    renderApp(`/search?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`, withIndex);
    const main = within(screen.getByRole('main'));
    await main.findByRole('heading', { name: 'ほかの探し方' }, LAZY);
    expect(document.querySelector('main img')).toBeNull();
    expect(main.getByRole('link', { name: '質問に答えて原因を探す' })).toHaveAttribute('href', '/troubleshoot');
    expect(main.getByRole('link', { name: 'エラーコード・エラーメールを調べる' })).toHaveAttribute('href', '/smtp');
  });

  test('an empty query shows the popular pages; a missing index says which file and still offers the way on', async () => {
    renderApp('/search', withIndex);
    const main = within(screen.getByRole('main'));
    expect(await main.findByRole('heading', { name: 'よく読まれているページ' }, LAZY)).toBeInTheDocument();
    expect(main.getByRole('status')).toHaveTextContent('調べたい言葉やエラーコードを入力してください。');
    resetApp();

    renderApp('/search?q=spf', { [SEARCH_INDEX_FILE]: null });
    const main2 = within(screen.getByRole('main'));
    expect(await main2.findByText(/data\/search-index\.json/, {}, LAZY)).toBeInTheDocument();
    expect(main2.getByRole('status')).toHaveTextContent('検索のデータを読み込めませんでした');
    expect(main2.getByRole('link', { name: '質問に答えて原因を探す' })).toBeInTheDocument();
  });
});

describe('where the search runs', () => {
  afterEach(forgetWorkers);

  // What the matcher itself answers for the query of the tests below: each way of running it must show this.
  const MEIWAKU = '迷惑メール';
  const expected = createSearcher(buildSearchIndex(fileSource(PUBLIC), collectRoutes(PUBLIC).map((r) => r.path))).search(MEIWAKU, 50);

  /** The result links /search shows, in order, once they are there. */
  async function shownResults(): Promise<string[]> {
    const list = await within(screen.getByRole('main')).findByRole('list', { name: '検索結果' }, LAZY);
    return within(list)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href') ?? '');
  }

  test('without a Worker (jsdom has none) the page loads the index and searches itself: the same results', async () => {
    expect(typeof Worker).toBe('undefined');
    const { requested } = renderApp(`/search?q=${encodeURIComponent(MEIWAKU)}`, withIndex);
    expect(await shownResults()).toEqual(expected.slice(0, 10).map((r) => r.url));
    expect(within(screen.getByRole('main')).getByRole('status')).toHaveTextContent(`「${MEIWAKU}」に一致するページが${expected.length}件見つかりました。`);
    expect(requested.filter((p) => p.endsWith('/data/search-index.json'))).toHaveLength(1);
  });

  test('a worker whose script cannot load: the page falls back to searching itself, with the same results', async () => {
    vi.stubGlobal('Worker', UnloadableWorker);
    renderApp(`/search?q=${encodeURIComponent(MEIWAKU)}`, withIndex);
    expect(await shownResults()).toEqual(expected.slice(0, 10).map((r) => r.url));
    expect(within(screen.getByRole('main')).getByRole('status')).toHaveTextContent(`${expected.length}件見つかりました。`);
    const workers = startedWorkers();
    expect(workers).toHaveLength(1);
    expect(workers[0]!.url).toMatch(/\/search\.worker\.ts(\?|$)/);
    expect(workers[0]!.options).toEqual({ type: 'module' });
    expect((workers[0] as UnloadableWorker).terminated).toBe(true);
  });

  test('with a worker: /search and the header box ask one worker, which loads the index once and sends the results', async () => {
    vi.stubGlobal('Worker', InProcessSearchWorker);
    const user = userEvent.setup();
    const { requested } = renderApp(`/search?q=${encodeURIComponent(MEIWAKU)}`, withIndex);
    expect(await shownResults()).toEqual(expected.slice(0, 10).map((r) => r.url));
    expect(within(screen.getByRole('main')).getByRole('status')).toHaveTextContent(`${expected.length}件見つかりました。`);

    await openBox(user);
    await user.keyboard('ＳＰＦ');
    const listbox = await screen.findByRole('listbox', { name: '検索の候補' }, LAZY);
    await waitFor(() => expect(within(listbox).getAllByRole('option')[0]).toHaveTextContent('SPF'), LAZY);

    expect(startedWorkers()).toHaveLength(1);
    const received = startedWorkers()[0]!.received as { type: string; query?: string; limit?: number }[];
    expect(received.filter((m) => m.type === 'load')).toEqual([expect.objectContaining({ file: SEARCH_INDEX_FILE })]);
    expect(received).toContainEqual(expect.objectContaining({ type: 'search', query: MEIWAKU, limit: 50 }));
    expect(received).toContainEqual(expect.objectContaining({ type: 'search', query: 'ＳＰＦ', limit: 7 }));
    expect(requested.filter((p) => p.endsWith('/data/search-index.json'))).toHaveLength(1);
  });

  test('until the first answer the page keeps the prerendered suggestions, then the results replace them', async () => {
    vi.stubGlobal('Worker', InProcessSearchWorker);
    InProcessSearchWorker.hold = true;
    renderApp(`/search?q=${encodeURIComponent(MEIWAKU)}`, withIndex);
    await screen.findByRole('heading', { level: 1, name: 'サイト内検索' }, LAZY);
    const main = within(screen.getByRole('main'));
    await waitFor(() => expect(main.getByRole('status')).toHaveTextContent('読み込んでいます…'), LAZY);
    // Still the popular pages, as prerendered: no "other ways" advice before anything was found or not.
    expect(main.getByRole('heading', { name: 'よく読まれているページ' })).toBeInTheDocument();
    expect(main.queryByRole('heading', { name: 'ほかの探し方' })).toBeNull();
    expect(main.queryByRole('list', { name: '検索結果' })).toBeNull();

    await waitFor(() => expect(InProcessSearchWorker.held.length).toBeGreaterThan(0), LAZY);
    InProcessSearchWorker.release();
    expect(await shownResults()).toEqual(expected.slice(0, 10).map((r) => r.url));
    expect(screen.queryByRole('heading', { name: 'よく読まれているページ' })).toBeNull();
  });

  test('while the next query is answered the last results stay, and the status names the query they answer', async () => {
    vi.stubGlobal('Worker', InProcessSearchWorker);
    const user = userEvent.setup();
    renderApp(`/search?q=${encodeURIComponent(MEIWAKU)}`, withIndex);
    const first = await shownResults();
    const main = within(screen.getByRole('main'));
    const status = main.getByRole('status');

    InProcessSearchWorker.hold = true;
    await user.type(main.getByRole('searchbox', { name: '調べたい言葉・エラーコード' }), 'フォルダー');
    await waitFor(() => expect(document.title).toMatch(/^「迷惑メールフォルダー」の検索結果/));
    expect(await shownResults()).toEqual(first);
    expect(status).toHaveTextContent(`「${MEIWAKU}」に一致するページが${expected.length}件見つかりました。`);

    InProcessSearchWorker.release();
    await waitFor(() => expect(status).toHaveTextContent(/^「迷惑メールフォルダー」に一致するページが\d+件見つかりました。$/), LAZY);
    expect(within(main.getByRole('list', { name: '検索結果' })).getAllByRole('link')[0]).toHaveTextContent('迷惑メールフォルダー');
  });

  test.each([
    ['on the page', null],
    ['in a worker', InProcessSearchWorker],
  ])('a broken index read %s shows the message naming the file and the field', async (_where, worker) => {
    if (worker) vi.stubGlobal('Worker', worker);
    const broken = JSON.parse(INDEX) as { docs: string[][] };
    broken.docs[3]![1] = 'chapter';
    renderApp(`/search?q=${encodeURIComponent(MEIWAKU)}`, { [SEARCH_INDEX_FILE]: JSON.stringify(broken) });
    const main = within(screen.getByRole('main'));
    expect(await main.findByText('data/search-index.json: docs.3.1: must be one of page, section, step, outcome, code, provider, tool', {}, LAZY)).toBeInTheDocument();
    expect(main.getByRole('status')).toHaveTextContent('検索のデータを読み込めませんでした。');
    expect(main.getByRole('link', { name: '質問に答えて原因を探す' })).toBeInTheDocument();
    expect(startedWorkers()).toHaveLength(worker ? 1 : 0);
  });
});
