// Links to the guide travel through e-mail, chat apps and tickets, and arrive damaged in predictable ways:
// the sentence's punctuation glued on ("…/guide/bounces。", "(…/guide/bounces)."), capitals from being
// retyped ("/Guide/Bounces"), or cut short by a line wrap ("/guide/recipient-che"). Every path, section id
// and troubleshooter id of the site is lowercase kebab-case ASCII and no code ends in punctuation, so the
// first two can be repaired without guessing; the last gets suggestions on the not-found page.

import { safeDecode } from './safe-decode';
import { paths, queryParams, smtpCodeSegment } from '@/routes';

/** Characters that end a sentence or close a bracket, in ASCII and Japanese full-width forms. */
const TRAILING_JUNK = /[\s.,;:!?'"`)\]}*~。、．，：；！？）」』】〉》〕”’…・\u3000]+$/u;

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
function lowerPath(pathname: string): string {
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

export interface KnownPage {
  path: string;
  title: string;
}

/** Edit distance with an early exit once it exceeds `limit` (paths are short, so this stays cheap). */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

const MAX_SUGGESTIONS = 3;
const MAX_PATH = 200; // longer "paths" are not mistyped links

/**
 * Pages a not-found path probably meant: one it is the cut-off start of, or one a typo or two away
 * ("/guide/firewal", "/guides/bounces", "/smtp/code/550"). Closest first, at most three. A code page the
 * path names under a wrong prefix is offered too, titled by the caller (`codeTitle`: the engine has no words).
 */
export function suggestPages(pathname: string, known: readonly KnownPage[], codeTitle: (code: string) => string): KnownPage[] {
  const decoded = safeDecode(pathname);
  if (decoded === null || decoded.length > MAX_PATH) return [];
  const path = lowerPath(decoded.replace(TRAILING_JUNK, '')).replace(/\/+$/, '');
  if (path === '') return [];
  const candidates = [...known];
  // A code written under a slightly wrong prefix ("/smtp/code/550", "/codes/5.1.1").
  const code = /\/([0-9xX][0-9.]{1,10})$/.exec(path)?.[1];
  if (code !== undefined) candidates.push({ path: paths.smtpCode.href(code), title: codeTitle(code) });
  const scored: { page: KnownPage; score: number }[] = [];
  for (const page of candidates) {
    const target = page.path.toLowerCase();
    if (target === path) continue;
    // Cut short: at least the section and a few letters of the page ("/guide/rec" → recipient-checks).
    const cut = target.startsWith(path) && path.length >= Math.min(target.length - 1, target.lastIndexOf('/') + 4);
    const limit = Math.max(1, Math.min(3, Math.floor(target.length / 6)));
    const d = cut ? 0 : distance(path, target, limit);
    if (d <= limit) scored.push({ page, score: d });
  }
  scored.sort((x, y) => x.score - y.score || x.page.path.length - y.page.path.length);
  const seen = new Set<string>();
  return scored
    .map((s) => s.page)
    .filter((p) => !seen.has(p.path) && seen.add(p.path))
    .slice(0, MAX_SUGGESTIONS);
}
