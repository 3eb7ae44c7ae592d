import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkAllContent, formatProblem } from '../../../../src/content/check';
import { MAX_CONTENT_BYTES } from '../../../../src/content/check/files';

// The whole check over the real public/ files with one file broken: the broken file is reported once, by
// name, and nothing else is (one error per root cause).
const PUBLIC = 'public';

function checkWith(overrides: Record<string, string>): string[] {
  const read = (file: string) => overrides[file] ?? (existsSync(join(PUBLIC, file)) ? readFileSync(join(PUBLIC, file), 'utf8') : null);
  const list = (dir: string) => readdirSync(join(PUBLIC, dir)).map((name) => `${dir}/${name}`);
  return checkAllContent(read, list).problems.map(formatProblem);
}

const page = 'content/ja/pages/timing.md';
const original = readFileSync(join(PUBLIC, page), 'utf8');

describe('one error per root cause, over the real content', () => {
  test('the real content has no problem', () => {
    expect(checkWith({})).toEqual([]);
  });

  test('an invalid site.json is reported alone: no "not listed in site.json topics", no "unknown page" elsewhere', () => {
    for (const broken of ['{"siteName": 3}', '{', '[]']) {
      const problems = checkWith({ 'content/ja/site.json': broken });
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.filter((p) => !p.startsWith('content/ja/site.json: '))).toEqual([]);
    }
  });

  test('a 5 MB Markdown page fails with one line naming the file, its size and the limit', () => {
    const unit = 'これは大きなページです。\n\n';
    const big = `${original}\n\n${unit.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(unit)))}`;
    const problems = checkWith({ [page]: big });
    expect(problems).toEqual([`${page}: (file): is 5.0 MB; a Markdown file may be at most ${MAX_CONTENT_BYTES.markdown / 1024} KB (docs/content-format.md)`]);
    // Just under the limit passes.
    const fits = `${original}\n\n${'あ'.repeat(Math.floor((MAX_CONTENT_BYTES.markdown - Buffer.byteLength(original) - 2) / 3))}`;
    expect(Buffer.byteLength(fits)).toBeLessThanOrEqual(MAX_CONTENT_BYTES.markdown);
    expect(checkWith({ [page]: fits })).toEqual([]);
  });

  test('a step that links to itself reports its cycle once', () => {
    const tree = JSON.parse(readFileSync(join(PUBLIC, 'content/ja/tree.json'), 'utf8')) as { nodes: { id: string; kind: string; ifNotSolved?: string }[] };
    const outcome = tree.nodes.find((n) => n.kind === 'outcome' && n.ifNotSolved !== undefined);
    if (!outcome) throw new Error('the tree has no outcome with ifNotSolved');
    outcome.ifNotSolved = outcome.id;
    const problems = checkWith({ 'content/ja/tree.json': JSON.stringify(tree) });
    expect(problems).toEqual([`content/ja/tree.json: ${outcome.id}: cycle: ${outcome.id} → ${outcome.id} (routes must never loop back)`]);
  });

  test('quoted values are shown whole, or cut with an ellipsis', () => {
    const problems = checkWith({ [page]: `${original}\n\n[危ない](javascript:alert(1))\n\n[長い](javascript:${'x'.repeat(300)})\n` });
    expect(problems[0]).toContain('link target "javascript:alert(1)" is not allowed');
    expect(problems[1]).toMatch(/link target "javascript:x{109}…" is not allowed/);
    expect(problems).toHaveLength(2);
  });
});
