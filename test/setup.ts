import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

// findBy*/waitFor wait for what a user would wait for, not for a CPU quota: on a shared, loaded machine a
// lazily imported page can take several seconds to transform on first use. A real failure still fails,
// only later.
configure({ asyncUtilTimeout: 10_000 });

// A console.error during a test is a failure: React warnings (keys, hydration, act) hide real bugs.
let errors: unknown[][] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  if (errors.length > 0) {
    const first = errors[0]?.map(String).join(' ') ?? '';
    throw new Error(`console.error was called ${errors.length} time(s); first: ${first.slice(0, 500)}`);
  }
});
