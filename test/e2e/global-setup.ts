import { existsSync, rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startNginx } from './nginx';
import { freePort, run, startProcess } from './servers';

// Builds the production site twice (at / and under the /help/ sub-path) and serves it with `vite preview`
// (what `npm start` uses), with real nginx and deploy/nginx.conf, and with a plain static file server.
// E2E_NO_BUILD=1 reuses existing builds in dist/ and .tmp/dist-help/.

declare module 'vitest' {
  export interface ProvidedContext {
    rootUrl: string;
    subpathUrl: string;
    nginxUrl: string;
    nginxSubpathUrl: string;
    plainStaticUrl: string;
    rootDist: string;
  }
}

export default async function setup(project: TestProject) {
  // Each run builds into its own directories, so parallel runs never serve each other's half-written files.
  const reuse = process.env.E2E_NO_BUILD === '1' && existsSync('dist/index.html') && existsSync('.tmp/dist-help/index.html');
  const work = `.tmp/e2e-${process.pid}`;
  const rootDist = reuse ? 'dist' : `${work}/dist`;
  const helpDist = reuse ? '.tmp/dist-help' : `${work}/dist-help`;
  if (!reuse) {
    await run('npx', ['tsx', 'scripts/build.ts'], { OUT_DIR: rootDist });
    await run('npx', ['tsx', 'scripts/build.ts'], { BASE_PATH: '/help/', OUT_DIR: helpDist });
  }
  const ports = new Set<number>();
  while (ports.size < 5) ports.add(await freePort());
  const [ROOT_PORT = 0, SUBPATH_PORT = 0, NGINX_PORT = 0, NGINX_SUB_PORT = 0, PLAIN_PORT = 0] = [...ports];
  const root = await startProcess('npx', ['vite', 'preview', '--port', String(ROOT_PORT), '--strictPort', '--outDir', rootDist], `http://127.0.0.1:${ROOT_PORT}/`);
  const sub = await startProcess(
    'npx',
    ['vite', 'preview', '--port', String(SUBPATH_PORT), '--strictPort', '--outDir', helpDist],
    `http://127.0.0.1:${SUBPATH_PORT}/help/`,
    { BASE_PATH: '/help/' },
  );
  // Real nginx with deploy/nginx.conf, at / and under /help/.
  const nginx = await startNginx({ port: NGINX_PORT, distDir: rootDist, base: '/', name: `root-${process.pid}` });
  const nginxSub = await startNginx({ port: NGINX_SUB_PORT, distDir: helpDist, base: '/help/', name: `help-${process.pid}` });
  // A plain static server with no fallback and no rewrite rules at all.
  const plain = await startProcess('python3', ['-m', 'http.server', String(PLAIN_PORT), '--bind', '127.0.0.1', '--directory', rootDist], `http://127.0.0.1:${PLAIN_PORT}/`);
  project.provide('rootUrl', `http://127.0.0.1:${ROOT_PORT}`);
  project.provide('subpathUrl', `http://127.0.0.1:${SUBPATH_PORT}/help`);
  project.provide('nginxUrl', nginx.url);
  project.provide('nginxSubpathUrl', nginxSub.url);
  project.provide('plainStaticUrl', `http://127.0.0.1:${PLAIN_PORT}`);
  project.provide('rootDist', rootDist);
  return async () => {
    await Promise.all([root.stop(), sub.stop(), nginx.stop(), nginxSub.stop(), plain.stop()]);
    if (!reuse) rmSync(work, { recursive: true, force: true });
  };
}
