import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, test } from 'vitest';
import { readInput } from '../../../../scripts/lib/read-input';
import { looksBinary } from '../../../../src/engine/smtp/input-bytes';
import { BOUNCES_DIR, REPO_ROOT } from './helpers';

const CORPUS_DIR = join(REPO_ROOT, 'test', 'fixtures', 'corpus');

const dir = mkdtempSync(join(tmpdir(), 'read-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readInput: a hard cap on every kind of source', () => {
  test('a file within the cap is read whole, byte for byte', async () => {
    const file = join(BOUNCES_DIR, 'qmail-5.1.1.eml');
    const want = readFileSync(file);
    const read = await readInput(file, want.length);
    expect(read.kind === 'ok' && Buffer.from(read.bytes).equals(want)).toBe(true);
    expect(await readInput(file, want.length - 1)).toMatchObject({ kind: 'too-large', bytesRead: want.length });
  });

  test('/dev/zero: reads exactly cap + 1 bytes and stops', async () => {
    expect(await readInput('/dev/zero', 5 * 1024 * 1024)).toMatchObject({ kind: 'too-large', bytesRead: 5 * 1024 * 1024 + 1 });
  });

  test('a FIFO whose writer never stops', async () => {
    const fifo = join(dir, 'fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const writer = spawn('bash', ['-c', 'cat /dev/urandom > "$0"', fifo], { stdio: 'ignore' });
    const exited = new Promise((resolve) => writer.on('exit', resolve));
    expect(await readInput(fifo, 100_000)).toMatchObject({ kind: 'too-large', bytesRead: 100_001 });
    await exited; // the writer ends (SIGPIPE) once the FIFO is closed
  });

  test('standard input: stops consuming an endless stream', async () => {
    let produced = 0;
    const endless = new Readable({
      read() {
        produced += 16_384;
        this.push(Buffer.alloc(16_384, 0x61));
      },
    });
    expect(await readInput('-', 1_000_000, endless)).toMatchObject({ kind: 'too-large', bytesRead: 1_000_001 });
    expect(endless.destroyed).toBe(true);
    expect(produced).toBeLessThan(1_100_000);
  });

  test('a directory or a missing file throws the system error', async () => {
    await expect(readInput(dir, 10)).rejects.toMatchObject({ code: 'EISDIR' });
    await expect(readInput(join(dir, 'missing'), 10)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('looksBinary: judged on bytes, before decoding', () => {
  test('random bytes are binary; every real bounce of the corpus and every fixture (UTF-8, ISO-2022-JP, Shift_JIS, 8-bit) is text', () => {
    for (let k = 0; k < 20; k++) expect(looksBinary(randomBytes(200 * 1024))).toBe(true);
    expect(looksBinary(randomBytes(64))).toBe(true);
    const files = [BOUNCES_DIR, CORPUS_DIR].flatMap((root) =>
      readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(eml|txt|msg)$/.test(f)).map((f) => join(root, f)),
    );
    expect(files.length).toBeGreaterThan(300);
    expect(files.filter((f) => looksBinary(readFileSync(f)))).toEqual([]);
  });

  test('ISO-2022-JP escapes, tabs, CRLF and form feeds are text; NUL-filled or control-heavy data is not', () => {
    expect(looksBinary(Buffer.from('\x1b$B%a!<%k\x1b(B\r\n550\t5.1.1\f\n'))).toBe(false);
    expect(looksBinary(Buffer.alloc(1000))).toBe(true);
    expect(looksBinary(Buffer.from('\u0000\u0001\u0002\u0003abc'))).toBe(true);
    expect(looksBinary(new Uint8Array())).toBe(false);
  });
});
