import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * `vite preview` answers a URL with broken percent-encoding (/guide/%E0%A4%A) with a bare error status.
 * Serve the app instead, so the reader gets the app's not-found page and a way back.
 */
function malformedUrlFallback(base: string): Plugin {
  return {
    name: 'malformed-url-fallback',
    configurePreviewServer(server) {
      server.middlewares.use((req, _res, next) => {
        try {
          decodeURI(req.url ?? '/');
        } catch {
          req.url = `${base}index.html`;
        }
        next();
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

export default defineConfig({
  base: basePath(),
  plugins: [react(), malformedUrlFallback(basePath())],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
});
