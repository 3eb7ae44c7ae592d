import type { ReadFile } from './check-content';
import { checkGuideContent, checkInternalLink, readJson } from './check-content';
import { checkEditorial } from './check-editorial';
import { contentFiles } from './queries';
import { smtpDb } from './schemas/smtp-db';
import { decisionTree } from './schemas/tree';
import { checkTree } from '../engine/tree/check-tree';
import { fold } from '../engine/search/fold';
import { searchSynonyms } from './schemas/search';
import type { ContentProblem } from './validate';
import { schemaProblems } from './validate';
import { paths } from '@/routes';

/** Lists the files of a directory under public/ as paths relative to public/. */
export type ListDir = (dir: string) => string[];

/** Every check over public/: the guide, the troubleshooter's tree and the SMTP code database. */
export function checkAllContent(read: ReadFile, list: ListDir): { problems: ContentProblem[]; summary: string } {
  const { problems, sections } = checkGuideContent(read);

  // A page file that no topic lists is unreachable: most likely a renamed slug.
  for (const file of list('content/ja/pages')) {
    const slug = /([^/]+)\.md$/.exec(file)?.[1];
    if (slug && !sections.has(slug)) problems.push({ file, path: '(file)', message: `page "${slug}" is not listed in site.json topics` });
  }

  const treeFile = contentFiles.tree('ja');
  const treeData = readJson(read, treeFile, problems);
  let nodes = 0;
  if (treeData !== undefined) {
    const parsed = decisionTree.safeParse(treeData);
    if (!parsed.success) problems.push(...schemaProblems(treeFile, parsed.error.issues));
    else {
      nodes = parsed.data.nodes.length;
      for (const p of checkTree(parsed.data, sections)) problems.push({ file: treeFile, path: p.nodeId, message: p.message });
    }
  }

  const dbFile = contentFiles.smtpDb();
  const dbData = readJson(read, dbFile, problems);
  let codes = 0;
  if (dbData !== undefined) {
    const parsed = smtpDb.safeParse(dbData);
    if (!parsed.success) problems.push(...schemaProblems(dbFile, parsed.error.issues));
    else {
      const db = parsed.data;
      codes = db.basic.length + db.enhanced.length;
      const links: { path: string; page: string; section?: string | undefined }[] = [];
      db.basic.forEach((e, i) => e.topics.forEach((t, j) => links.push({ path: `basic.${i}.topics.${j}`, ...t })));
      db.enhanced.forEach((e, i) => e.topics.forEach((t, j) => links.push({ path: `enhanced.${i}.topics.${j}`, ...t })));
      db.subjects.forEach((e, i) => e.topics.forEach((t, j) => links.push({ path: `subjects.${i}.topics.${j}`, ...t })));
      db.reasons.forEach((e, i) => e.topics.forEach((t, j) => links.push({ path: `reasons.${i}.topics.${j}`, ...t })));
      db.providers.forEach((p, i) =>
        p.rules.forEach((r, k) => r.topics.forEach((t, j) => links.push({ path: `providers.${i}.rules.${k}.topics.${j}`, ...t }))),
      );
      for (const link of links) {
        const problem = checkInternalLink(paths.guidePage.href(link.page, link.section), sections);
        if (problem) problems.push({ file: dbFile, path: link.path, message: problem });
      }
    }
  }
  const synonymsFile = contentFiles.searchSynonyms('ja');
  let synonymGroups = 0;
  const synonymsData = readJson(read, synonymsFile, problems);
  if (synonymsData !== undefined) {
    const parsed = searchSynonyms.safeParse(synonymsData);
    if (!parsed.success) problems.push(...schemaProblems(synonymsFile, parsed.error.issues));
    else {
      synonymGroups = parsed.data.groups.length;
      problems.push(...checkSynonyms(parsed.data.groups).map((p) => ({ file: synonymsFile, ...p })));
    }
  }
  // Editorial rules: the glossary over every text a reader sees, and the source map against the pages.
  const editorial = checkEditorial(read, sections);
  problems.push(...editorial.problems);
  const map = editorial.summary;
  const mapSummary = map
    ? `, ${map.terms} glossary terms, source map ${map.sentences} sentences (${map.byStatus.kept} kept, ${map.byStatus.rewritten} rewritten, ${map.byStatus.corrected} corrected)`
    : '';
  const summary = `${sections.size} pages, ${nodes} troubleshooter nodes, ${codes} SMTP codes, ${synonymGroups} synonym groups${mapSummary}`;
  return { problems, summary };
}

/**
 * Search synonyms: search ignores width, case, kana type and long-vowel marks, so two entries that fold to
 * the same text are one word written twice (or a word in two groups, which would silently merge them).
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
