import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as SearchDocs from './scripts/lib/search-docs';
import type * as Routes from './scripts/lib/routes';

/**
 * Makes `vite preview` (what `npm start` serves) behave like a well-configured static host for the
 * prerendered site: /guide/bounces → guide/bounces/index.html without a redirect, unknown paths → the
 * prerendered 404 page (the app then renders the right thing for URLs added after the build), and a URL
 * with broken percent-encoding → the 404 page instead of a bare error status.
 */
function staticHostPreview(base: string): Plugin {
  return {
    name: 'static-host-preview',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, _res, next) => {
        const url = req.url ?? '/';
        const [rawPath = '/', query] = url.split('?', 2);
        let path: string;
        try {
          path = decodeURI(rawPath);
        } catch {
          req.url = `${base}404.html`;
          return next();
        }
        if (req.method === 'GET' && path.startsWith(base)) {
          const rel = path.slice(base.length).replace(/\/+$/, '');
          const candidate = join(outDir, rel, 'index.html');
          // A directory with a prerendered page wins, even when its name looks like a file (/smtp/codes/5.1.1).
          if (candidate.startsWith(outDir) && existsSync(candidate)) {
            req.url = `${base}${rel ? `${rel}/` : ''}index.html${query ? `?${query}` : ''}`;
          } else if (!extname(path) && existsSync(join(outDir, '404.html'))) {
            req.url = `${base}404.html`;
          }
        }
        next();
      });
    },
  };
}

/** `npm run dev`: the site search index, built from public/ on each request (the build writes it to dist/). */
function searchIndexDev(base: string): Plugin {
  return {
    name: 'search-index-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== `${base}data/search-index.json`) return next();
        void (async () => {
          const docs = (await server.ssrLoadModule('/scripts/lib/search-docs.ts')) as typeof SearchDocs;
          const routes = (await server.ssrLoadModule('/scripts/lib/routes.ts')) as typeof Routes;
          const publicDir = resolve(server.config.root, 'public');
          const index = docs.buildSearchIndex(docs.fileSource(publicDir), routes.collectRoutes(publicDir).map((r) => r.path));
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify(index));
        })().catch(next);
      });
    },
  };
}

// BASE_PATH=/help/ npm run build → a site that lives entirely under /help/.
function basePath(): string {
  const raw = process.env.BASE_PATH ?? '/';
  const withLeading = raw.startsWith('/') ? raw : `/${raw}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}

/** The `@/` import alias (tsconfig.json's "paths"): `@/routes` is src/routes.ts from anywhere. */
export const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

export default defineConfig({
  base: basePath(),
  resolve: { alias },
  plugins: [react(), staticHostPreview(basePath()), searchIndexDev(basePath())],
  build: {
    target: 'es2022',
    sourcemap: process.env.SOURCEMAP === '1',
    // Every browser the site supports knows <link rel="modulepreload">; one without it only loads a chunk
    // a little later, so the polyfill would be bytes in the entry bundle for nothing.
    modulePreload: { polyfill: false },
    // NO_MINIFY=1 keeps function names readable in a CPU profile (docs/budgets.md); never for a deploy.
    minify: process.env.NO_MINIFY === '1' ? false : 'oxc',
  },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
});
