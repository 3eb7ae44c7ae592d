import { Link } from 'react-router';
import { paths } from '@/routes';
import type { GuideLink } from '../../content/schemas/common';
import type { Topic } from '../../content/schemas/site';
import { guideLinkLabel, uniqueGuideLinks } from './section-labels';

type GuideLinksProps = { links: readonly GuideLink[]; topics: readonly Topic[] };

/** Links into the guide (/guide/<page>#<section>), labelled with the page and section titles. */
export function GuideLinks({ links, topics }: GuideLinksProps) {
  const unique = uniqueGuideLinks(links);
  if (unique.length === 0) return null;
  return (
    <ul className="link-list smtp-guide-links">
      {unique.map((link) => (
        <li key={`${link.page}#${link.section ?? ''}`}>
          <Link to={paths.guidePage.href(link.page, link.section)}>{guideLinkLabel(link, topics)}</Link>
        </li>
      ))}
    </ul>
  );
}
