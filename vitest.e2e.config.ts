import { defineConfig } from 'vitest/config';
import { alias } from './vite.config.ts';

// Real-browser tests: Debian's Chromium driven by playwright-core against the production build.
export default defineConfig({
  resolve: { alias },
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
