import { Link } from '@/components/link';
import { paths } from '@/routes';
import type { Topic } from '../../content/schemas/site';

type TopicCardsProps = { topics: readonly Topic[]; headingLevel?: 'h2' | 'h3' };

/**
 * A card per topic: icon, title (the link; the whole card is its hit area) and description. The icon is
 * drawn by the stylesheet from data-topic (no markup or script per icon); unknown topics get a generic one.
 */
export function TopicCards({ topics, headingLevel: Heading = 'h3' }: TopicCardsProps) {
  return (
    <ul className="topic-cards">
      {topics.map((topic) => (
        <li key={topic.slug} className="card topic-card" data-topic={topic.slug}>
          <Heading className="topic-card__title">
            <Link to={paths.guidePage.href(topic.slug)} className="card__link phrase">
              {topic.title}
            </Link>
          </Heading>
          <p className="topic-card__description">{topic.description}</p>
        </li>
      ))}
    </ul>
  );
}
