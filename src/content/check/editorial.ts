// The editorial rules of the content: one term per concept (glossary.json) over every text a reader sees,
// and the source map (source-map.json), which proves every sentence of the source article still has a
// place in the guide and every correction is in the changelog. Pure: files come through `read`, so the CLI, the tests and any other caller agree.
import type { Block } from '../markdown/ast';
import { inlineText } from '../markdown/ast';
import { parseMarkdown } from '../markdown/parse';
import type { Locale } from '../queries';
import { contentFiles } from '../queries';
import type { Glossary, SourceMap } from '../schemas/editorial';
import { glossary as glossarySchema, sourceMap as sourceMapSchema } from '../schemas/editorial';
import { siteSettings } from '../schemas/site';
import { schemaProblems } from '../validate';
import type { ContentProblem, PageSections, ReadFile } from './files';
import { quietJson, readJson } from './files';
import { paths } from '@/routes';

export const editorialFiles = {
  glossary: (locale: Locale) => `content/${locale}/glossary.json`,
  sourceMap: (locale: Locale) => `content/${locale}/source-map.json`,
};

/** NFKC folds full- and half-width forms; whitespace carries no meaning in Japanese prose or Markdown. */
export const normalizeText = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

/**
 * The parts of a text the glossary does not judge: `code`, link targets, 「quoted screen names and
 * quotations」, 『titles』 and （parenthesised aliases）. They are blanked, not removed, so columns stay true.
 */
export function blankExempt(text: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  return text
    .replace(/`[^`]*`/g, blank)
    .replace(/\]\([^)]*\)/g, (m) => `]${blank(m.slice(1))}`)
    .replace(/「[^「」]*」/g, blank)
    .replace(/『[^『』]*』/g, blank)
    .replace(/（[^（）]*）/g, blank)
    .replace(/\([^()]*\)/g, blank);
}

export interface TermHit {
  forbidden: string;
  preferred: string;
}

/** Forbidden variants in `text`. A variant that is only the start of a preferred term (迷惑メールフォルダ in 迷惑メールフォルダー) is not a hit. */
export function findForbidden(text: string, terms: Glossary['terms']): TermHit[] {
  const judged = blankExempt(text);
  const preferred = terms.map((t) => t.preferred);
  const hits: TermHit[] = [];
  for (const term of terms) {
    for (const variant of term.forbidden) {
      let from = 0;
      for (;;) {
        const at = judged.indexOf(variant, from);
        if (at < 0) break;
        from = at + 1;
        const partOfPreferred = preferred.some((p) => {
          const offset = p.indexOf(variant);
          return offset >= 0 && judged.startsWith(p, at - offset);
        });
        if (!partOfPreferred) hits.push({ forbidden: variant, preferred: term.preferred });
      }
    }
  }
  return hits;
}

const hitMessage = (hit: TermHit) => `uses "${hit.forbidden}"; the glossary's term is "${hit.preferred}"`;

/** Strings of a JSON value with their paths ("nodes.3.body"). */
function jsonStrings(value: unknown, path: string, out: { path: string; text: string }[]): void {
  if (typeof value === 'string') out.push({ path: path || '(root)', text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => jsonStrings(v, path ? `${path}.${i}` : String(i), out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) jsonStrings(v, path ? `${path}.${k}` : k, out);
  }
}

/** Lines of a page that the glossary judges: everything but :::correction blocks, which quote the article's wording. */
function judgedLines(markdown: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let inCorrection = false;
  markdown.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (/^:::correction\b/.test(line)) inCorrection = true;
    else if (line === ':::') inCorrection = false;
    else if (!inCorrection && !line.startsWith(':::')) out.push({ line: index + 1, text: line.replace(/\{#[^}]*\}\s*$/, '') });
  });
  return out;
}

interface SectionText {
  all: string; // normalised, everything
  judged: string; // normalised, without :::correction blocks
}

/** Plain text of each section ("" = the whole page, title included) of a page. */
function sectionTexts(title: string, blocks: Block[]): Map<string, SectionText> {
  const map = new Map<string, SectionText>();
  const page: SectionText = { all: normalizeText(title), judged: normalizeText(title) };
  map.set('', page);
  let current: SectionText | null = null;
  const add = (text: string, correction: boolean) => {
    const n = normalizeText(text);
    for (const t of current ? [page, current] : [page]) {
      t.all += n;
      if (!correction) t.judged += n;
    }
  };
  const visit = (list: Block[], correction: boolean) => {
    for (const block of list) {
      if (block.type === 'heading') {
        if (block.level === 2) {
          current = { all: '', judged: '' };
          map.set(block.id, current);
        }
        add(inlineText(block.children), correction);
      } else if (block.type === 'paragraph') add(inlineText(block.children), correction);
      else if (block.type === 'list') block.items.forEach((item) => add(inlineText(item), correction));
      else if (block.type === 'checklist') block.items.forEach((item) => add(inlineText(item.children), correction));
      else visit(block.children, correction || block.kind === 'correction');
    }
  };
  visit(blocks, false);
  return map;
}

export interface EditorialSummary {
  terms: number;
  sentences: number;
  byStatus: Record<'kept' | 'rewritten' | 'corrected', number>;
}

/** The glossary over pages, tree, site and code texts, then the source map against the pages. */
export function checkEditorial(
  read: ReadFile,
  sections: PageSections,
  locale: Locale = 'ja',
): { problems: ContentProblem[]; summary: EditorialSummary | null } {
  const problems: ContentProblem[] = [];
  const siteRaw = read(contentFiles.site(locale));
  const site = siteRaw === null ? null : siteSettings.safeParse(quietJson(siteRaw));
  if (!site?.success) return { problems, summary: null }; // checkGuideContent reports it

  const glossaryFile = editorialFiles.glossary(locale);
  const glossaryData = readJson(read, glossaryFile, problems);
  let terms: Glossary['terms'] = [];
  if (glossaryData !== undefined) {
    const parsed = glossarySchema.safeParse(glossaryData);
    if (!parsed.success) problems.push(...schemaProblems(glossaryFile, parsed.error.issues));
    else terms = parsed.data.terms;
  }

  const pages = new Map<string, Map<string, SectionText>>();
  for (const topic of site.data.topics) {
    const file = contentFiles.page(locale, topic.slug);
    const raw = read(file);
    if (raw === null) continue; // reported by checkGuideContent
    for (const { line, text } of judgedLines(raw)) {
      for (const hit of findForbidden(text, terms)) problems.push({ file, path: `line ${line}`, message: hitMessage(hit) });
    }
    pages.set(topic.slug, sectionTexts(topic.title, parseMarkdown(raw).blocks));
  }

  const jsonFiles = [
    { file: contentFiles.site(locale), data: site.data as unknown },
    { file: contentFiles.tree(locale), data: quietJson(read(contentFiles.tree(locale))) },
    { file: contentFiles.smtpDb(), data: quietJson(read(contentFiles.smtpDb())) },
  ];
  for (const { file, data } of jsonFiles) {
    if (data === undefined) continue; // reported by the file's own check
    const strings: { path: string; text: string }[] = [];
    jsonStrings(data, '', strings);
    for (const { path, text } of strings) {
      for (const hit of findForbidden(text, terms)) problems.push({ file, path, message: hitMessage(hit) });
    }
  }

  const mapFile = editorialFiles.sourceMap(locale);
  const mapData = readJson(read, mapFile, problems);
  if (mapData === undefined) return { problems, summary: null };
  const parsed = sourceMapSchema.safeParse(mapData);
  if (!parsed.success) {
    problems.push(...schemaProblems(mapFile, parsed.error.issues));
    return { problems, summary: null };
  }
  checkSourceMap(parsed.data, pages, sections, mapFile, problems);
  // Every correction of the article is listed in the changelog, with a link to a page it changed.
  const changelog = read(contentFiles.changelog(locale));
  if (changelog !== null) {
    parsed.data.sentences.forEach((s, i) => {
      if (s.status !== 'corrected') return;
      const slugs = s.where.map((w) => w.split('#')[0] ?? '');
      if (!slugs.some((slug) => changelog.includes(paths.guidePage.href(slug)))) {
        problems.push({ file: mapFile, path: `sentences.${i}`, message: `a correction, but ${contentFiles.changelog(locale)} links to none of ${slugs.join(', ')}` });
      }
    });
  }
  const byStatus = { kept: 0, rewritten: 0, corrected: 0 };
  for (const s of parsed.data.sentences) byStatus[s.status] += 1;
  return { problems, summary: { terms: terms.length, sentences: parsed.data.sentences.length, byStatus } };
}

function checkSourceMap(
  map: SourceMap,
  pages: Map<string, Map<string, SectionText>>,
  sections: PageSections,
  file: string,
  problems: ContentProblem[],
): void {
  // Coverage: on every line of the article, the line's sentences, in order, add up to the line exactly
  // (a list item's "- " aside). A sentence dropped, added, altered or moved fails here.
  const byLine = new Map<number, string[]>();
  let previous = 0;
  map.sentences.forEach((s, i) => {
    const path = `sentences.${i}`;
    if (s.line > map.article.length) problems.push({ file, path: `${path}.line`, message: `the article has only ${map.article.length} lines` });
    if (s.line < previous) problems.push({ file, path: `${path}.line`, message: `line ${s.line} comes after line ${previous}; keep the article's order` });
    previous = Math.max(previous, s.line);
    byLine.set(s.line, [...(byLine.get(s.line) ?? []), s.text]);
  });
  map.article.forEach((raw, index) => {
    const expected = raw.trim().replace(/^- /, '');
    if (expected === '') return;
    const got = (byLine.get(index + 1) ?? []).join('');
    if (got.replace(/\s+/g, '') !== expected.replace(/\s+/g, '')) {
      problems.push({
        file,
        path: `article.${index}`,
        message: got === '' ? `line ${index + 1} of the article has no sentence in the map` : `the sentences of line ${index + 1} do not add up to the line`,
      });
    }
  });

  map.sentences.forEach((s, i) => {
    const path = `sentences.${i}`;
    const targets: SectionText[] = [];
    s.where.forEach((where, j) => {
      const [slug = '', section = ''] = where.split('#');
      const page = pages.get(slug);
      if (!sections.has(slug) || !page) problems.push({ file, path: `${path}.where.${j}`, message: `"${slug}" is not a page` });
      else if (section && !page.has(section)) problems.push({ file, path: `${path}.where.${j}`, message: `page "${slug}" has no section "#${section}"` });
      else {
        const t = page.get(section);
        if (t) targets.push(t);
      }
    });
    if (targets.length !== s.where.length) return;
    const inTargets = (phrase: string) => targets.some((t) => t.all.includes(normalizeText(phrase)));
    if (s.status === 'kept' && !inTargets(s.text)) {
      problems.push({ file, path, message: `marked "kept" but the sentence is not verbatim in ${s.where.join(', ')}` });
    }
    for (const phrase of s.keyPhrases ?? []) {
      if (!inTargets(phrase)) problems.push({ file, path: `${path}.keyPhrases`, message: `"${phrase}" is not in ${s.where.join(', ')}` });
    }
    for (const phrase of s.absent ?? []) {
      if (targets.some((t) => t.judged.includes(normalizeText(phrase)))) {
        problems.push({ file, path: `${path}.absent`, message: `the corrected wording "${phrase}" is still in ${s.where.join(', ')} (outside a :::correction block)` });
      }
    }
  });
}
