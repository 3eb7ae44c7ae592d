import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useHydrated } from '../../components/use-hydrated';
import { decodeShared } from '../../engine/headers/share';
import type { HeaderAnalysis } from '../../engine/headers/types';
import { SHARE_PARAM } from '@/routes';
import { runHeaders } from './run-headers';

export type HeadersState =
  | { status: 'idle' }
  | { status: 'busy'; input: string }
  | { status: 'done'; input: string; analysis: HeaderAnalysis; shared: boolean }
  | { status: 'error'; error: unknown }
  | { status: 'cancelled' };

/** The shared headers a link's #h=… carries: text, null for none, false for a damaged one. */
function sharedFromHash(hash: string): string | null | false {
  const prefix = `#${SHARE_PARAM}=`;
  if (!hash.startsWith(prefix)) return null;
  return decodeShared(hash.slice(prefix.length)) ?? false;
}

/** The paste box, the analysis in a worker (cancellable), and a shared link opened after hydration. */
export function useHeaders() {
  const hydrated = useHydrated();
  const location = useLocation();
  const [draft, setDraft] = useState('');
  const [state, setState] = useState<HeadersState>({ status: 'idle' });
  const [brokenLink, setBrokenLink] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const focusResults = useRef(false);

  const start = (input: string, shared: boolean) => {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    setState({ status: 'busy', input });
    runHeaders(input, { signal: own.signal }).then(
      (analysis) => {
        if (controller.current !== own) return;
        focusResults.current = true;
        setState({ status: 'done', input, analysis, shared });
      },
      (error: unknown) => {
        if (controller.current !== own) return;
        setState(own.signal.aborted ? { status: 'cancelled' } : { status: 'error', error });
      },
    );
  };

  // A shared link: the headers it carries go into the box and are analysed once the page is live.
  const openedHash = useRef<string | null>(null);
  useEffect(() => {
    if (!hydrated || openedHash.current === location.hash) return;
    openedHash.current = location.hash;
    const shared = sharedFromHash(location.hash);
    if (shared === null) return;
    void Promise.resolve().then(() => {
      if (shared === false) {
        setBrokenLink(true);
        return;
      }
      setDraft(shared);
      start(shared, true);
    });
  });

  useEffect(() => {
    if (state.status !== 'done' || !focusResults.current) return;
    focusResults.current = false;
    resultsHeading.current?.focus();
  }, [state]);

  useEffect(() => () => controller.current?.abort(), []);

  return {
    draft,
    setDraft,
    state,
    brokenLink,
    submit: (text: string) => {
      setBrokenLink(false);
      start(text, false);
    },
    cancel: () => controller.current?.abort(),
    resultsHeading,
  };
}
