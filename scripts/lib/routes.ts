import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteSettings } from '../../src/content/schemas/site';

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
  const paths = ['/', '/guide', '/changelog', ...site.topics.map((t) => `/guide/${t.slug}`)];
  return paths.map((path) => ({ path, file: fileFor(path) }));
}
