import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startProcess } from './servers';

/**
 * Starts Debian's nginx on a loopback port with the project's own deploy/nginx.conf, rewritten only where
 * a test must differ from a real install: the port, the root directory, the base path and file locations.
 */
export async function startNginx(options: { port: number; distDir: string; base: string; name: string }) {
  const work = resolve('.tmp', `nginx-${options.name}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'temp'), { recursive: true });
  // The site lives at <root><base>: for /help/ the built files sit in <root>/help/.
  const root = join(work, 'root');
  const target = join(root, options.base);
  mkdirSync(resolve(target, '..'), { recursive: true });
  symlinkSync(resolve(options.distDir), target.replace(/\/$/, ''));

  const site = readFileSync('deploy/nginx.conf', 'utf8')
    .replace('listen 80;', `listen 127.0.0.1:${options.port};`)
    .replace('root /var/www/mail-guide;', `root ${root};`)
    .replace('set $guide_base /;', `set $guide_base ${options.base};`)
    .replaceAll('/etc/nginx/snippets/mail-guide-security-headers.conf', resolve('deploy/security-headers.conf'));
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
  const url = `http://127.0.0.1:${options.port}${base}`;
  const server = await startProcess('nginx', ['-c', join(work, 'nginx.conf'), '-p', work], `${url}/`);
  return { url, stop: server.stop };
}
