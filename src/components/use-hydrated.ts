import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';

const noop = () => () => {};
const zero = () => 0;
/** Set by `getServerSnapshot` while the hook runs: the render in progress is the server's or hydration. */
let serverSnapshotRead = false;
const serverZero = () => {
  serverSnapshotRead = true;
  return 0;
};
/** Whether `getServerSnapshot` was read since the last call (and clears the mark). */
function takeServerMark(): boolean {
  const read = serverSnapshotRead;
  serverSnapshotRead = false;
  return read;
}

/**
 * False during server prerendering and during the hydration render, true afterwards. Anything that
 * depends on what the server cannot know (the URL's #hash or ?query, localStorage) renders the server's
 * version first and switches after hydration, so React never sees a mismatch.
 *
 * A component mounted on the client without hydration (a client-side navigation) gets true at once.
 * A hydrated one switches in a transition after its effects: React renders that in slices it can
 * interrupt for a tap, where a store whose client value differs from the server's would force one
 * blocking re-render of every such component right after hydration.
 *
 * Whether this render hydrates is what `useSyncExternalStore` knows: React calls `getServerSnapshot`
 * only on the server and while hydrating. Both snapshots are equal, so React never re-renders for them.
 */
export function useHydrated(): boolean {
  useSyncExternalStore(noop, zero, serverZero);
  // Read on the first render only, right after the store above: rendering is synchronous, so the mark
  // is this component's.
  const [hydrated, setHydrated] = useState(() => !takeServerMark());
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return hydrated;
}
