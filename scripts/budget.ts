// Quality budgets against the production build: JavaScript and first-visit transfer size of a guide page,
// no request to another origin, no SVG image in a stylesheet, and Lighthouse scores (mobile preset) on the
// main entry pages.
// Usage: npm run budget   (BUDGET_NO_BUILD=1 reuses dist/, BUDGET_PORT changes the port, default 4175,
// BUDGET_RUNS sets the Lighthouse runs per page, default 5)
// Prints one table, writes .lighthouse/budget.json and exits 1 when any budget is missed.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { LIGHTHOUSE_ROUTES, SIZE_ROUTE } from './lib/audit-routes';
import { allPassed, formatEntries, formatFailures, formatRouteTable, formatRun, formatTable, lighthouseFigures, sizeFigures } from './lib/budget-report';
import type { Figure } from './lib/budget-report';
import { runLighthouse, warmUp } from './lib/lighthouse-runner';
import type { LighthouseSummary } from './lib/lighthouse-runner';
import { serveStatic } from './lib/static-server';
import type { StaticServer } from './lib/static-server';
import { measureTransfer } from './lib/transfer-size';
import { searchSizeFigures } from './lib/search-budget';
import { cssImageFigures } from './lib/css-images';

const PORT = Number(process.env.BUDGET_PORT ?? 4175);
const OUT_DIR = '.lighthouse';
// An odd number, so the median is one real run. BUDGET_RUNS=1 gives a quick look while working.
const RUNS = Math.max(1, Number(process.env.BUDGET_RUNS ?? 5) || 5);

function build(): Promise<void> {
  return new Promise((resolve, reject) => {
    // The project's own production build (client bundle, prerendered route HTML, service worker).
    const child = spawn('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm run build exited with ${code}`))));
  });
}

async function main(): Promise<number> {
  if (process.env.BUDGET_NO_BUILD !== '1') {
    console.log('Building the production site…');
    await build();
  }
  if (!existsSync('dist/index.html')) throw new Error('dist/index.html is missing: build first (or drop BUDGET_NO_BUILD)');

  let server: StaticServer | undefined;
  try {
    server = await serveStatic('dist', PORT);
    console.log(`Serving dist/ with gzip at ${server.origin}`);

    console.log(`\nMeasuring the first visit of ${SIZE_ROUTE} (cold cache)…`);
    const size = await measureTransfer(server.origin, SIZE_ROUTE);
    console.log(formatEntries(size.entries));
    for (const url of size.foreignRequests) console.log(`  other origin: ${url}`);

    console.log(`\nLighthouse warm-up run (not counted)…`);
    await warmUp(server.origin);
    const summaries: LighthouseSummary[] = [];
    for (const path of LIGHTHOUSE_ROUTES) {
      console.log(`\nLighthouse ${path} (median of ${RUNS} runs)…`);
      const summary = await runLighthouse(server.origin, path, { runs: RUNS, onRun: (run) => console.log(formatRun(run)) });
      summaries.push(summary);
    }

    console.log(`\nMedians per route (Lighthouse mobile; "CPU" figures count the CPU time each task used, × 4):\n${formatRouteTable(summaries)}`);
    const search = searchSizeFigures('dist');
    console.log(`\nSearch chunks: ${search.files.join(', ')}`);
    const figures: Figure[] = [...sizeFigures(size), ...cssImageFigures('dist'), ...search.figures, ...summaries.flatMap(lighthouseFigures)];
    console.log(`\n${formatTable(figures)}`);
    const failures = summaries.map(formatFailures).filter((text) => text !== '');
    if (failures.length) console.log(`\nAudits behind scores under target:\n${failures.join('\n')}`);

    const passed = allPassed(figures);
    await mkdir(OUT_DIR, { recursive: true });
    await writeFile(
      `${OUT_DIR}/budget.json`,
      `${JSON.stringify({ generatedAt: new Date().toISOString(), passed, figures, size, lighthouse: summaries }, null, 2)}\n`,
    );
    console.log(`\n${passed ? 'All budgets met.' : 'Budgets missed.'} Details: ${OUT_DIR}/budget.json`);
    return passed ? 0 : 1;
  } finally {
    await server?.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
