// Links to the guide travel through e-mail, chat apps and tickets, and arrive damaged in predictable ways:
// the sentence's punctuation glued on ("…/guide/bounces。", "(…/guide/bounces)."), capitals from being
// retyped ("/Guide/Bounces"), or cut short by a line wrap ("/guide/recipient-che"). Every path, section id
// and troubleshooter id of the site is lowercase kebab-case ASCII and no code ends in punctuation, so the
// first two can be repaired without guessing; the last gets suggestions on the not-found page.

import { safeDecode } from './safe-decode';
import { paths, queryParams, smtpCodeSegment } from '@/routes';

/** Characters that end a sentence or close a bracket, in ASCII and Japanese full-width forms. */
export const TRAILING_JUNK = /[\s.,;:!?'"`)\]}*~。、．，：；！？）」』】〉》〕”’…・\u3000]+$/u;

export interface LinkParts {
  pathname: string;
  search: string;
  hash: string;
}

/** "/guide/bounces%E3%80%82" → "/guide/bounces"; null when nothing was glued on (or it cannot be read). */
function stripJunk(encoded: string): string | null {
  const decoded = safeDecode(encoded);
  if (decoded === null) return null;
  const stripped = decoded.replace(TRAILING_JUNK, '');
  return stripped === decoded ? null : encodeURI(stripped);
}

/** Lowercase, except a code page's code, which keeps its own form ("X.1.1"). */
export function lowerPath(pathname: string): string {
  const code = smtpCodeSegment(pathname);
  // Letters only: a percent-escape keeps its case ("%E3%80%82"), so nothing else about the path changes.
  return code !== null ? `${paths.smtpCodes.path}/${code}` : pathname.replace(/%[0-9A-Fa-f]{0,2}|[A-Z]+/g, (m) => (m.startsWith('%') ? m : m.toLowerCase()));
}

/**
 * The URL a damaged link meant, or null when it is fine as it is. Trailing punctuation is removed from
 * whatever part ends the link (path, ?path=/&code= of a troubleshooter step, or #section), never from a
 * lookup's free text (?q=), and the path is lowercased.
 */
export function repairLink({ pathname, search, hash }: LinkParts): string | null {
  let path = lowerPath(pathname);
  let query = search;
  let fragment = hash;
  if (fragment.length > 1) {
    fragment = `#${stripJunk(fragment.slice(1)) ?? fragment.slice(1)}`;
  } else if (query.length > 1) {
    const entries = [...new URLSearchParams(query)];
    const last = entries.at(-1);
    if (last !== undefined && last[0] !== queryParams.text) {
      const stripped = last[1].replace(TRAILING_JUNK, '');
      if (stripped !== last[1]) query = `?${new URLSearchParams([...entries.slice(0, -1), [last[0], stripped]]).toString()}`;
    }
  } else {
    path = stripJunk(path) ?? path;
  }
  if (path === '') path = '/';
  const before = `${pathname}${search}${hash}`;
  const after = `${path}${query}${fragment}`;
  return after === before ? null : after;
}
