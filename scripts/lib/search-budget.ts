// Site search sizes in the built site (npm run budget): the index file and the search code that loads when
// the box is first used (the chunks of src/features/search and src/engine/search), both gzip level 9.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './budget-report';
import { kb } from './budget-report';

export const SEARCH_SIZE_BUDGETS = { indexKb: 60, codeKb: 15 };

export function searchSizeFigures(distDir: string): { figures: Figure[]; files: string[] } {
  const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
  const index = gz(join(distDir, 'data/search-index.json'));
  // Chunks are named after their first module: search-routes, search-popup, search (the engine), …
  const files = readdirSync(join(distDir, 'assets')).filter((name) => /^(search|highlighted-text|fold)[-.].*\.js$/.test(name));
  const code = files.reduce((n, name) => n + gz(join(distDir, 'assets', name)), 0);
  return {
    files,
    figures: [
      { figure: 'search index (data/search-index.json)', value: `${kb(index)} KB`, budget: `≤ ${SEARCH_SIZE_BUDGETS.indexKb} KB`, pass: kb(index) <= SEARCH_SIZE_BUDGETS.indexKb },
      // No chunk found means the names changed: fail rather than report 0 KB.
      { figure: `search code, loaded on first use (${files.length} chunks)`, value: `${kb(code)} KB`, budget: `≤ ${SEARCH_SIZE_BUDGETS.codeKb} KB`, pass: files.length > 0 && kb(code) <= SEARCH_SIZE_BUDGETS.codeKb },
    ],
  };
}
