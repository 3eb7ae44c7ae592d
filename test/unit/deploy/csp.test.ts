import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const policy = readFileSync('deploy/csp.txt', 'utf8').trim();
const directives = new Map(policy.split(';').map((d) => {
  const [name = '', ...values] = d.trim().split(/\s+/);
  return [name, values] as const;
}));

describe('Content-Security-Policy', () => {
  test('forbids inline scripts and every third-party origin', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    for (const [name, values] of directives) {
      for (const value of values) expect(`${name} ${value}`).toMatch(/'self'|'none'|'unsafe-inline'|^img-src data:$/);
      if (name !== 'style-src') expect(values, name).not.toContain("'unsafe-inline'");
    }
  });

  test('the <meta> in index.html and the nginx header ship the same policy', () => {
    const html = readFileSync('index.html', 'utf8');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${policy}" />`);
    const headers = readFileSync('deploy/security-headers.conf', 'utf8');
    expect(headers).toContain(`add_header Content-Security-Policy "${policy}; frame-ancestors 'none'" always;`);
  });

  test('the nginx config includes the security headers in every location', () => {
    const conf = readFileSync('deploy/nginx.conf', 'utf8');
    const locations = conf.split(/\n\s*location /).slice(1);
    expect(locations.length).toBeGreaterThanOrEqual(3);
    for (const block of locations) expect(block).toContain('mail-guide-security-headers.conf');
  });
});
