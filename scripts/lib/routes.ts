import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteSettings } from '../../src/content/schemas/site';
import { smtpDb } from '../../src/content/schemas/smtp-db';
import { decisionTree } from '../../src/content/schemas/tree';
import { codePageCodes } from '../../src/engine/smtp/code-variants';
import { listCanonicalSteps } from '../../src/engine/tree/canonical-steps';
import type { RouteName } from '../../src/routes';
import { paths, routedNames } from '../../src/routes';

export interface PrerenderRoute {
  path: string; // app path, without the base path
  file: string; // output file relative to the output directory
}

function fileFor(path: string): string {
  return path === '/' ? 'index.html' : `${path.replace(/^\//, '')}/index.html`;
}

/**
 * Every route that gets its own HTML file: each route of the route table (src/routes.ts's routedNames),
 * a fixed path once, a parameterised one for every value the content in the output directory gives it.
 */
export function collectRoutes(outDir: string): PrerenderRoute[] {
  const read = (file: string): unknown => JSON.parse(readFileSync(join(outDir, file), 'utf8'));
  const params: Partial<Record<RouteName, () => string[]>> = {
    guidePage: () => siteSettings.parse(read('content/ja/site.json')).topics.map((t) => paths.guidePage.href(t.slug)),
    // One file per reachable step, under its path without the query: the page renders the step's
    // canonical route and the browser applies ?path= after hydration. The start is /troubleshoot itself.
    troubleshootStep: () =>
      listCanonicalSteps(decisionTree.parse(read('content/ja/tree.json')))
        .filter((step) => step.answers.length > 0)
        .map((step) => paths.troubleshootStep.href(step.nodeId)),
    // Each basic code, X.y.z and its class variants.
    smtpCode: () => codePageCodes(smtpDb.parse(read('data/smtp-codes.json'))).map((code) => paths.smtpCode.href(code)),
  };
  const all = routedNames.flatMap((name) => {
    if (!paths[name].path.includes(':')) return [paths[name].path];
    const values = params[name];
    if (!values) throw new Error(`route ${name} (${paths[name].path}) has a parameter: scripts/lib/routes.ts must list its values`);
    return values();
  });
  return [...new Set(all)].map((path) => ({ path, file: fileFor(path) }));
}
