import { useQueries } from '@tanstack/react-query';
import { Link } from '@/components/link';
import { paths } from '@/routes';
import { headings } from '../../content/markdown/ast';
import { pageQuery } from '../../content/queries';
import type { GuideLink } from '../../content/schemas/common';
import type { Topic } from '../../content/schemas/site';

type GuideLinksProps = { links: readonly GuideLink[]; topics: readonly Topic[] };

/** Guide links without duplicates, in their first order. */
export function uniqueGuideLinks(links: readonly GuideLink[]): GuideLink[] {
  const out: GuideLink[] = [];
  for (const link of links) {
    if (!out.some((l) => l.page === link.page && l.section === link.section)) out.push(link);
  }
  return out;
}

/** The text of a link to a guide page or section: "page title：section heading", or the page title alone. */
export function guideLinkLabel(link: GuideLink, topics: readonly Topic[], sectionHeading: string | undefined): string {
  const page = topics.find((t) => t.slug === link.page)?.title ?? link.page;
  return sectionHeading === undefined ? page : `${page}：${sectionHeading}`;
}

/**
 * Links into the guide (/guide/<page>#<section>), labelled with the page title and the section's heading as
 * the page itself spells it: the linked pages are read (a request each, cached, small Markdown files), so
 * renaming a heading in content needs no code change. Until a page has arrived its link shows the page title.
 */
export function GuideLinks({ links, topics }: GuideLinksProps) {
  const unique = uniqueGuideLinks(links);
  const slugs = [...new Set(unique.filter((l) => l.section !== undefined).map((l) => l.page))];
  const pages = useQueries({ queries: slugs.map((slug) => ({ ...pageQuery(slug), retry: false })) });
  if (unique.length === 0) return null;
  const heading = (link: GuideLink): string | undefined => {
    const doc = pages[slugs.indexOf(link.page)]?.data;
    return doc === undefined ? undefined : headings(doc).find((h) => h.id === link.section)?.text;
  };
  return (
    <ul className="link-list smtp-guide-links">
      {unique.map((link) => (
        <li key={`${link.page}#${link.section ?? ''}`}>
          <Link to={paths.guidePage.href(link.page, link.section)}>{guideLinkLabel(link, topics, heading(link))}</Link>
        </li>
      ))}
    </ul>
  );
}
