// What a not-found link probably meant. Only the not-found page needs this (it loads with that page, not
// with every page as link-repair.ts does).
import { lowerPath, TRAILING_JUNK } from './link-repair';
import { safeDecode } from './safe-decode';
import { paths } from '@/routes';

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
