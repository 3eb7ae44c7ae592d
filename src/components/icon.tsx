// Icons drawn inline: an SVG path on a 24 px grid, stroked 2 px with round ends in the current text colour
// (the stylesheet's .icon). Inline SVG is part of the page's own document; the CSS masks with data: URIs it
// replaces each made the browser build a separate SVG document in the first style pass: 100 ms of CPU on
// the home page's 16 cards on this 2-core machine (docs/decisions.md). The site's mark is here; the topics'
// icons are with the topic cards (features/guide/topic-icons.ts), so only the pages that list topics load them.

/** The site's mark, an envelope. */
export const mailIcon = 'M5 5h14a2 2 0 0 1 2 2v10a2 2 0 0 1 -2 2h-14a2 2 0 0 1 -2 -2v-10a2 2 0 0 1 2 -2zM3 7l9 6 9-6';

/** Search (the header's box and the search page's), a magnifier. */
export const searchIcon = 'M10.5 4a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13zM15.5 15.5 21 21';

/** A decorative icon (`path`: an SVG path on the 24 px grid): hidden from assistive technology, which reads the text beside it. */
export function Icon({ path, className }: { path: string; className: string }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className={`icon ${className}`}>
      <path d={path} />
    </svg>
  );
}
