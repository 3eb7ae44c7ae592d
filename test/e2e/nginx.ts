import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startProcess } from './servers';

/** One of the strings the harness replaces in deploy/nginx.conf: missing means the config changed under it. */
function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const found = typeof from === 'string' ? text.includes(from) : from.test(text);
  if (!found) throw new Error(`deploy/nginx.conf no longer contains ${String(from)}: update test/e2e/nginx.ts`);
  return text.replace(from, to);
}

/**
 * Starts Debian's nginx on loopback ports with the project's own deploy/nginx.conf, rewritten only where a
 * test must differ from a real install: the ports, the root directory, the base path, file locations and
 * the certificate.
 *
 * - Plain (default): the HTTPS server block is served over HTTP on `port` (its `ssl_*` lines dropped) and
 *   the port-80 redirect server is left out, because Chromium refuses service workers on a self-signed
 *   certificate and the offline tests need one. Everything else (locations, headers, limits, error pages)
 *   is the shipped config.
 * - `tls: true`: the config as shipped: HTTPS with HTTP/2 on `port`, with a self-signed certificate made
 *   by openssl now, and the redirect server on `httpPort`.
 */
export async function startNginx(options: { port: number; distDir: string; base: string; name: string; tls?: boolean; httpPort?: number }) {
  const work = resolve('.tmp', `nginx-${options.name}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'temp'), { recursive: true });
  // The site lives at <root><base>: for /help/ the built files sit in <root>/help/.
  const root = join(work, 'root');
  const target = join(root, options.base);
  mkdirSync(resolve(target, '..'), { recursive: true });
  symlinkSync(resolve(options.distDir), target.replace(/\/$/, ''));

  let site = readFileSync('deploy/nginx.conf', 'utf8');
  site = replaceOnce(site, 'root /var/www/mail-guide;', `root ${root};`);
  site = replaceOnce(site, /(map \$scheme \$guide_base \{\s*default )\/;/, `$1${options.base};`);
  site = site.replaceAll('/etc/nginx/snippets/mail-guide-security-headers.conf', resolve('deploy/security-headers.conf'));
  site = site.replace(/^\s*listen \[::\]:\d+.*\n/gm, '');
  if (options.tls) {
    if (options.httpPort === undefined) throw new Error('tls needs httpPort for the redirect server');
    const cert = join(work, 'cert.pem');
    const key = join(work, 'key.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    site = replaceOnce(site, 'listen 80;', `listen 127.0.0.1:${options.httpPort};`);
    site = replaceOnce(site, 'listen 443 ssl http2;', `listen 127.0.0.1:${options.port} ssl http2;`);
    site = replaceOnce(site, 'ssl_certificate /etc/ssl/certs/mail-guide.crt;', `ssl_certificate ${cert};`);
    site = replaceOnce(site, 'ssl_certificate_key /etc/ssl/private/mail-guide.key;', `ssl_certificate_key ${key};`);
  } else {
    // Drop the redirect server (the first server block) and the TLS lines of the site's server.
    site = replaceOnce(site, /# Port 80 only redirects[\s\S]*?\n}\n/, '');
    site = replaceOnce(site, 'listen 443 ssl http2;', `listen 127.0.0.1:${options.port};`);
    site = site.replace(/^\s*ssl_\S+ .*\n/gm, '');
  }
  writeFileSync(join(work, 'site.conf'), site);
  const temp = join(work, 'temp');
  writeFileSync(
    join(work, 'nginx.conf'),
    [
      'worker_processes 1;',
      'daemon off;',
      `pid ${join(work, 'nginx.pid')};`,
      `error_log ${join(work, 'error.log')} warn;`,
      'events { worker_connections 256; }',
      'http {',
      '  access_log off;',
      `  client_body_temp_path ${temp}/body; proxy_temp_path ${temp}/proxy; fastcgi_temp_path ${temp}/fastcgi;`,
      `  uwsgi_temp_path ${temp}/uwsgi; scgi_temp_path ${temp}/scgi;`,
      `  include ${join(work, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const base = options.base.replace(/\/$/, '');
  const url = `${options.tls ? 'https' : 'http'}://127.0.0.1:${options.port}${base}`;
  // Ready when the plain port answers (for TLS: the redirect server; the HTTPS port is up in the same start).
  const ready = options.tls ? `http://127.0.0.1:${options.httpPort}/` : `${url}/`;
  const server = await startProcess('nginx', ['-c', join(work, 'nginx.conf'), '-p', work], ready);
  return { url, httpUrl: options.tls ? `http://127.0.0.1:${options.httpPort}${base}` : url, stop: server.stop };
}
