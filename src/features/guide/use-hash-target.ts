import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { useHydrated } from '../../components/use-hydrated';
import { safeDecode } from '../../engine/safe-decode';

function decodeHash(hash: string): string {
  return safeDecode(hash.slice(1)) ?? hash.slice(1);
}

/** Anchors of the page frame (the skip link's #main): the browser handles them, they are not sections. */
const LAYOUT_TARGETS: ReadonlySet<string> = new Set(['main']);

/**
 * Brings the section named in the URL hash into view once the page's content is rendered, and moves
 * focus to it so keyboard and screen-reader users land where the link points. Returns the hash when it
 * names none of the page's sections, so the page can say so instead of failing silently.
 */
export function useHashTarget(sectionIds: ReadonlySet<string>): string | null {
  const { hash, key } = useLocation();
  // The prerendered HTML cannot know the hash: decide only once hydrated, so both renders agree.
  const hydrated = useHydrated();
  const decoded = hydrated && hash.length > 1 ? decodeHash(hash) : '';
  const id = LAYOUT_TARGETS.has(decoded) ? '' : decoded;
  const known = id !== '' && sectionIds.has(id);
  useEffect(() => {
    if (!known) return;
    const target = document.getElementById(id);
    target?.scrollIntoView?.();
    target?.focus({ preventScroll: true });
  }, [id, known, key]);
  return id !== '' && !known ? id.slice(0, 100) : null;
}
