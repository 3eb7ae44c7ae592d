import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BOUNCE_FIXTURES } from '../../../fixtures/bounces/manifest';
import { fixtureDb } from '../../../fixtures/smtp-db';
import { BOUNCES_DIR, REPO_ROOT } from './helpers';

// The command runs as compiled JavaScript (package.json "bin" and "explain"): build it from the current
// sources, then run it with plain Node, as `npm run explain` and `npx mail-explain` do.
const CLI = join(REPO_ROOT, 'dist-cli', 'mail-explain.mjs');
const VITE = join(REPO_ROOT, 'node_modules', '.bin', 'vite');
let dir = '';
let dbFile = '';

beforeAll(() => {
  const build = spawnSync(VITE, ['build', '--config', 'vite.cli.config.ts'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 170_000 });
  if (build.status !== 0) throw new Error(`the CLI did not build: ${build.stderr}`);
  dir = mkdtempSync(join(tmpdir(), 'explain-cli-'));
  dbFile = join(dir, 'smtp-codes.json');
  writeFileSync(dbFile, JSON.stringify(fixtureDb));
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Run from another directory: the script must not depend on the working directory for its own files.
function run(args: string[], stdin?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, input: stdin, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonLine {
  file: string;
  results: Record<string, unknown>[];
}

function parseLines(stdout: string): JsonLine[] {
  return stdout.trim().split('\n').map((l) => {
    const value: unknown = JSON.parse(l);
    if (typeof value !== 'object' || value === null || !('file' in value) || !('results' in value) || !Array.isArray(value.results)) {
      throw new Error(`not a result line: ${l}`);
    }
    return { file: String(value.file), results: value.results };
  });
}

const KEYS = ['replyCode', 'status', 'class', 'reason', 'provider', 'recipient', 'remoteMta', 'action', 'lastAttempt', 'willRetryUntil'];

describe('npm run explain', () => {
  test('is compiled JavaScript behind the package bin and the npm script', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };
    expect(pkg.bin['mail-explain']).toBe('dist-cli/mail-explain.mjs');
    expect(pkg.scripts.explain).toBe('node dist-cli/mail-explain.mjs');
    const code = readFileSync(CLI, 'utf8');
    expect(code.startsWith('#!/usr/bin/env node')).toBe(true);
    expect(code).not.toMatch(/from ["'](?:tsx|typescript)["']/);
  });

  test('--json: one line per file, in order, with exactly the documented fields', () => {
    const files = BOUNCE_FIXTURES.map((f) => join(BOUNCES_DIR, f.file));
    const r = run(['--json', '--db', dbFile, ...files]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = parseLines(r.stdout);
    expect(lines.map((l) => l.file)).toEqual(files);
    lines.forEach((line, k) => {
      const want = BOUNCE_FIXTURES[k]?.results ?? [];
      expect(line.results.map((x) => [x.status, x.class, x.reason, x.provider])).toEqual(want.map((x) => [x.status, x.class, x.reason, x.provider]));
      for (const x of line.results) expect(Object.keys(x)).toEqual(KEYS);
    });
  });

  test('handles hundreds of files in one process', () => {
    const files = Array.from({ length: 300 }, (_, k) => join(BOUNCES_DIR, BOUNCE_FIXTURES[k % BOUNCE_FIXTURES.length]?.file ?? ''));
    const r = run(['--json', '--db', dbFile, ...files]);
    expect(r.status).toBe(0);
    expect(parseLines(r.stdout)).toHaveLength(300);
  });

  test('"-" reads standard input; no code gives an empty list', () => {
    const r = run(['--json', '--db', dbFile, '-'], 'Please help, 620 is shown');
    expect(r.status).toBe(0);
    expect(parseLines(r.stdout)).toEqual([{ file: '-', results: [] }]);
  });

  test('an unreadable file: message on stderr, exit 2, the other files still processed', () => {
    const missing = join(dir, 'missing.eml');
    const good = join(BOUNCES_DIR, 'qmail-5.1.1.eml');
    const r = run(['--json', '--db', dbFile, missing, good]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(missing);
    expect(parseLines(r.stdout).map((l) => l.file)).toEqual([good]);
  });

  test('human-readable Japanese by default', () => {
    const r = run(['--db', dbFile, join(BOUNCES_DIR, 'postfix-gmail-5.1.1.eml')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('恒久的なエラー');
    expect(r.stdout).toContain('コード: 550 / 5.1.1');
    expect(r.stdout).toContain('宛先: tanaka.hanako@gmail.com');
    expect(r.stdout).toContain('詳しく: /guide/bounces#address-verification');
  });

  test.each([
    { args: [], why: 'no file' },
    { args: ['--frobnicate', 'x.eml'], why: 'an unknown option' },
  ])('usage error ($why): exit 2', ({ args }) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('使い方');
  });

  test('without --db it reads public/data/smtp-codes.json next to the script, from any directory', () => {
    const r = run(['--json', '-'], '550 5.1.1 User unknown');
    expect(r.status).toBe(0);
    expect(parseLines(r.stdout)[0]?.results[0]).toMatchObject({ replyCode: '550', status: '5.1.1', class: 'permanent' });
  });

  test('--help documents the options, the size cap and every exit status', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('使い方');
    expect(r.stdout).toContain('5 MB まで');
    for (const status of ['0', '1', '2']) expect(r.stdout).toMatch(new RegExp(`^  ${status}  \\S`, 'm'));
    expect(run(['-h', 'x.eml']).stdout).toBe(r.stdout);
  });

  test('the reader going away (| head -c 10) ends it quietly with status 0, without reading every file', () => {
    // Enough output to fill the pipe many times over after head has exited.
    const files = Array.from({ length: 400 }, (_, k) => join(BOUNCES_DIR, BOUNCE_FIXTURES[k % BOUNCE_FIXTURES.length]?.file ?? ''));
    const r = spawnSync('bash', ['-c', 'node "$0" --db "$1" "${@:2}" | head -c 10 > /dev/null; echo "${PIPESTATUS[0]}"', CLI, dbFile, ...files], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('0');
  });

  test('/dev/zero: stops after the cap, says the input is too large, exit 2, and goes on to the next file', () => {
    const good = join(BOUNCES_DIR, 'qmail-5.1.1.eml');
    const started = Date.now();
    const r = run(['--json', '--db', dbFile, '/dev/zero', good]);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('大きすぎるため調べません: /dev/zero');
    expect(r.stderr).toContain('5 MB');
    expect(parseLines(r.stdout).map((l) => l.file)).toEqual([good]);
  });

  test('a FIFO fed without end (and endless standard input): too large, exit 2, the writer is left behind', async () => {
    const fifo = join(dir, 'endless.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // `yes` writes for ever; it ends with SIGPIPE once the command closes the FIFO.
    const writer = spawn('bash', ['-c', 'yes "550 5.1.1 User unknown" > "$0"', fifo], { stdio: 'ignore' });
    const writerExit = new Promise<void>((resolve) => writer.on('exit', () => resolve()));
    const r = run(['--db', dbFile, fifo]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`大きすぎるため調べません: ${fifo}`);
    await writerExit;

    const piped = spawnSync('bash', ['-c', 'yes "550 5.1.1 User unknown" | node "$0" --db "$1" -', CLI, dbFile], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(piped.status).toBe(2);
    expect(piped.stderr).toContain('大きすぎるため調べません: -');
  });

  test('200 KB of random bytes: the binary notice, not a made-up code', () => {
    const junk = join(dir, 'random.bin');
    // Avoid a lucky all-text sample: random bytes are never valid UTF-8 at this size.
    writeFileSync(junk, randomBytes(200 * 1024));
    const r = run(['--json', '--db', dbFile, junk]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`テキストではないため調べません: ${junk}`);
    // Text in a legacy charset is still text: Shift_JIS bytes with a code are explained.
    const sjis = join(dir, 'sjis.txt');
    writeFileSync(sjis, Buffer.concat([Buffer.from([0x83, 0x81, 0x81, 0x5b, 0x83, 0x8b, 0x0d, 0x0a]), Buffer.from('550 5.1.1 User unknown\r\n')]));
    const text = run(['--json', '--db', dbFile, sjis]);
    expect(text.status).toBe(0);
    expect(parseLines(text.stdout)[0]?.results[0]).toMatchObject({ status: '5.1.1', class: 'permanent' });
  });

  test('a broken database: exit 1 with a message', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"schemaVersion": 2}');
    const r = run(['--db', bad, '-'], '550');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(bad);
  });
});
