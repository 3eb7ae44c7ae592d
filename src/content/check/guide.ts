// The guide: site.json, every page, the changelog, and every internal link between them. The link rule
// (checkInternalLink) is the one every other check uses for links into the site.
import { contrastRatio } from '../contrast';
import type { Block, Inline } from '../markdown/ast';
import { headings } from '../markdown/ast';
import { parseMarkdown } from '../markdown/parse';
import type { Locale } from '../queries';
import { contentFiles } from '../queries';
import { siteSettings } from '../schemas/site';
import { schemaProblems } from '../validate';
import type { ContentProblem, PageSections, ReadFile } from './files';
import { readJson } from './files';
import { guideSlug, matchRoute } from '@/routes';

export interface ContentCheckResult {
  problems: ContentProblem[];
  /** Whether site.json was read and valid: without it, `sections` holds no page (its error is reported). */
  siteValid: boolean;
  /** Every page and its section ids: what the troubleshooter and the code database may link to. */
  sections: Map<string, Set<string>>;
}

/** Every link target of a page, in order. */
export function collectLinks(blocks: Block[], out: string[]): void {
  const visitInline = (nodes: Inline[]) => collectInlineLinks(nodes, out);
  for (const block of blocks) {
    if (block.type === 'heading' || block.type === 'paragraph') visitInline(block.children);
    else if (block.type === 'list') block.items.forEach(visitInline);
    else if (block.type === 'checklist') block.items.forEach((item) => visitInline(item.children));
    else collectLinks(block.children, out);
  }
}

/** Every link target of inline Markdown (a tree text, a paragraph), in order. */
export function collectInlineLinks(nodes: Inline[], out: string[]): void {
  for (const node of nodes) {
    if (node.type === 'link') out.push(node.href);
    if (node.type === 'link' || node.type === 'strong') collectInlineLinks(node.children, out);
  }
}

/** Checks an internal link: a guide page and section must exist; any other path must be a page of the route table. */
export function checkInternalLink(href: string, sections: PageSections): string | null {
  const [pathAndQuery = '', hash] = href.split('#', 2);
  const path = pathAndQuery.split('?', 1)[0] ?? '';
  const slug = guideSlug(path);
  if (slug !== null) {
    const ids = sections.get(slug);
    if (!ids) return `links to unknown page "${slug}"`;
    if (hash && !ids.has(hash)) return `links to unknown section "#${hash}" of page "${slug}"`;
    return null;
  }
  if (matchRoute(path) === null) return `links to "${path}", which is not a page of this site`;
  return null;
}

/** Validates site.json, every page, the changelog and the links between them. Pure: no file system. */
export function checkGuideContent(read: ReadFile, locale: Locale = 'ja'): ContentCheckResult {
  const problems: ContentProblem[] = [];
  const sections = new Map<string, Set<string>>();
  const siteFile = contentFiles.site(locale);
  const siteData = readJson(read, siteFile, problems);
  if (siteData === undefined) return { problems, sections, siteValid: false };
  const parsed = siteSettings.safeParse(siteData);
  if (!parsed.success) {
    problems.push(...schemaProblems(siteFile, parsed.error.issues));
    return { problems, sections, siteValid: false };
  }
  const site = parsed.data;
  const accent = site.theme?.accentColor;
  if (accent && contrastRatio(accent, '#ffffff') < 4.5) {
    problems.push({
      file: siteFile,
      path: 'theme.accentColor',
      message: `contrast with white is ${contrastRatio(accent, '#ffffff').toFixed(2)}:1; links and buttons need at least 4.5:1`,
    });
  }

  const docs: { file: string; blocks: Block[] }[] = [];
  const parseFile = (file: string, slug: string | null) => {
    const raw = read(file);
    if (raw === null) {
      problems.push({ file, path: '(file)', message: 'file is missing' });
      return;
    }
    const doc = parseMarkdown(raw);
    for (const p of doc.problems) problems.push({ file, path: `line ${p.line}`, message: p.message });
    if (slug) sections.set(slug, new Set(headings(doc).map((h) => h.id)));
    docs.push({ file, blocks: doc.blocks });
  };
  site.topics.forEach((topic) => parseFile(contentFiles.page(locale, topic.slug), topic.slug));
  parseFile(contentFiles.changelog(locale), null);

  for (const { file, blocks } of docs) {
    const links: string[] = [];
    collectLinks(blocks, links);
    for (const href of links) {
      if (!href.startsWith('/')) continue;
      const problem = checkInternalLink(href, sections);
      if (problem) problems.push({ file, path: `link ${href}`, message: problem });
    }
  }
  return { problems, sections, siteValid: true };
}

/**
 * The sections of the page files that exist, for the other checks when site.json is broken: its error is
 * reported once, and links to pages that do exist are not reported as "unknown page" on top of it.
 */
export function sectionsOfFiles(read: ReadFile, files: readonly string[]): Map<string, Set<string>> {
  const sections = new Map<string, Set<string>>();
  for (const file of files) {
    const slug = /([^/]+)\.md$/.exec(file)?.[1];
    const raw = slug === undefined ? null : read(file);
    if (slug !== undefined && raw !== null) sections.set(slug, new Set(headings(parseMarkdown(raw)).map((h) => h.id)));
  }
  return sections;
}
