// The whole content check, as an operator runs it: the shipped public/ passes every rule, and a broken copy
// gets every problem of every file in one run of `npm run check:content`, one "file: path: message" line each.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkAllContent, formatProblem } from '../../../../src/content/check';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const PUBLIC = join(ROOT, 'public');

describe('the content check over the shipped files', () => {
  test('public/ passes every rule: guide, links, tree, code database, wording, glossary, source map', () => {
    const read = (file: string) => (existsSync(join(PUBLIC, file)) ? readFileSync(join(PUBLIC, file), 'utf8') : null);
    const list = (dir: string) => (existsSync(join(PUBLIC, dir)) ? readdirSync(join(PUBLIC, dir)).map((name) => relative(PUBLIC, join(PUBLIC, dir, name))) : []);
    const { problems, summary } = checkAllContent(read, list);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(summary).toMatch(/^16 pages, \d+ troubleshooter nodes, 107 SMTP codes, \d+ search synonym groups, \d+ glossary terms, source map 58 sentences/);
  });

  test('npm run check:content reports the problems of several files in one run and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    try {
      cpSync(join(PUBLIC, 'content'), join(dir, 'content'), { recursive: true });
      cpSync(join(PUBLIC, 'data'), join(dir, 'data'), { recursive: true });
      const edit = (file: string, change: (text: string) => string) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
      edit('content/ja/pages/timing.md', (md) => `${md}\n[リンク](/guide/nowhere)\n`);
      edit('content/ja/tree.json', (json) => json.replace('"question": "どのような状況ですか？"', '"question": "どのような状況ですか"'));
      const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/check-content.ts'), dir], { cwd: ROOT, encoding: 'utf8' });
      expect(run.status).toBe(1);
      const shown = relative(ROOT, dir);
      expect(run.stdout).toContain(`${join(shown, 'content/ja/pages/timing.md')}: link /guide/nowhere: links to unknown page "nowhere"`);
      expect(run.stdout).toMatch(/content\/ja\/tree\.json: [\w-]+: question: must end with ？/);
      expect(run.stdout).toMatch(/\n2 problem\(s\) found in /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
