import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/**
 * Moves focus to the new step's heading after each answer (and back/forward), so keyboard users continue
 * from the new question and screen readers announce it. Not on the first load, where the reader starts
 * at the top of the page as usual, and not when the troubleshooter only corrects the URL (a replace).
 */
export function useFocusOnNavigation(target: RefObject<HTMLElement | null>): void {
  const { key } = useLocation();
  const type = useNavigationType();
  const previous = useRef<string | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = key;
    if (before === null || before === key || type === 'REPLACE') return;
    target.current?.focus();
  }, [key, type, target]);
}
