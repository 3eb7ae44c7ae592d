// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { encodeShared, shareableHeaders } from '../../src/engine/headers/share';
import { HEADERS_EXAMPLES } from '../../src/content/text/headers-examples';
import { paths } from '../../src/routes';
import { renderApp, resetApp } from './render-app';

const FORMS = join(import.meta.dirname, '../fixtures/headers/forms');

afterEach(resetApp);

const resultsHeading = () => screen.findByRole('heading', { level: 2, name: '調べた結果' }, { timeout: 10_000 });

async function paste(text: string) {
  const user = userEvent.setup();
  const view = renderApp('/headers');
  const box = await screen.findByLabelText(/メールのヘッダー（「Received:」などの行）を貼り付ける/);
  await waitFor(() => expect(box).not.toHaveAttribute('readonly'));
  await user.click(box);
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: '調べる' }));
  await resultsHeading();
  return { user, view };
}

// The first render transforms the lazily loaded page: slow on a loaded machine, hence the longer limit.
describe('/headers', { timeout: 60_000 }, () => {
  test('a pasted chain: the conclusion names where the time went and links to the guide; the table marks the slowest hop', async () => {
    await paste(readFileSync(join(FORMS, 'gmail-from-sendgrid-delayed.txt'), 'utf8'));
    // Keyboard and screen-reader users land on the results.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: '調べた結果' })));
    const finding = screen.getByRole('heading', { level: 3, name: /ismtpd0004p1lon1\.sendgrid\.net で 3 時間止まっていました/ });
    const item = finding.closest('li') as HTMLElement;
    expect(within(item).getByRole('link', { name: 'メールが遅れて届くとき' })).toHaveAttribute('href', '/guide/timing#late-mail');

    const table = screen.getByRole('table', { name: /メールが通ったサーバー/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    const slowest = rows.filter((r) => within(r).queryByText('最も遅い') !== null);
    expect(slowest).toHaveLength(1);
    expect(within(slowest[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent('2');
    expect(slowest[0]).toHaveTextContent('filterdrecv-p3las1-5bf99c48d-fk2mq');
    expect(slowest[0]).toHaveTextContent('3 時間');
    // Japan time first, UTC beside it.
    expect(rows[0]).toHaveTextContent('2018-04-22 18:54:16.855');
    expect(rows[0]).toHaveTextContent('UTC 2018-04-22 09:54:16.855');

    const auth = screen.getByRole('region', { name: '送信元の認証' });
    expect(auth).toHaveTextContent('DMARC失敗 — example.jp（ポリシー: quarantine）');
    expect(screen.getByRole('heading', { level: 3, name: /SendGrid のドメインで認証されています/ })).toBeInTheDocument();
  });

  test('an example: Microsoft 365 junk with its spam verdicts explained', async () => {
    const user = userEvent.setup();
    renderApp('/headers');
    const button = await screen.findByRole('button', { name: /Microsoft 365 で迷惑メールフォルダーへ/ });
    await waitFor(() => expect(button).toBeEnabled());
    await user.click(button);
    await resultsHeading();
    const spam = screen.getByRole('region', { name: '迷惑メールの判定' });
    expect(spam).toHaveTextContent('なりすまし・フィッシングの疑いと判定されています');
    expect(spam).toHaveTextContent('SCL: 5迷惑メール（迷惑メールフォルダーへ）');
    expect(spam).toHaveTextContent('CAT: SPOOF送信元の偽装（認証の失敗）');
    expect(spam).toHaveTextContent('dest: J迷惑メールフォルダーに配信');
    expect(screen.getByRole('link', { name: 'Outlook の迷惑メールフォルダー' })).toHaveAttribute('href', '/guide/spam-folder#outlook');
    expect(screen.getByRole('heading', { level: 3, name: /なりすまし・フィッシングの疑い/ })).toBeInTheDocument();
  });

  test('the share link carries stand-ins for host names and addresses unless the reader includes them', async () => {
    const { user } = await paste(HEADERS_EXAMPLES[2]?.text ?? '');
    const share = screen.getByRole('region', { name: '結果を共有する' });
    const content = () => share.querySelector('pre')?.textContent ?? '';
    expect(content()).toContain('Received: from host');
    expect(content()).not.toMatch(/shop\.example\.com|example\.jp|198\.51\.100\.7|taro@/);
    await user.click(within(share).getByRole('checkbox', { name: 'サーバー名・アドレスをそのままリンクに含める' }));
    expect(content()).toContain('mail.shop.example.com');
  });

  test('a shared link opens on its result, and a damaged one says so', async () => {
    const text = shareableHeaders(readFileSync(join(FORMS, 'postfix-jp-tls-greylisted.txt'), 'utf8'), false);
    renderApp(paths.headers.href(encodeShared(text)));
    await resultsHeading();
    expect(screen.getByText(/共有されたリンクの内容を表示しています/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: /グレーリスティングで待たされた可能性があります/ })).toBeInTheDocument();
    resetApp();
    renderApp('/headers#h=%%%');
    expect(await screen.findByText(/共有されたリンクの内容を読み取れませんでした/)).toBeInTheDocument();
  });

  test('an empty submission and text that is not headers get a clear message', async () => {
    const user = userEvent.setup();
    renderApp('/headers');
    const submit = await screen.findByRole('button', { name: '調べる' });
    await waitFor(() => expect(submit).toBeEnabled());
    await user.click(submit);
    expect(await screen.findByRole('alert')).toHaveTextContent('ヘッダーが入力されていません');
    const box = screen.getByLabelText(/メールのヘッダー（「Received:」などの行）/);
    fireEvent.change(box, { target: { value: 'メールが届きません' } });
    await user.click(submit);
    await resultsHeading();
    expect(screen.getByText(/メールのヘッダーが見つかりませんでした/)).toBeInTheDocument();
  });
});
