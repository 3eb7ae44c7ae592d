import { useSyncExternalStore } from 'react';

const noop = () => () => {};

/**
 * False during server prerendering and during the hydration render, true afterwards. Anything that
 * depends on what the server cannot know (the URL's #hash or ?query, localStorage) renders the server's
 * version first and switches after hydration, so React never sees a mismatch.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}
