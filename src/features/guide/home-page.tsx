import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@/components/link';
import { paths } from '@/routes';
import { siteQuery } from '../../content/queries';
import { usePageMeta } from '../../components/page-meta';
import { TopicCards } from './topic-cards';

export function HomePage() {
  const { data: site } = useSuspenseQuery(siteQuery());
  usePageMeta(null, site.siteName);
  return (
    <div className="home">
      <div className="home__intro">
        <h1 className="home__title">{site.siteName}</h1>
        <div className="home__lead">
          {site.home.lead.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      </div>
      <ul className="home__actions">
        <li>
          <Link to={paths.troubleshoot.href()} className="button button--primary">
            質問に答えて原因を探す
          </Link>
        </li>
        <li>
          <Link to={paths.smtp.href()} className="button">
            エラーコード・エラーメールを調べる
          </Link>
        </li>
        <li>
          <Link to={paths.guide.href()} className="button">
            ガイドを読む
          </Link>
        </li>
      </ul>
      <h2 className="home__topics-title">トピックから探す</h2>
      <TopicCards topics={site.topics} />
    </div>
  );
}
