import { Icon } from '@/components/icon';
import { Link } from '@/components/link';
import { paths } from '@/routes';
import { topicIcon } from './topic-icons';
import type { Topic } from '../../content/schemas/site';

type TopicCardsProps = { topics: readonly Topic[]; headingLevel?: 'h2' | 'h3' };

/**
 * A card per topic: icon, title (the link; the whole card is its hit area) and description. The icon is the
 * topic's own (topic-icons.ts); a topic without one gets a generic page icon.
 */
export function TopicCards({ topics, headingLevel: Heading = 'h3' }: TopicCardsProps) {
  return (
    <ul className="topic-cards">
      {topics.map((topic) => (
        <li key={topic.slug} className="card topic-card">
          <span className="topic-card__icon">
            <Icon path={topicIcon(topic.slug)} className="topic-card__symbol" />
          </span>
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
