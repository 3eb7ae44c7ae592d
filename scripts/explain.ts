/**
 * Explains the SMTP codes in bounce e-mails, replies or log excerpts from the command line.
 *
 *   npm run explain -- [--json] [--db FILE] FILE...     ("-" reads standard input)
 *   npx mail-explain [--json] FILE...
 *
 * Runs as compiled JavaScript (dist-cli/mail-explain.mjs, built by `npm run build:cli` / `prepare`); all
 * files are read in one process, one after the other.
 *
 * Exit status (also shown by --help): 0 when every file was read and explained — a file in which no code was
 * found is a result too ("results": [] with --json), so a batch over mixed mail does not fail; 2 when the
 * arguments are wrong or a file could not be read, is larger than the cap or is not text (the other files
 * are still processed); 1 when the code database cannot be loaded. When the reader of standard output goes
 * away (`… | head`), the command stops quietly with status 0, as Unix tools do.
 *
 * Input is read as a stream with a hard cap (scripts/lib/read-input.ts): at most MAX_INPUT_CHARS + 1
 * bytes from any file, FIFO or device, and binary data is recognised by its bytes before decoding.
 */
import { notACodeText } from '../src/content/text/code-notes';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { exitQuietlyOnClosedPipe, readInput } from './lib/read-input';
import { smtpDb } from '../src/content/schemas/smtp-db';
import type { SmtpDb } from '../src/content/schemas/smtp-db';
import { MAX_INPUT_CHARS, analyse } from '../src/engine/smtp/analyse';
import { decodeInputBytes, looksBinary } from '../src/engine/smtp/input-bytes';
import type { Analysis, ResultClass, SmtpResult } from '../src/engine/smtp/types';

// Resolved from this file, not the working directory, so the command works from anywhere.
const DEFAULT_DB = fileURLToPath(new URL('../public/data/smtp-codes.json', import.meta.url));

const USAGE = '使い方: npm run explain -- [--json] [--db ファイル] ファイル...（「-」で標準入力を読みます）';

/** The largest input read: the analyser's own limit, in bytes (5 MB of UTF-8 is at most 5 M characters). */
const MAX_INPUT_BYTES = MAX_INPUT_CHARS;
const MAX_INPUT_LABEL = `${MAX_INPUT_BYTES / 1024 / 1024} MB`;

const HELP = `${USAGE}

バウンスメール（エラーのメール）、SMTP の応答、ログの抜き出しに含まれるエラーコードを日本語で説明します。

  --json        1 ファイルにつき 1 行の JSON で出力します
  --db ファイル  コードのデータベースを指定します（既定: public/data/smtp-codes.json）
  -h, --help    この説明を表示します

1 ファイルにつき ${MAX_INPUT_LABEL} まで読みます。それより大きいファイルやテキストでないファイルは調べません。

終了ステータス:
  0  すべてのファイルを読んで調べました（コードが見つからなかったファイルを含みます）
  1  コードのデータベースを読み込めません
  2  引数が正しくないか、読めない・大きすぎる・テキストでないファイルがありました（ほかのファイルは調べます）
出力先が閉じられたとき（| head など）は、何も表示せずにステータス 0 で終わります。
`;

const CLASS_LABEL: Record<ResultClass, string> = {
  delivered: '配送済み（エラーではありません）',
  temporary: '一時的なエラー（送信側のサーバーが再送を続けます）',
  permanent: '恒久的なエラー（このままでは届きません）',
  expired: '期限切れ（送信側のサーバーが再送をあきらめました）',
};

const NOTICE_TEXT: Record<Exclude<Analysis['notice'], null>, string> = {
  empty: '中身が空です。',
  binary: 'テキストではないファイルのようです。メールのソースやエラーメッセージを貼り付けてください。',
  'no-code': 'SMTP のエラーコードが見つかりませんでした。',
  // Not reached from the command line (larger input is refused before analysis); kept for completeness.
  truncated: '5 MB を超えているため、最初の 5 MB だけを調べました。',
};

interface Options {
  json: boolean;
  db: string;
  files: string[];
}

function parseArgs(argv: string[]): Options | 'help' | null {
  const options: Options = { json: false, db: DEFAULT_DB, files: [] };
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k] ?? '';
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--json') options.json = true;
    else if (arg === '--db') {
      const value = argv[++k];
      if (value === undefined) return null;
      options.db = value;
    } else if (arg === '--') {
      options.files.push(...argv.slice(k + 1));
      break;
    } else if (arg.startsWith('--')) return null;
    else options.files.push(arg);
  }
  return options.files.length > 0 ? options : null;
}

async function loadDb(path: string): Promise<SmtpDb | string> {
  try {
    const parsed = smtpDb.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : `コードのデータベースの形式が正しくありません: ${path}`;
  } catch (e) {
    return `コードのデータベースを読み込めません: ${path} (${e instanceof Error ? e.message : String(e)})`;
  }
}

function jsonLine(file: string, analysis: Analysis): string {
  const results = analysis.results.map((r) => ({
    replyCode: r.replyCode,
    status: r.status,
    class: r.class,
    reason: r.reason,
    provider: r.provider,
    recipient: r.recipient,
    remoteMta: r.remoteMta,
    action: r.action,
    lastAttempt: r.lastAttempt,
    willRetryUntil: r.willRetryUntil,
  }));
  return JSON.stringify({ file, results });
}

function describe(r: SmtpResult, n: number, db: SmtpDb): string[] {
  const codes = [r.replyCode, r.status].filter((c) => c !== null).join(' / ');
  const lines = [`[${n}] ${CLASS_LABEL[r.class]}`, `  コード: ${codes}`, `  理由: ${r.explanation.title}（${r.reason}）`];
  if (r.recipient) lines.push(`  宛先: ${r.recipient}`);
  if (r.remoteMta) lines.push(`  応答したサーバー: ${r.remoteMta}`);
  if (r.provider) {
    const name = db.providers.find((p) => p.provider === r.provider)?.name ?? r.provider;
    lines.push(`  事業者: ${name}`);
  }
  if (r.differsFromIana) lines.push(`  注意: ${r.differsFromIana}`);
  if (r.diagnostic) lines.push(`  サーバーのメッセージ: ${r.diagnostic}`);
  if (r.willRetryUntil) lines.push(`  再送の期限: ${r.willRetryUntil}`);
  if (r.explanation.whatHappened) lines.push(`  何が起きたか: ${r.explanation.whatHappened}`);
  if (r.explanation.why) lines.push(`  考えられる原因: ${r.explanation.why}`);
  if (r.explanation.senderAction) lines.push(`  送信した方がすること: ${r.explanation.senderAction}`);
  if (r.explanation.recipientAction) lines.push(`  受信する方にお願いすること: ${r.explanation.recipientAction}`);
  for (const t of r.explanation.topics) lines.push(`  詳しく: /guide/${t.page}${t.section ? `#${t.section}` : ''}`);
  return lines;
}

function humanText(file: string, analysis: Analysis, db: SmtpDb): string {
  const lines = [`== ${file} ==`];
  if (analysis.notice) lines.push(NOTICE_TEXT[analysis.notice]);
  analysis.results.forEach((r, k) => lines.push(...describe(r, k + 1, db)));
  for (const l of analysis.lookalikes) lines.push(`  コードではないもの: ${l.text} — ${notACodeText(l.text, l.why)}`);
  return `${lines.join('\n')}\n`;
}

/** Why a file was not explained, in Japanese, for standard error. */
function readProblem(file: string, problem: 'too-large' | 'binary'): string {
  return problem === 'too-large'
    ? `大きすぎるため調べません: ${file}（${MAX_INPUT_LABEL} を超えています。エラーのメールだけを保存したファイルを指定してください）`
    : `テキストではないため調べません: ${file}（メールのソースやエラーメッセージを保存したファイルを指定してください）`;
}

async function main(): Promise<number> {
  exitQuietlyOnClosedPipe(process.stdout);
  exitQuietlyOnClosedPipe(process.stderr);
  const options = parseArgs(process.argv.slice(2));
  if (options === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (!options) {
    process.stderr.write(`${USAGE}\n（詳しくは --help）\n`);
    return 2;
  }
  const db = await loadDb(options.db);
  if (typeof db === 'string') {
    process.stderr.write(`${db}\n`);
    return 1;
  }
  let status = 0;
  for (const file of options.files) {
    let bytes: Uint8Array;
    try {
      const read = await readInput(file, MAX_INPUT_BYTES);
      if (read.kind === 'too-large') {
        process.stderr.write(`${readProblem(file, 'too-large')}\n`);
        status = 2;
        continue;
      }
      bytes = read.bytes;
    } catch (e) {
      process.stderr.write(`読み込めません: ${file} (${e instanceof Error ? e.message : String(e)})\n`);
      status = 2;
      continue;
    }
    if (looksBinary(bytes)) {
      process.stderr.write(`${readProblem(file, 'binary')}\n`);
      status = 2;
      continue;
    }
    const analysis = await analyse(decodeInputBytes(bytes), db);
    process.stdout.write(options.json ? `${jsonLine(file, analysis)}\n` : humanText(file, analysis, db));
  }
  return status;
}

process.exitCode = await main();
