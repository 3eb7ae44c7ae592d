import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteSettings } from '../../src/content/schemas/site';
import { smtpDb } from '../../src/content/schemas/smtp-db';
import { decisionTree } from '../../src/content/schemas/tree';
import { listCanonicalSteps } from '../../src/engine/tree/canonical-steps';
import { codePageCodes } from '../../src/features/smtp/code-variants';

export interface PrerenderRoute {
  path: string; // app path, without the base path
  file: string; // output file relative to the output directory
}

function fileFor(path: string): string {
  return path === '/' ? 'index.html' : `${path.replace(/^\//, '')}/index.html`;
}

/** Every route that gets its own HTML file, read from the content in the output directory. */
export function collectRoutes(outDir: string): PrerenderRoute[] {
  const site = siteSettings.parse(JSON.parse(readFileSync(join(outDir, 'content/ja/site.json'), 'utf8')));
  const paths = ['/', '/guide', '/changelog', '/search', ...site.topics.map((t) => `/guide/${t.slug}`)];
  paths.push(...troubleshootRoutes(outDir));
  paths.push(...smtpRoutes(outDir));
  return [...new Set(paths)].map((path) => ({ path, file: fileFor(path) }));
}

/**
 * The troubleshooter: one HTML file per reachable step (its path without the query: the page renders the
 * step's canonical route and the browser applies ?path= after hydration), the "solved" screen and the map.
 */
function troubleshootRoutes(outDir: string): string[] {
  const tree = decisionTree.parse(JSON.parse(readFileSync(join(outDir, 'content/ja/tree.json'), 'utf8')));
  const steps = listCanonicalSteps(tree).map((step) => step.url.split('?')[0] ?? step.url);
  return ['/troubleshoot', ...steps, '/troubleshoot/done', '/troubleshoot/map'];
}

/** The SMTP lookup, the list of codes and a page per code (each basic code, X.y.z and its class variants). */
function smtpRoutes(outDir: string): string[] {
  const db = smtpDb.parse(JSON.parse(readFileSync(join(outDir, 'data/smtp-codes.json'), 'utf8')));
  return ['/smtp', '/smtp/codes', ...codePageCodes(db).map((code) => `/smtp/codes/${encodeURIComponent(code)}`)];
}
