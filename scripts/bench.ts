/**
 * Times analyse() on generated inputs and checks the budgets:
 *   a single reply line < 1 ms, a ~10 KB multipart/report bounce < 5 ms, a 5 MB paste < 500 ms,
 *   and each adversarial input (100 000 repeats of what the scanners look at) < 500 ms; and those grow
 *   linearly: 5 × the input takes at most 12 × as long (quadratic would be 25 ×);
 * the header analyser: a 10-hop block < 1 ms, a 100-hop block < 10 ms, a 1 MB message < 10 ms, a 20 MB
 *   .eml < 100 ms (only the header block is read), and each ~1 MB adversarial header < 500 ms;
 * and the compiled CLI over the whole labelled corpus (310 real bounces) < 2 s of CPU, process start included.
 * Budgets apply to the median; p95 is shown. Exit status 1 when a budget is missed.
 *
 *   npm run bench [-- --db FILE]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { smtpDb } from '../src/content/schemas/smtp-db';
import type { SmtpDb } from '../src/content/schemas/smtp-db';
import { ADVERSARIAL_MIME, ADVERSARIAL_REPEATS, ADVERSARIAL_UNITS, adversarialInput, adversarialMime } from '../src/engine/smtp/adversarial';
import { MAX_INPUT_CHARS, analyse } from '../src/engine/smtp/analyse';
import { searchBench } from './lib/search-bench';
import { ADVERSARIAL_HEADERS, bigMessage, hopBlock } from '../src/engine/headers/adversarial';
import { analyseHeaders } from '../src/engine/headers/analyse';

/** CPU time (user + system) of the compiled CLI over the whole labelled corpus, process start included. */
const CORPUS_BUDGET_MS = 2000;
const DEFAULT_DB = fileURLToPath(new URL('../public/data/smtp-codes.json', import.meta.url));

interface Case {
  name: string;
  input: string;
  runs: number;
  budgetMs: number;
  /** The same input at a fifth of the size: the case must grow linearly (MAX_RATIO). */
  small?: string;
  /** The header analyser instead of the SMTP analyser. */
  headers?: boolean;
}

const MAX_RATIO = 12;
const RATIO_SLACK_MS = 5; // timer noise on the small runs

const REPLY_LINE = '550 5.1.1 <tanaka@example.com>: Recipient address rejected: User unknown in virtual mailbox table';

function bounce10k(): string {
  const boundary = '4ABCD1234.1764119553/mail.example.co.jp';
  const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.\n';
  const head = [
    'Return-Path: <>',
    'Date: Wed, 26 Nov 2026 10:12:35 +0900 (JST)',
    'From: MAILER-DAEMON@mail.example.co.jp (Mail Delivery System)',
    'Subject: Undelivered Mail Returned to Sender',
    'To: suzuki@example.co.jp',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This is the mail system at host mail.example.co.jp.',
    '',
    "I'm sorry to have to inform you that your message could not be delivered.",
    '',
    '<tanaka@gmail.com>: host gmail-smtp-in.l.google.com[142.250.157.26] said:',
    '    550-5.1.1 The email account that you tried to reach does not exist. Please',
    '    550 5.1.1 try double-checking the recipient\'s email address. - gsmtp',
    '',
    `--${boundary}`,
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.example.co.jp',
    '',
    'Final-Recipient: rfc822; tanaka@gmail.com',
    'Action: failed',
    'Status: 5.1.1',
    'Remote-MTA: dns; gmail-smtp-in.l.google.com',
    'Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does',
    '    not exist. - gsmtp',
    '',
    `--${boundary}`,
    'Content-Type: message/rfc822',
    '',
    'From: suzuki@example.co.jp',
    'To: tanaka@gmail.com',
    'Subject: hello',
    '',
  ].join('\n');
  const body = filler.repeat(Math.ceil((10 * 1024 - head.length) / filler.length));
  return `${head}\n${body}\n--${boundary}--\n`;
}

function logPaste(size: number): string {
  const lines: string[] = [];
  let length = 0;
  for (let n = 0; length < size; n++) {
    const line =
      n % 20 === 0
        ? `Nov 26 10:${String(n % 60).padStart(2, '0')}:01 mail postfix/smtp[2481${n % 10}]: 7F2A${n}: to=<user${n}@example.com>, relay=mx.example.com[198.51.100.44]:25, delay=0.5, dsn=5.1.1, status=bounced (host mx.example.com[198.51.100.44] said: 550 5.1.1 <user${n}@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command))`
        : `Nov 26 10:${String(n % 60).padStart(2, '0')}:01 mail postfix/qmgr[1234]: 7F2A${n}: from=<sender@example.co.jp>, size=${2000 + n}, nrcpt=1 (queue active)`;
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n').slice(0, size);
}

// The worst place for a big attachment: its own part before the returned message, so it is not cut off
// with the message/rfc822 part and has to be read.
function bounceWithAttachment(size: number): string {
  const b = bounce10k();
  const cut = b.indexOf('--4ABCD1234.1764119553/mail.example.co.jp\nContent-Type: message/rfc822');
  const base64Line = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\n';
  const attachment = base64Line.repeat(Math.ceil((size - b.length) / base64Line.length));
  const part = `--4ABCD1234.1764119553/mail.example.co.jp\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\n${attachment}\n`;
  return `${b.slice(0, cut)}${part}${b.slice(cut)}`.slice(0, size);
}

function cases(): Case[] {
  const size = MAX_INPUT_CHARS;
  return [
    { name: 'single reply line', input: REPLY_LINE, runs: 2000, budgetMs: 1 },
    { name: '~10 KB multipart/report bounce', input: bounce10k(), runs: 500, budgetMs: 5 },
    { name: '5 MB paste: mail log', input: logPaste(size), runs: 7, budgetMs: 500 },
    { name: '5 MB paste: bounce with attachment', input: bounceWithAttachment(size), runs: 7, budgetMs: 500 },
    ...ADVERSARIAL_UNITS.map((unit) => ({
      name: `adversarial ${JSON.stringify(unit).slice(0, 34)}`,
      input: adversarialInput(unit),
      small: adversarialInput(unit, ADVERSARIAL_REPEATS / 5),
      runs: 3,
      budgetMs: 500,
    })),
    ...ADVERSARIAL_MIME.map(({ unit, type }) => ({
      name: `adversarial MIME ${type.split(';')[0]} ${JSON.stringify(unit).slice(0, 16)}`,
      input: adversarialMime(unit, type),
      small: adversarialMime(unit, type, ADVERSARIAL_REPEATS / 5),
      runs: 3,
      budgetMs: 500,
    })),
    // The message header analyser (src/engine/headers).
    { name: 'headers: 10-hop block', input: hopBlock(10), runs: 2000, budgetMs: 1, headers: true },
    { name: 'headers: 100-hop block', input: hopBlock(100), runs: 300, budgetMs: 10, headers: true },
    { name: 'headers: 1 MB message', input: bigMessage(1024 * 1024), runs: 100, budgetMs: 10, headers: true },
    { name: 'headers: 20 MB .eml', input: bigMessage(20 * 1024 * 1024), runs: 7, budgetMs: 100, headers: true },
    ...ADVERSARIAL_HEADERS.map((a) => ({ name: `headers adversarial: ${a.name}`, input: a.input, runs: 5, budgetMs: 500, headers: true })),
  ];
}

const REPO = fileURLToPath(new URL('../', import.meta.url));
const CLI = join(REPO, 'dist-cli', 'mail-explain.mjs');
const CORPUS = join(REPO, 'test', 'fixtures', 'corpus');

/** The labelled corpus's message files (what `npm run accuracy` reads), in a stable order. */
function corpusFiles(): string[] {
  const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as { files: { file: string }[] };
  return manifest.files.map((f) => join(CORPUS, f.file));
}

/**
 * The whole corpus through the compiled command line, one process, as a user runs it: wall time (process
 * start, loading the database, reading and analysing every file, writing the JSON lines) and the CPU time
 * of that process (user + system, from bash's `times`), which a busy machine inflates far less.
 */
function cliCorpus(runs: number): { files: number; wall: number[]; cpu: number[] } {
  if (!existsSync(CLI)) {
    const build = spawnSync(join(REPO, 'node_modules', '.bin', 'vite'), ['build', '--config', 'vite.cli.config.ts'], { cwd: REPO, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build:cli failed: ${build.stderr}`);
  }
  const files = corpusFiles();
  const wall: number[] = [];
  const cpu: number[] = [];
  const script = '"$0" "$@" > "$OUT"; status=$?; times; exit $status';
  for (let k = 0; k < runs; k++) {
    const out = join(tmpdir(), `mail-explain-bench-${process.pid}.jsonl`);
    const start = performance.now();
    const r = spawnSync('bash', ['-c', script, process.execPath, CLI, '--json', ...files], { encoding: 'utf8', env: { ...process.env, OUT: out } });
    wall.push(performance.now() - start);
    if (r.status !== 0) throw new Error(`the CLI failed: ${r.stderr}`);
    const lines = readFileSync(out, 'utf8').trim().split('\n').length;
    rmSync(out, { force: true });
    if (lines !== files.length) throw new Error(`the CLI printed ${lines} lines for ${files.length} files`);
    // `times` prints the shell's own times, then its children's: "0m1.234s 0m0.056s".
    const child = r.stdout.trim().split('\n').pop() ?? '';
    const seconds = [...child.matchAll(/([0-9]+)m([0-9.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
    cpu.push(1000 * seconds.reduce((a, b) => a + b, 0));
  }
  return { files: files.length, wall, cpu };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

async function loadDb(argv: string[]): Promise<SmtpDb> {
  const k = argv.indexOf('--db');
  const path = k >= 0 ? (argv[k + 1] ?? DEFAULT_DB) : DEFAULT_DB;
  return smtpDb.parse(JSON.parse(await readFile(path, 'utf8')));
}

async function main(): Promise<number> {
  const db = await loadDb(process.argv.slice(2));
  const rows: string[][] = [['case', 'size', 'runs', 'median ms', 'p95 ms', 'budget ms', '5× ratio', '']];
  let missed = 0;
  for (const c of cases()) {
    const warmup = Math.min(50, c.runs);
    const run = c.headers ? async () => analyseHeaders(c.input) : () => analyse(c.input, db);
    for (let k = 0; k < warmup; k++) await run();
    const times: number[] = [];
    for (let k = 0; k < c.runs; k++) {
      const start = performance.now();
      await run();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const median = percentile(times, 0.5);
    let ratio = '';
    let linear = true;
    if (c.small !== undefined) {
      const smallTimes: number[] = [];
      for (let k = 0; k < c.runs; k++) {
        const start = performance.now();
        await analyse(c.small, db);
        smallTimes.push(performance.now() - start);
      }
      const smallMedian = percentile(smallTimes.sort((a, b) => a - b), 0.5);
      ratio = (median / Math.max(smallMedian, 0.001)).toFixed(1);
      linear = median < MAX_RATIO * smallMedian + RATIO_SLACK_MS;
    }
    const ok = median < c.budgetMs && linear;
    if (!ok) missed++;
    const size = c.input.length >= 1024 * 1024 ? `${(c.input.length / 1024 / 1024).toFixed(1)} MiB` : c.input.length >= 1024 ? `${(c.input.length / 1024).toFixed(0)} KiB` : `${c.input.length} B`;
    rows.push([c.name, size, String(c.runs), median.toFixed(3), percentile(times, 0.95).toFixed(3), String(c.budgetMs), ratio, ok ? 'ok' : 'MISSED']);
  }
  // Site search: the index as the build makes it, and query time over it.
  for (const row of searchBench(fileURLToPath(new URL('../public', import.meta.url)))) {
    const ok = row.value <= row.budget;
    if (!ok) missed++;
    rows.push([row.name, '', '', row.unit === 'ms' ? row.value.toFixed(3) : '', '', Number.isFinite(row.budget) ? `${row.budget} ${row.unit}` : '', row.unit === 'KB' ? `${row.value.toFixed(1)} KB ${ok ? 'ok' : 'MISSED'}` : ok ? 'ok' : 'MISSED']);
  }
  const corpus = cliCorpus(3);
  const wall = [...corpus.wall].sort((a, b) => a - b);
  const cpu = [...corpus.cpu].sort((a, b) => a - b);
  const wallMedian = percentile(wall, 0.5);
  const cpuMedian = percentile(cpu, 0.5);
  const corpusOk = cpuMedian < CORPUS_BUDGET_MS;
  if (!corpusOk) missed++;
  rows.push([
    `CLI: whole labelled corpus, one process (wall ${wallMedian.toFixed(0)} ms, ${(corpus.files / (wallMedian / 1000)).toFixed(0)} files/s; CPU ${(corpus.files / (cpuMedian / 1000)).toFixed(0)} files/s)`,
    `${corpus.files} files`, '3', cpuMedian.toFixed(0), percentile(cpu, 0.95).toFixed(0), String(CORPUS_BUDGET_MS), '', corpusOk ? 'ok' : 'MISSED',
  ]);
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length))) ?? [];
  for (const r of rows) console.log(r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0))).join('  '));
  console.log(missed === 0 ? '\nAll budgets met.' : `\n${missed} budget(s) missed.`);
  return missed === 0 ? 0 : 1;
}

process.exitCode = await main();
