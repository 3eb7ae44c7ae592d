// npm run build: checks the content, builds the client, then prerenders an HTML file per route so deep
// links work on any static host, previews show real titles, and the content reads without JavaScript.
//   BASE_PATH=/help/   build for a sub-path
//   SITE_URL=https://help.example.com   origin used in canonical and og:url links (default: http://localhost:4173)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { injectManifest } from 'workbox-build';
import { collectRoutes } from './lib/routes';
import { buildSearchIndex, fileSource, SEARCH_INDEX_FILE } from './lib/search-docs';
import { fillTemplate } from './lib/html';
import { chunkTags, readManifest } from './lib/manifest';
import { addPhraseBreaks } from './lib/phrases';
import { printMetaHtml } from './lib/print-meta';
import { pageUrl, robotsTxt, sitemapXml } from './lib/seo-files';
import { siteSettings } from '../src/content/schemas/site';
import { fingerprint } from '../src/content/fingerprint';
import { lazyAreaOf, paths, splitPages } from '../src/routes';

/**
 * The server entry's renderRoute (src/entry-server.tsx), loaded from the SSR build below. Described here
 * rather than imported: scripts import only the engine, content and the route module (docs/architecture.md).
 */
type RenderRoute = (path: string) => Promise<{
  html: string;
  record: { meta: { title: string; description: string | null } | null; notFound: boolean };
  state: unknown;
}>;

// A production build whatever the caller's environment says (test runners set NODE_ENV=test, which would
// make Vite build React's development version and drop import.meta.env.PROD code).
process.env.NODE_ENV = 'production';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();

function basePath(): string {
  const raw = process.env.BASE_PATH ?? '/';
  const lead = raw.startsWith('/') ? raw : `/${raw}`;
  return lead.endsWith('/') ? lead : `${lead}/`;
}

const check = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/check-content.ts')], {
  stdio: 'inherit',
});
if (check.status !== 0) {
  console.error('\nThe content has problems (above); fix them before building.');
  process.exit(1);
}

const outDir = process.env.OUT_DIR ?? join(root, 'dist');
const ssrDir = join(root, '.tmp', `ssr-${process.pid}`);
await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true, manifest: 'build-manifest.json' } });
await build({
  root,
  logLevel: 'warn',
  build: { ssr: 'src/entry-server.tsx', outDir: ssrDir, emptyOutDir: true, copyPublicDir: false },
});

const base = basePath();
const siteUrl = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, '');

// During prerendering the app's fetches read the files just copied to the output directory.
globalThis.fetch = async (input: string | URL | Request) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const path = decodeURIComponent(url.replace(/^https?:\/\/[^/]+/, '').split('?')[0] ?? '');
  const file = join(outDir, path.startsWith(base) ? path.slice(base.length) : path);
  if (!file.startsWith(outDir) || !existsSync(file)) return new Response('not found', { status: 404 });
  return new Response(readFileSync(file), { status: 200 });
};

const { renderRoute } = (await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href)) as { renderRoute: RenderRoute };
const template = readFileSync(join(outDir, 'index.html'), 'utf8');
const site = siteSettings.parse(JSON.parse(readFileSync(join(outDir, 'content/ja/site.json'), 'utf8')));

// The untouched template is the shell for URLs that were not prerendered (served as a fallback).
writeFileSync(join(outDir, 'app.html'), template);

// Lazily loaded areas (troubleshooter, code lookup): their prerendered pages link the area's CSS and
// preload its code, so the page neither shifts when the styles arrive nor waits to hydrate.
const manifestFile = join(outDir, 'build-manifest.json');
const manifest = readManifest(readFileSync(manifestFile, 'utf8'));
rmSync(manifestFile);
// Their data file is preloaded too, and its fingerprint travels in the page (dataFiles below): the file the
// browser gets is then the one this build checked, and the page hydrates without loading the content check
// (src/content/queries.ts readDataFile). The areas, their entry modules and data files are in src/routes.ts.
function areaTags(path: string): string {
  if (splitPages.routes.some((name) => paths[name].path === path)) return `${chunkTags(manifest, splitPages.entry, base)}  `;
  const area = lazyAreaOf(path);
  if (!area) return '';
  if (area.data === null) return `${chunkTags(manifest, area.entry, base)}  `;
  const data = `  <link rel="preload" as="fetch" fetchpriority="low" crossorigin="anonymous" href="${base}${area.data}">\n`;
  return `${chunkTags(manifest, area.entry, base)}${data}  `;
}

/** The fingerprint of the data file a lazy area's page loads, by its path under public/ (none for others). */
function dataFiles(path: string): Record<string, string> {
  const file = lazyAreaOf(path)?.data;
  return file ? { [file]: fingerprint(readFileSync(join(outDir, file), 'utf8')) } : {};
}

const routes = collectRoutes(outDir);
const built = new Date();
let written = 0;
for (const route of [...routes, { path: '/__not-found__', file: '404.html' }]) {
  const page = await renderRoute(route.path);
  if (page.record.notFound && route.file !== '404.html') throw new Error(`route ${route.path} rendered the not-found page`);
  const meta = page.record.meta ?? { title: site.siteName, description: null };
  const url = pageUrl(siteUrl, base, route.path);
  const html = fillTemplate(
    template.replace('</head>', `${areaTags(route.path)}</head>`),
    { title: meta.title, description: meta.description ?? site.description, url, siteName: site.siteName },
    addPhraseBreaks(page.html),
    { ...(page.state as object), files: dataFiles(route.path) },
    route.path,
  ).replace('</body>', () => `${route.file === '404.html' ? '' : printMetaHtml(url, route.path, built)}\n  </body>`);
  const file = join(outDir, route.file);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
  written += 1;
}
// For search engines: every prerendered page, at its public address.
writeFileSync(join(outDir, 'robots.txt'), robotsTxt(siteUrl, base));
writeFileSync(join(outDir, 'sitemap.xml'), sitemapXml(siteUrl, base, routes.map((r) => r.path)));
rmSync(ssrDir, { recursive: true, force: true });

// The site search index, from the content just copied (so it matches the pages exactly); served as a
// data file: lazy-loaded by the search box, precached for offline use, refreshed network-first.
const searchIndex = buildSearchIndex(fileSource(outDir), routes.map((r) => r.path));
writeFileSync(join(outDir, SEARCH_INDEX_FILE), JSON.stringify(searchIndex));

// The service worker, then its precache list: every hashed asset, the app shell, the content and data.
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir,
    emptyOutDir: false,
    copyPublicDir: false,
    lib: { entry: join(root, 'src/sw.ts'), formats: ['iife'], name: 'guideServiceWorker', fileName: () => 'sw.js' },
  },
});
const precache = await injectManifest({
  swSrc: join(outDir, 'sw.js'),
  swDest: join(outDir, 'sw.js'),
  globDirectory: outDir,
  globPatterns: ['assets/**/*.{js,css}', 'app.html', 'favicon.svg', 'content/**/*.{json,md}', 'data/**/*.json'],
  // Editorial files only the content check reads (the glossary, the source map): no reader ever needs them offline.
  globIgnores: ['content/*/glossary.json', 'content/*/source-map.json'],
  maximumFileSizeToCacheInBytes: 5_000_000,
});
for (const warning of precache.warnings) console.warn(warning);
console.log(`prerendered ${written} HTML files, precache ${precache.count} files (${(precache.size / 1024).toFixed(0)} KB), in ${((performance.now() - started) / 1000).toFixed(1)} s → ${outDir}`);
