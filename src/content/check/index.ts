// THE content check: every rule the files under public/ must follow, in one run. `npm run check:content`
// (scripts/check-content.ts) and the build call checkAllContent and print each problem as
// "file: path: message"; test/unit/content/check/ tests each rule with small broken inputs. A new rule goes
// into the module of the file it is about (guide, tree, smtp-db, wording, search-synonyms, editorial) and is
// called from here —
// never into a unit test, which an operator does not run.
import { contentFiles } from '../queries';
import { decisionTree } from '../schemas/tree';
import { schemaProblems } from '../validate';
import { checkEditorial } from './editorial';
import type { ContentProblem, ListDir, ReadFile } from './files';
import { readJson, sizeCheckedReader } from './files';
import { checkGuideContent, sectionsOfFiles } from './guide';
import { checkSearchSynonymsFile } from './search-synonyms';
import { checkSmtpDb } from './smtp-db';
import { checkTree } from './tree';
import { checkSmtpWording, checkTreeWording } from './wording';

export type { ContentProblem, ListDir, ReadFile };
export { formatProblem } from './files';

export interface ContentCheck {
  problems: ContentProblem[];
  /** One line for the operator when there is no problem: what was checked. */
  summary: string;
}

/** Every check over public/: the guide, the troubleshooter's tree, the SMTP code database, their wording, the search synonyms and the editorial rules. */
export function checkAllContent(readFile: ReadFile, list: ListDir): ContentCheck {
  // Files over their size limit: one line each, first.
  const sizeProblems: ContentProblem[] = [];
  const read = sizeCheckedReader(readFile, sizeProblems);
  const guide = checkGuideContent(read);
  const problems = guide.problems;
  let sections = guide.sections;

  const pageFiles = list('content/ja/pages');
  if (guide.siteValid) {
    // A page file that no topic lists is unreachable: most likely a renamed slug.
    for (const file of pageFiles) {
      const slug = /([^/]+)\.md$/.exec(file)?.[1];
      if (slug && !sections.has(slug)) problems.push({ file, path: '(file)', message: `page "${slug}" is not listed in site.json topics` });
    }
  } else {
    // site.json is broken (reported above, once): the other checks see the pages that exist instead of none.
    sections = sectionsOfFiles(read, pageFiles);
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
      checkTreeWording(parsed.data, (path, message) => problems.push({ file: treeFile, path, message }));
    }
  }

  const smtp = checkSmtpDb(read, sections);
  problems.push(...smtp.problems);
  if (smtp.db) checkSmtpWording(smtp.db, (path, message) => problems.push({ file: contentFiles.smtpDb(), path, message }));
  const codes = smtp.db ? smtp.db.basic.length + smtp.db.enhanced.length : 0;

  const synonyms = checkSearchSynonymsFile(read);
  problems.push(...synonyms.problems);

  // Editorial rules: the glossary over every text a reader sees, and the source map against the pages.
  const editorial = checkEditorial(read, sections);
  problems.push(...editorial.problems);
  const map = editorial.summary;
  const mapSummary = map
    ? `, ${map.terms} glossary terms, source map ${map.sentences} sentences (${map.byStatus.kept} kept, ${map.byStatus.rewritten} rewritten, ${map.byStatus.corrected} corrected)`
    : '';
  problems.unshift(...sizeProblems);
  const summary = `${sections.size} pages, ${nodes} troubleshooter nodes, ${codes} SMTP codes, ${synonyms.groups} search synonym groups${mapSummary}`;
  return { problems, summary };
}
