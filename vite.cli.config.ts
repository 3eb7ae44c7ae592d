import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The `@/` alias of tsconfig.json (as in vite.config.ts).
const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

/**
 * Compiles the command-line analyser (scripts/explain.ts) and everything it imports into one plain ES
 * module, dist-cli/mail-explain.mjs, so `npm run explain` and the `mail-explain` bin start Node directly:
 * no TypeScript compiler at run time. Built by `npm run build:cli` (and by `prepare` after `npm ci`).
 */
export default defineConfig({
  resolve: { alias },
  logLevel: 'warn',
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'scripts/explain.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    rollupOptions: {
      output: { entryFileNames: 'mail-explain.mjs', banner: '#!/usr/bin/env node' },
    },
  },
});
