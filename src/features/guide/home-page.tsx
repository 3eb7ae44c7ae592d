import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { paths } from '@/routes';
import { siteQuery } from '../../content/queries';
import { usePageMeta } from '../../components/page-meta';

export function HomePage() {
  const { data: site } = useSuspenseQuery(siteQuery());
  usePageMeta(null, site.siteName);
  return (
    <div className="home">
      <h1>{site.siteName}</h1>
      <div className="home__lead">
        {site.home.lead.map((line) => (
          <p key={line}>{line}</p>
        ))}
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
      <h2>よくある原因</h2>
      <ul className="topic-grid">
        {site.topics.map((topic) => (
          <li key={topic.slug}>
            <Link to={paths.guidePage.href(topic.slug)}>{topic.title}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
