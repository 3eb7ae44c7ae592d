// The paste forms' (/smtp, /headers) take-over at hydration; see src/components/prerendered-form.ts.
import { useLayoutEffect } from 'react';
import type { RefObject } from 'react';
import { takeHeldPress } from '../prerendered-form';

/**
 * Takes a prerendered form over when its component mounts, before anything re-renders: the paste box's
 * text becomes the state (at hydration React keeps it on screen, but the next render would set the box
 * back to the state's value), and a press held for the form is replayed.
 */
export function usePrerenderedForm(box: RefObject<HTMLTextAreaElement | null>, text: string, onTextChange: (text: string) => void): void {
  useLayoutEffect(() => {
    const typed = box.current?.value;
    if (typed !== undefined && typed !== text) onTextChange(typed);
    const button = takeHeldPress();
    // After this commit, once the adopted text has rendered.
    if (button) setTimeout(() => button.click());
    // Mount only: later differences between box and state are React's own updates on their way.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
