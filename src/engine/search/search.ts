// Site search over a few hundred documents (guide sections, troubleshooter steps, codes, tools).
//
// At this size a scan of folded text beats an inverted index (docs/decisions.md has the measurements):
// every query term is a substring test on text folded by fold.ts, so partial words, kana/katakana,
// full/half width and long vowels match without storing postings. Terms come from Intl.Segmenter('ja')
// words; a Japanese word that matches nowhere falls back to its character bigrams; a Latin word that
// matches nowhere gets the vocabulary's words one or two edits away; a synonym group matches any member.
import { cleanQuery } from './clean-query';
import { STOP } from './stop-words';
import { fold, foldWithMap } from './fold';
import type { Folded } from './fold';
import type { DocKind, SearchDocTuple, SearchIndexData, SearchResult, TextPart } from './types';

const MAX_TERMS = 12;

interface PreparedDoc {
  url: string;
  kind: DocKind;
  page: string;
  heading: string;
  body: string;
  code: string;
  /** Folded heading and body for matching; the position maps for highlighting are made only for results. */
  fHeading: string;
  fBody: string;
  /** The position maps, made the first time the document is shown and kept. */
  maps?: { heading: Folded; body: Folded };
  fPage: string;
  fKeywords: string;
}

interface Alt {
  term: string;
  weight: number;
  latin: boolean;
}

interface TermGroup {
  alts: Alt[];
  /** For a Japanese word: its bigrams, used only when no alternative matches a document. */
  bigrams: string[];
  /** A single character (入 of 入って): adds to the score, but a document need not contain it. */
  soft: boolean;
}

export interface Searcher {
  search(query: string, limit?: number): SearchResult[];
  /** Number of documents (for the UI's "N 件" and the bench). */
  size: number;
}

const LATIN = /^[a-z0-9][a-z0-9._@-]*$/;
const LATIN_WORD = /[a-z0-9][a-z0-9-]*/g;
const WORD_CHAR = /[a-z0-9]/;
// Particles and auxiliaries carry no topic: "メールが届かない" searches for メール and 届か.

const KIND_PRIOR: Record<DocKind, number> = { page: 1, section: 1, tool: 1.05, outcome: 0.95, step: 0.9, code: 0.85, provider: 0.8 };

let segmenter: Intl.Segmenter | null | undefined;
function segment(text: string): string[] {
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('ja', { granularity: 'word' }) : null;
  if (!segmenter) return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const out: string[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike || /[\p{L}\p{N}]/u.test(s.segment)) out.push(s.segment);
  return out;
}

// Latin words, codes and tags stay whole ("5.7.26", "rp-001", "user@example.jp"); the rest is Japanese
// (or any other script) and goes through the word segmenter.
const LATIN_RUN = /[a-z0-9](?:[a-z0-9._@-]*[a-z0-9])?/g;

/** Query words in order: Latin runs whole, everything else by Intl.Segmenter('ja'). */
function words(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (const m of text.matchAll(LATIN_RUN)) {
    if (m.index > at) out.push(...segment(text.slice(at, m.index)));
    out.push(m[0]);
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(...segment(text.slice(at)));
  return out;
}

function bigrams(term: string): string[] {
  const chars = [...term];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 1) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** Optimal-string-alignment distance, giving up above `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2: number[] = new Array<number>(b.length + 1).fill(0);
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const cur: number[] = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev2.splice(0, prev2.length, ...prev);
    prev = cur;
  }
  return prev[b.length]!;
}

/** Index of `term` in `text`; a Latin term must start a word (so "ip" does not match "zip"). */
function findTerm(text: string, term: string, latin: boolean, from = 0): number {
  let at = text.indexOf(term, from);
  if (!latin) return at;
  // …and a number must end where the text's number ends ("5.1.1" is not in "5.1.10").
  const digitEnd = /[0-9]$/.test(term);
  while (at >= 0 && ((at > 0 && WORD_CHAR.test(text[at - 1]!)) || (digitEnd && /^\.?[0-9]/.test(text.slice(at + term.length, at + term.length + 2))))) {
    at = text.indexOf(term, at + 1);
  }
  return at;
}

function countTerm(text: string, term: string, latin: boolean): number {
  let n = 0;
  for (let at = findTerm(text, term, latin); at >= 0 && n < 4; at = findTerm(text, term, latin, at + term.length)) n += 1;
  return n;
}

const ENHANCED_CODE = /(?:^|[^0-9.])([245])\.([0-9]{1,3})\.([0-9]{1,3})(?![0-9]|\.[0-9])/;
const BASIC_CODE = /(?:^|[^0-9.])([2-5][0-9]{2})(?![0-9]|\.[0-9])/;

/** The SMTP code a query names, in the form of the code pages' URLs ("5.7.26", "550"), or null. */
export function codeInQuery(query: string): { code: string; registry: string } | null {
  const q = cleanQuery(query).normalize('NFKC');
  const enhanced = ENHANCED_CODE.exec(q);
  if (enhanced) {
    const code = `${enhanced[1]}.${Number(enhanced[2])}.${Number(enhanced[3])}`;
    return { code, registry: `x${code.slice(1)}` };
  }
  const basic = BASIC_CODE.exec(q);
  return basic ? { code: basic[1]!, registry: basic[1]! } : null;
}

export function createSearcher(index: SearchIndexData): Searcher {
  const docs: PreparedDoc[] = index.docs.map(([url, kind, page, heading, body, keywords, code]: SearchDocTuple) => ({
    url,
    kind,
    page,
    heading,
    body,
    code: fold(code),
    // Plain fold (native NFKC over the whole string) is several times cheaper than foldWithMap on a cold
    // engine and gives the same text; the maps are made for the few documents a query shows.
    fHeading: fold(heading),
    fBody: fold(body),
    fPage: fold(page),
    fKeywords: fold(keywords),
  }));

  // Latin words of the whole index: the candidates a misspelt word is corrected to.
  const vocabulary = new Set<string>();
  for (const d of docs) {
    for (const text of [d.fHeading, d.fBody, d.fKeywords]) for (const w of text.match(LATIN_WORD) ?? []) if (w.length >= 3) vocabulary.add(w);
  }
  const synonymOf = new Map<string, string[]>();
  for (const group of index.synonyms) {
    const terms = [...new Set(group.map(fold).filter((t) => t.length > 0))];
    for (const t of terms) synonymOf.set(t, [...(synonymOf.get(t) ?? []), ...terms.filter((o) => o !== t)]);
  }
  // Latin synonyms ("firewall", "quarantine") are words a typo may be close to, though the text is Japanese.
  for (const t of synonymOf.keys()) if (LATIN.test(t) && t.length >= 3) vocabulary.add(t);
  const codeDocs = new Map<string, PreparedDoc>();
  for (const d of docs) if (d.code && !codeDocs.has(d.code)) codeDocs.set(d.code, d);

  const occursAnywhere = (term: string, latin: boolean) =>
    docs.some((d) => findTerm(d.fHeading, term, latin) >= 0 || findTerm(d.fBody, term, latin) >= 0 || findTerm(d.fKeywords, term, latin) >= 0 || d.fPage.includes(term));

  function typoAlternatives(term: string): Alt[] {
    if (term.length < 3 || /[0-9]/.test(term)) return [];
    // Half-typed: the words it begins (only synonyms can get here; the text itself matched by prefix already).
    const completions = [...vocabulary].filter((w) => w.startsWith(term)).slice(0, 4);
    if (completions.length > 0) return completions.map((w) => ({ term: w, weight: 0.9, latin: true }));
    if (term.length < 4) return [];
    const max = term.length >= 8 ? 2 : 1;
    const out: Alt[] = [];
    for (const w of vocabulary) {
      // Compare with the word's first len±max characters too, so a typo in a half-typed word still finds it.
      const d = Math.min(editDistance(term, w, max), w.length > term.length ? editDistance(term, w.slice(0, term.length), max) : max + 1);
      if (d <= max) out.push({ term: w, weight: d === 1 ? 0.7 : 0.5, latin: true });
    }
    return out.sort((a, b) => b.weight - a.weight).slice(0, 4);
  }

  // Synonym entries, longest first, so 受信拒否 wins over 拒否 and "over quota" over "quota".
  const synonymTerms = [...synonymOf.keys()].filter((t) => [...t].length >= 2).sort((a, b) => b.length - a.length);

  function groupFor(term: string, out: TermGroup[], seen: Set<string>, tokenCount: number, kanaQuery: boolean): void {
    if (seen.has(term) || out.length >= MAX_TERMS) return;
    const latin = LATIN.test(term);
    // One Latin letter or digit is a word still being typed: it would match half the index.
    if (latin && term.length < 2) return;
    if (STOP.has(term) && tokenCount > 1) return;
    // Short hiragana pieces next to other words are grammar ("って", "ない", "め" while typing): they
    // match everywhere. A query typed all in hiragana keeps them (they are its words).
    if (!latin && [...term].length <= 2 && /^\p{Script=Hiragana}+$/u.test(term) && tokenCount > 1 && !kanaQuery) return;
    seen.add(term);
    const alts: Alt[] = [{ term, weight: 1, latin }];
    for (const s of synonymOf.get(term) ?? []) alts.push({ term: s, weight: 0.85, latin: LATIN.test(s) });
    if (latin && alts.length === 1 && !occursAnywhere(term, true)) {
      // A misspelt word stands for the words it is close to, and for their synonyms.
      for (const typo of typoAlternatives(term)) {
        alts.push(typo);
        for (const s of synonymOf.get(typo.term) ?? []) alts.push({ term: s, weight: typo.weight * 0.85, latin: LATIN.test(s) });
      }
    }
    // Pairs of hiragana (ない, かな) are grammar, not topic, unless the word is written in hiragana only.
    const pairs = !latin && alts.length === 1 && [...term].length >= 3 ? bigrams(term) : [];
    const kanaOnly = /^\p{Script=Hiragana}+$/u.test(term);
    out.push({ alts, bigrams: kanaOnly ? pairs : pairs.filter((b) => !/^\p{Script=Hiragana}+$/u.test(b)), soft: !latin && [...term].length === 1 });
  }

  /** Query → term groups: each group is one concept; a document scores for a group via any alternative. */
  function parse(query: string): TermGroup[] {
    const q = cleanQuery(query).normalize('NFKC').toLowerCase();
    const folded = foldWithMap(q);
    // 1. Synonym entries found anywhere in the query (whole words for Latin ones), longest first.
    const taken: boolean[] = new Array<boolean>(folded.text.length).fill(false);
    const found: { at: number; term: string }[] = [];
    for (const term of synonymTerms) {
      const latin = /^[a-z0-9]/.test(term) && /[a-z0-9]$/.test(term);
      for (let at = folded.text.indexOf(term); at >= 0; at = folded.text.indexOf(term, at + 1)) {
        const end = at + term.length;
        if (latin && ((at > 0 && WORD_CHAR.test(folded.text[at - 1]!)) || (end < folded.text.length && WORD_CHAR.test(folded.text[end]!)))) continue;
        if (taken.slice(at, end).some(Boolean)) continue;
        taken.fill(true, at, end);
        found.push({ at, term });
      }
    }
    // 2. The rest of the query, in words: Latin runs whole, Japanese through the segmenter.
    const pieces: { at: number; term: string }[] = [...found];
    let runStart = -1;
    for (let i = 0; i <= folded.text.length; i += 1) {
      if (i < folded.text.length && !taken[i]) {
        if (runStart < 0) runStart = i;
        continue;
      }
      if (runStart >= 0) {
        const source = q.slice(folded.map[runStart], folded.map[i]);
        let offset = runStart;
        for (const w of words(source).slice(0, 40)) {
          const f = fold(w);
          if (f) pieces.push({ at: (offset += 0.001), term: f });
        }
        runStart = -1;
      }
    }
    pieces.sort((a, b) => a.at - b.at);
    const groups: TermGroup[] = [];
    const seen = new Set<string>();
    const kanaQuery = /^[\p{Script=Hiragana}ー\s]+$/u.test(q);
    for (const p of pieces) groupFor(p.term, groups, seen, pieces.length, kanaQuery);
    return groups;
  }

  function scoreGroup(d: PreparedDoc, g: TermGroup): { score: number; terms: Alt[] } {
    let best = 0;
    const terms: Alt[] = [];
    for (const alt of g.alts) {
      let s = 0;
      const h = findTerm(d.fHeading, alt.term, alt.latin);
      if (h >= 0) s += h === 0 ? 14 : 10;
      // A page's keywords are its sections' headings: the sections themselves rank for those.
      if (findTerm(d.fKeywords, alt.term, alt.latin) >= 0) s += d.kind === 'page' ? 2 : 6;
      if (findTerm(d.fPage, alt.term, alt.latin) >= 0) s += 3;
      const n = countTerm(d.fBody, alt.term, alt.latin);
      if (n > 0) s += 2 + (n - 1) * 0.5;
      if (s > 0) terms.push(alt);
      best = Math.max(best, s * alt.weight);
    }
    if (best === 0 && g.bigrams.length > 0) {
      // No alternative occurs as a whole: how much of the word occurs as character pairs?
      const inHeading = g.bigrams.filter((b) => d.fHeading.includes(b));
      const inAny = g.bigrams.filter((b) => d.fHeading.includes(b) || d.fBody.includes(b) || d.fKeywords.includes(b));
      const coverage = inAny.length / g.bigrams.length;
      if (coverage >= 0.6) {
        best = coverage * (inHeading.length / g.bigrams.length >= 0.6 ? 6 : 2) * 0.6;
        for (const b of inAny) terms.push({ term: b, weight: 0.6, latin: false });
      }
    }
    return { score: best, terms };
  }

  function search(query: string, limit = 20): SearchResult[] {
    const groups = parse(query);
    if (groups.length === 0) return [];
    const phrase = fold(cleanQuery(query).normalize('NFKC')).replace(/\s+/g, '');
    // Scores per document and group; a group found in many documents counts less (inverse document
    // frequency), so "メール" in "メールが届かない" does not outweigh "届かない".
    const matrix = docs.map((d) => groups.map((g) => scoreGroup(d, g)));
    const idf = groups.map((_, gi) => {
      const df = matrix.reduce((n, row) => n + (row[gi]!.score > 0 ? 1 : 0), 0);
      return df === 0 ? 0 : Math.log(1 + docs.length / df);
    });
    const hardGroups = groups.filter((g) => !g.soft).length;
    const scored: { d: PreparedDoc; score: number; terms: Alt[] }[] = [];
    docs.forEach((d, di) => {
      let score = 0;
      let matched = 0;
      const terms: Alt[] = [];
      matrix[di]!.forEach((r, gi) => {
        if (r.score <= 0) return;
        if (!groups[gi]!.soft) matched += 1;
        score += r.score * idf[gi]!;
        terms.push(...r.terms);
      });
      if (score === 0) return;
      const share = hardGroups === 0 ? 1 : matched / hardGroups;
      if (hardGroups > 1 ? share < 0.5 : hardGroups === 1 && matched === 0) return;
      score *= share * share * KIND_PRIOR[d.kind];
      // The heading is the query (or a synonym or correction of it): this is the section about it.
      const heading = d.fHeading.replace(/\s+/g, '');
      if (heading === phrase || (groups.length === 1 && groups[0]!.alts.some((a) => a.term.replace(/\s+/g, '') === heading))) score *= 2;
      // A heading the query fills more of is more about it ("迷惑メールフォルダー" over "迷惑メールの苦情…").
      const matchedChars = terms.reduce((n, t) => n + (heading.includes(t.term) ? t.term.length : 0), 0);
      if (heading.length > 0) score *= 1 + 0.5 * Math.min(1, matchedChars / heading.length);
      if (phrase.length >= 2 && heading.includes(phrase)) score *= 1.5;
      else if (phrase.length >= 3 && (d.fBody.includes(phrase) || d.fKeywords.includes(phrase))) score *= 1.3;
      scored.push({ d, score, terms });
    });

    // A code, or a provider's tag, puts its own page first.
    const code = codeInQuery(query);
    const pinned: SearchResult[] = [];
    if (code) {
      const doc = codeDocs.get(code.registry);
      if (doc) {
        const url = `/smtp/codes/${code.code}`;
        pinned.push({ url, kind: 'code', page: doc.page, heading: [{ text: `${code.code} ${doc.heading.replace(/^\S+\s*/, '')}`, hit: false }], snippet: snippet(doc, []), score: Infinity });
      }
    }
    for (const g of groups) {
      const tagged = codeDocs.get(g.alts[0]!.term);
      if (tagged && tagged.kind === 'provider') {
        const i = scored.findIndex((s) => s.d === tagged);
        if (i >= 0) scored[i]!.score = 1e9;
      }
    }

    scored.sort((a, b) => b.score - a.score || a.d.url.length - b.d.url.length);
    const results = [...pinned];
    for (const s of scored) {
      if (results.length >= limit) break;
      if (results.some((r) => r.url === s.d.url)) continue;
      results.push({ url: s.d.url, kind: s.d.kind, page: s.d.page, heading: highlight(s.d.heading, mapsOf(s.d).heading, s.terms, Infinity), snippet: snippet(s.d, s.terms), score: s.score });
    }
    return results;
  }

  return { search, size: docs.length };
}

/** Source ranges of every occurrence of the terms, merged. */
function hitRanges(folded: Folded, terms: Alt[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const t of terms) {
    if (!t.term) continue;
    for (let at = findTerm(folded.text, t.term, t.latin); at >= 0; at = findTerm(folded.text, t.term, t.latin, at + t.term.length)) {
      ranges.push([folded.map[at]!, folded.map[at + t.term.length] ?? folded.map[folded.map.length - 1]!]);
      if (ranges.length > 50) break;
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** `source` split into highlighted and plain parts, cut to a window of `width` characters around the first hit. */
function highlight(source: string, folded: Folded, terms: Alt[], width: number): TextPart[] {
  const ranges = hitRanges(folded, terms);
  let start = 0;
  let end = source.length;
  if (source.length > width) {
    const first = ranges[0]?.[0] ?? 0;
    start = Math.max(0, Math.min(first - Math.floor(width / 4), source.length - width));
    end = Math.min(source.length, start + width);
  }
  const parts: TextPart[] = [];
  const push = (text: string, hit: boolean) => {
    if (text) parts.push({ text, hit });
  };
  if (start > 0) push('…', false);
  let at = start;
  for (const [a, b] of ranges) {
    if (b <= start || a >= end) continue;
    push(source.slice(at, Math.max(at, a)), false);
    push(source.slice(Math.max(at, a), Math.min(b, end)), true);
    at = Math.min(b, end);
  }
  push(source.slice(at, end), false);
  if (end < source.length) push('…', false);
  return parts;
}

const SNIPPET_CHARS = 90;

function mapsOf(d: PreparedDoc): { heading: Folded; body: Folded } {
  d.maps ??= { heading: foldWithMap(d.heading), body: foldWithMap(d.body) };
  return d.maps;
}

function snippet(d: PreparedDoc, terms: Alt[]): TextPart[] {
  return highlight(d.body, mapsOf(d).body, terms, SNIPPET_CHARS);
}
