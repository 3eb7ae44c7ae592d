import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { run, startProcess } from './servers';

// Builds the production site twice (at / and under the /help/ sub-path) and serves both with
// `vite preview`, the server `npm start` uses. E2E_NO_BUILD=1 reuses existing builds.
const ROOT_PORT = 4173;
const SUBPATH_PORT = 4174;

declare module 'vitest' {
  export interface ProvidedContext {
    rootUrl: string;
    subpathUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.E2E_NO_BUILD !== '1' || !existsSync('dist/index.html')) {
    await run('npx', ['tsx', 'scripts/build.ts']);
  }
  if (process.env.E2E_NO_BUILD !== '1' || !existsSync('.tmp/dist-help/index.html')) {
    await run('npx', ['tsx', 'scripts/build.ts'], { BASE_PATH: '/help/', OUT_DIR: '.tmp/dist-help' });
  }
  const root = await startProcess('npx', ['vite', 'preview', '--port', String(ROOT_PORT), '--strictPort'], `http://127.0.0.1:${ROOT_PORT}/`);
  const sub = await startProcess(
    'npx',
    ['vite', 'preview', '--port', String(SUBPATH_PORT), '--strictPort', '--outDir', '.tmp/dist-help'],
    `http://127.0.0.1:${SUBPATH_PORT}/help/`,
    { BASE_PATH: '/help/' },
  );
  project.provide('rootUrl', `http://127.0.0.1:${ROOT_PORT}`);
  project.provide('subpathUrl', `http://127.0.0.1:${SUBPATH_PORT}/help`);
  return async () => {
    await Promise.all([root.stop(), sub.stop()]);
  };
}
