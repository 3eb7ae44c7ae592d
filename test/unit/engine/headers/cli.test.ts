import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const SCRIPT = join(ROOT, 'scripts', 'headers.ts');
const FORMS = join(ROOT, 'test', 'fixtures', 'headers', 'forms');

function run(args: string[], stdin?: string) {
  const r = spawnSync(TSX, [SCRIPT, ...args], { cwd: FORMS, input: stdin, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run headers', () => {
  it('--json prints one object per file in the issue shape, stdin included', () => {
    const stdin = readFileSync(join(FORMS, 'gmail-from-yahoo.txt'), 'utf8');
    const r = run(['--json', 'gmail-from-sendgrid-delayed.txt', '-', 'missing.eml'], stdin);
    expect(r.status).toBe(2); // one file could not be read; the others are still printed
    expect(r.stderr).toContain('missing.eml');
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.file)).toEqual(['gmail-from-sendgrid-delayed.txt', '-']);
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(['file', 'hops', 'totalSeconds', 'auth', 'spam', 'conclusion']);
      expect(Object.keys(l.auth as object)).toEqual(['spf', 'dkim', 'dmarc', 'arc']);
      for (const hop of l.hops as Record<string, unknown>[]) expect(Object.keys(hop)).toEqual(['from', 'by', 'with', 'id', 'for', 'date', 'delaySeconds']);
    }
    const [sendgrid, yahoo] = lines as { hops: { from: string | null; by: string | null; date: string | null; delaySeconds: number | null }[]; totalSeconds: number; conclusion: { code: string; link: string }[] }[];
    expect(sendgrid?.hops[0]).toMatchObject({ from: 'MTU2MTgzOA', by: 'ismtpd0004p1lon1.sendgrid.net', date: '2018-04-22T09:54:16.855Z', delaySeconds: null });
    expect(sendgrid?.hops[1]?.delaySeconds).toBe(10800.173);
    expect(sendgrid?.totalSeconds).toBe(10802.145);
    expect(sendgrid?.conclusion[0]).toMatchObject({ code: 'slow-hop', link: '/guide/timing#late-mail' });
    expect(yahoo?.hops.map((h) => h.by)).toEqual(['hermes--production-ne1-7b767b77cc-q4x8m', 'sonic307.consmr.mail.ne1.yahoo.com', 'mx.google.com', '2002:a05:7010:5a0c:b0:4a3:1c4e:9d7f']);
  });

  it('prints a Japanese summary with the slowest hop marked, and a notice for input without headers', () => {
    const r = run(['gmail-from-sendgrid-delayed.txt', '-'], 'こんにちは');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/2\. .*filterdrecv.*\+3 時間 {2}← いちばん時間がかかった区間/);
    expect(r.stdout).toContain('2018-04-22 18:54:16.855 JST / 2018-04-22 09:54:16.855 UTC');
    expect(r.stdout).toContain('メールのヘッダーが見つかりませんでした');
  });

  it('refuses unknown options with the usage', () => {
    const r = run(['--yaml', 'x']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('使い方');
  });
});
