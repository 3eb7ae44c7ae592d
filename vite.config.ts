import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// BASE_PATH=/help/ npm run build → a site that lives entirely under /help/.
function basePath(): string {
  const raw = process.env.BASE_PATH ?? '/';
  const withLeading = raw.startsWith('/') ? raw : `/${raw}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}

export default defineConfig({
  base: basePath(),
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
});
