// The paste forms (/smtp, /headers) work from the first paint, before React has hydrated them.
//
// Their controls are not disabled until hydration: enabling them afterwards is a DOM change per control
// just as the page becomes interactive (docs/decisions.md, "No switch at hydration"). Instead:
// - text typed or pasted before hydration is adopted as the form's state when its component mounts;
// - a press on one of their buttons before then has no handler yet, so it is held here and replayed once
//   the component has mounted;
// - before this module runs at all, `method="dialog"` makes such a press a no-op instead of a reload that
//   would lose the paste (outside a dialog, such a form is never sent).

/** The latest press held, and how to stop holding: one paste form per page, so one of each. */
let held: HTMLElement | undefined;
let release: (() => void) | undefined;

/** Stops holding presses (the form's component has mounted) and gives the press held, if any. */
export function takeHeldPress(): HTMLElement | undefined {
  release?.();
  release = undefined;
  const button = held;
  held = undefined;
  return button;
}

/** Starts holding presses on a prerendered form; called once when the bundle runs, before hydration. */
export function holdEarlyPresses(): void {
  const hold = (event: Event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('form[method=dialog] button') : null;
    if (!button) return;
    // Not even React's root listener sees it: the form's own handlers get the replay.
    event.preventDefault();
    event.stopPropagation();
    held = button;
  };
  document.addEventListener('click', hold, true);
  release = () => document.removeEventListener('click', hold, true);
}
