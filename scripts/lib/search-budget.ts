// Site search sizes in the built site (npm run budget): the index file and the search code that first use
// of the box downloads, both gzip level 9. That code is the page's lazily loaded search chunk and the
// search worker (the matcher and the index check, with its own copy of zod/mini); the engine's main-thread
// fallback (search-engine-*, loaded only where no worker runs) is listed but not counted.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './budget-report';
import { kb } from './budget-report';

export const SEARCH_SIZE_BUDGETS = { indexKb: 60, codeKb: 20 };

const FALLBACK = /^search-engine-/;
const WORKER = /^search\.worker-/;

export function searchSizeFigures(distDir: string): { figures: Figure[]; files: string[] } {
  const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
  const index = gz(join(distDir, 'data/search-index.json'));
  // Chunks are named after their first module: search-lazy (the UI), search.worker, search-engine (fallback), …
  const files = readdirSync(join(distDir, 'assets')).filter((name) => /^(search|highlighted-text|fold)[-.].*\.js$/.test(name));
  const counted = files.filter((name) => !FALLBACK.test(name));
  const code = counted.reduce((n, name) => n + gz(join(distDir, 'assets', name)), 0);
  const worker = counted.filter((name) => WORKER.test(name)).reduce((n, name) => n + gz(join(distDir, 'assets', name)), 0);
  return {
    files: files.map((name) => (FALLBACK.test(name) ? `${name} (fallback without a worker, not counted)` : name)),
    figures: [
      { figure: 'search index (data/search-index.json)', value: `${kb(index)} KB`, budget: `≤ ${SEARCH_SIZE_BUDGETS.indexKb} KB`, pass: kb(index) <= SEARCH_SIZE_BUDGETS.indexKb },
      // No page chunk or no worker found means the names changed: fail rather than report too little.
      {
        figure: `search code, loaded on first use (${counted.length} chunks: page ${kb(code - worker)} KB, worker ${kb(worker)} KB)`,
        value: `${kb(code)} KB`,
        budget: `≤ ${SEARCH_SIZE_BUDGETS.codeKb} KB`,
        pass: worker > 0 && code > worker && kb(code) <= SEARCH_SIZE_BUDGETS.codeKb,
      },
    ],
  };
}
