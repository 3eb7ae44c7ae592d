import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';

/**
 * Brings the section named in the URL hash into view once the page's content is rendered, and moves
 * focus to it so keyboard and screen-reader users land where the link points. Returns the hash when it
 * names no element on the page, so the page can say so instead of failing silently.
 */
export function useHashTarget(): string | null {
  const { hash, key } = useLocation();
  const [missing, setMissing] = useState<string | null>(null);
  useEffect(() => {
    if (!hash || hash.length < 2) {
      setMissing(null);
      return;
    }
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      id = hash.slice(1);
    }
    const target = document.getElementById(id);
    if (target) {
      setMissing(null);
      target.scrollIntoView?.();
      target.focus({ preventScroll: true });
    } else {
      setMissing(id.slice(0, 100));
    }
  }, [hash, key]);
  return missing;
}
