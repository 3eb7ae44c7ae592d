// The SMTP code database (public/data/smtp-codes.json) beyond its schema: every link into the guide.
import { contentFiles } from '../queries';
import type { SmtpDb } from '../schemas/smtp-db';
import { smtpDb } from '../schemas/smtp-db';
import { schemaProblems } from '../validate';
import type { ContentProblem, PageSections, ReadFile } from './files';
import { readJson } from './files';
import { checkInternalLink } from './guide';
import { paths } from '@/routes';

/** Validates the database and its links; answers the parsed database (or null) for the rules that read it. */
export function checkSmtpDb(read: ReadFile, sections: PageSections): { problems: ContentProblem[]; db: SmtpDb | null } {
  const problems: ContentProblem[] = [];
  const file = contentFiles.smtpDb();
  const data = readJson(read, file, problems);
  if (data === undefined) return { problems, db: null };
  const parsed = smtpDb.safeParse(data);
  if (!parsed.success) {
    problems.push(...schemaProblems(file, parsed.error.issues));
    return { problems, db: null };
  }
  const db = parsed.data;
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
    if (problem) problems.push({ file, path: link.path, message: problem });
  }
  return { problems, db };
}
