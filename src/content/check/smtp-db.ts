// The SMTP code database (public/data/smtp-codes.json) beyond its schema: every link into the guide, and the
// facts between its entries (codes named in texts, provider ranges, IANA notes, plain reference fields).
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
  checkSmtpFacts(db, file, problems);
  return { problems, db };
}

const STATUS = /^([245])\.(\d{1,3})\.(\d{1,3})$/;
const STATUS_IN_TEXT = /[X245]\.\d\.\d{1,3}/g;
// A reply code in prose: three digits not part of a larger number, a status or "Microsoft 365".
const REPLY_IN_TEXT = /(?<![\d,.]|Microsoft )[2-5]\d\d(?![\d,.])/g;

/** "5.7.1" or a range "5.7.1-5.7.3" of a provider rule, as [class, subject, low, high]. */
function parseStatusRange(value: string): { cls: string; subject: string; low: number; high: number } | null {
  const [from = '', to = from] = value.split('-');
  const a = STATUS.exec(from);
  const b = STATUS.exec(to);
  if (!a || !b) return null;
  return { cls: a[1] ?? '', subject: a[2] ?? '', low: Number(a[3]), high: Number(b[3]) };
}

/**
 * Facts that hold between the entries: every code a text names is a code of the database (the texts add
 * nothing the reference does not have), provider ranges are well-formed, a provider's note that IANA means
 * something else is about an IANA code and says so, and the English reference fields hold no markup.
 */
function checkSmtpFacts(db: SmtpDb, file: string, problems: ContentProblem[]): void {
  const add = (path: string, message: string) => problems.push({ file, path, message });
  const iana = new Set(db.enhanced.map((e) => e.code.slice(2))); // "1.1" of "X.1.1"
  const providerStatuses: { cls: string; subject: string; low: number; high: number }[] = [];
  const replies = new Set([...db.basic.map((e) => e.code), ...db.providers.flatMap((p) => p.rules.flatMap((r) => r.replyCodes ?? []))]);

  db.providers.forEach((p, i) =>
    p.rules.forEach((r, k) => {
      r.statuses.forEach((value, j) => {
        const range = parseStatusRange(value);
        const path = `providers.${i}.rules.${k}.statuses.${j}`;
        if (range === null) add(path, `"${value}" is not a status code ("5.7.1") or a range ("5.7.1-5.7.3")`);
        else if (range.low > range.high || (value.includes('-') && (value.split('-')[1] ?? '').split('.').slice(0, 2).join('.') !== `${range.cls}.${range.subject}`)) {
          add(path, `range "${value}" must run low to high within one class and subject`);
        } else providerStatuses.push(range);
      });
      if (r.differsFromIana !== undefined) {
        const path = `providers.${i}.rules.${k}.differsFromIana`;
        if (!r.differsFromIana.includes('IANA')) add(path, 'must say that IANA registers the code with another meaning');
        const registered = r.statuses.some((s) => {
          const range = parseStatusRange(s);
          return range !== null && iana.has(`${range.subject}.${range.low}`);
        });
        if (!registered) add(path, `none of ${r.statuses.join(', ')} is an IANA code, so nothing can differ from IANA`);
      }
    }),
  );

  const knownStatus = (status: string): boolean => {
    const m = /^[X245]\.(\d{1,3})\.(\d{1,3})$/.exec(status);
    if (!m) return false;
    if (iana.has(`${m[1]}.${m[2]}`)) return true;
    return providerStatuses.some((r) => r.cls === status[0] && r.subject === m[1] && r.low <= Number(m[2]) && Number(m[2]) <= r.high);
  };
  const texts: { path: string; value: string }[] = [];
  const collect = (path: string, fields: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(fields)) if (value !== undefined) texts.push({ path: `${path}.${name}`, value });
  };
  db.basic.forEach((e, i) => collect(`basic.${i}`, { title: e.title, summary: e.summary, action: e.action }));
  db.enhanced.forEach((e, i) => collect(`enhanced.${i}`, { title: e.title, summary: e.summary, action: e.action }));
  db.subjects.forEach((e, i) => collect(`subjects.${i}`, { title: e.title, summary: e.summary }));
  db.classes.forEach((e, i) => collect(`classes.${i}`, { title: e.title, summary: e.summary }));
  db.reasons.forEach((e, i) =>
    collect(`reasons.${i}`, { title: e.title, whatHappened: e.whatHappened, why: e.why, senderAction: e.senderAction, recipientAction: e.recipientAction }),
  );
  db.providers.forEach((p, i) =>
    p.rules.forEach((r, k) => collect(`providers.${i}.rules.${k}`, { meaning: r.meaning, differsFromIana: r.differsFromIana, action: r.action })),
  );
  for (const { path, value } of texts) {
    for (const status of new Set(value.match(STATUS_IN_TEXT) ?? [])) {
      if (!knownStatus(status)) add(path, `names ${status}, which is neither an IANA code nor a provider's code in this database`);
    }
    for (const reply of new Set(value.match(REPLY_IN_TEXT) ?? [])) {
      if (!replies.has(reply)) add(path, `names reply code ${reply}, which is not a code of this database`);
    }
  }

  const english: { path: string; value: string }[] = [];
  db.subjects.forEach((s, i) => english.push({ path: `subjects.${i}.name`, value: s.name }));
  db.classes.forEach((c, i) => english.push({ path: `classes.${i}.name`, value: c.name }));
  db.providers.forEach((p, i) => {
    english.push({ path: `providers.${i}.name`, value: p.name });
    p.clues.forEach((c, j) => english.push({ path: `providers.${i}.clues.${j}`, value: c }));
    p.rules.forEach((r, k) => {
      if (r.textClue !== undefined) english.push({ path: `providers.${i}.rules.${k}.textClue`, value: r.textClue });
      english.push({ path: `providers.${i}.rules.${k}.source`, value: r.source });
    });
  });
  for (const { path, value } of english) if (/[<>]/.test(value)) add(path, 'contains < or >; reference fields are plain text');
}
