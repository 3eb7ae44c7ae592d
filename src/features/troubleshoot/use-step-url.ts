import { useEffect, useMemo, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { DecisionTree } from '../../content/schemas/tree';
import { useHydrated } from '../../components/use-hydrated';
import type { DecodedStep } from '../../engine/tree/step-url';
import { decodeStepUrl } from '../../engine/tree/step-url';
import { paths } from '@/routes';
import { describeUrlErrors, noticeState, noticesFromState } from './url-notices';

export type StepUrl = {
  decoded: DecodedStep;
  /** Problems with the link the reader opened, in Japanese (kept after the address bar is corrected). */
  notices: string[];
  /**
   * The prerendered "solved" page before hydration: the server had no ?path=, so it cannot say what
   * solved it. The page renders a neutral "solved" screen until the query can be read.
   */
  provisionalDone: boolean;
};


/**
 * The step the address bar names. Until hydration the query is ignored, exactly as the prerendering
 * server did (it rendered the bare path), so both renders agree. Afterwards a link that is not in its
 * canonical form (tampered, outdated, missing ?path=) is corrected in place with a history replace,
 * carrying what was wrong with it so the page can still explain it.
 */
export function useStepUrl(tree: DecisionTree): StepUrl {
  const location = useLocation();
  const navigate = useNavigate();
  const hydrated = useHydrated();
  const current = `${location.pathname}${location.search}`;
  const url = hydrated ? current : location.pathname;
  const decoded = useMemo(() => decodeStepUrl(tree, url), [tree, url]);
  const ownNotices = useMemo(() => describeUrlErrors(decoded.errors), [decoded]);
  const notices = ownNotices.length > 0 ? ownNotices : noticesFromState(location.state);
  const provisionalDone = !hydrated && location.pathname.replace(/\/+$/, '') === paths.troubleshootDone.path;

  // Guards against a replace loop should a browser rewrite the canonical URL in some way.
  const lastReplace = useRef<string | null>(null);
  useEffect(() => {
    if (!hydrated) return;
    if (decoded.canonicalUrl === current) {
      lastReplace.current = null;
      return;
    }
    if (lastReplace.current === decoded.canonicalUrl) return;
    lastReplace.current = decoded.canonicalUrl;
    void navigate(decoded.canonicalUrl, { replace: true, state: noticeState(ownNotices) });
  }, [hydrated, decoded, current, ownNotices, navigate]);

  return { decoded, notices, provisionalDone };
}
