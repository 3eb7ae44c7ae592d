// The search synonyms (public/content/<locale>/search-synonyms.json) beyond their schema: no word written
// twice, no word in two groups.
import { fold } from '../../engine/search/fold';
import { contentFiles } from '../queries';
import { searchSynonyms } from '../schemas/search';
import { schemaProblems } from '../validate';
import type { ContentProblem, ReadFile } from './files';
import { readJson } from './files';

/** Validates the synonyms file; answers its problems and the number of groups (for the summary). */
export function checkSearchSynonymsFile(read: ReadFile): { problems: ContentProblem[]; groups: number } {
  const problems: ContentProblem[] = [];
  const file = contentFiles.searchSynonyms('ja');
  const data = readJson(read, file, problems);
  if (data === undefined) return { problems, groups: 0 };
  const parsed = searchSynonyms.safeParse(data);
  if (!parsed.success) return { problems: [...problems, ...schemaProblems(file, parsed.error.issues)], groups: 0 };
  problems.push(...checkSynonyms(parsed.data.groups).map((p) => ({ file, ...p })));
  return { problems, groups: parsed.data.groups.length };
}

/**
 * Search ignores width, case, kana type and long-vowel marks, so two entries that fold to the same text are
 * one word written twice (or a word in two groups, which would silently merge them).
 */
export function checkSynonyms(groups: readonly (readonly string[])[]): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const seen = new Map<string, string>();
  groups.forEach((group, i) =>
    group.forEach((term, j) => {
      const path = `groups.${i}.${j}`;
      const key = fold(term).replace(/\s+/g, ' ').trim();
      if (key.length === 0) {
        problems.push({ path, message: `"${term}" has no letters or digits left after normalisation` });
        return;
      }
      const first = seen.get(key);
      if (first) {
        const sameGroup = first.startsWith(`groups.${i}.`);
        problems.push({ path, message: `"${term}" is the same word as ${first}${sameGroup ? ' (search ignores width, case, kana type and ー)' : '; merge the two groups'}` });
      } else seen.set(key, path);
    }),
  );
  return problems;
}
