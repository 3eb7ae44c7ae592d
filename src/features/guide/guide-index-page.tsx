import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { paths } from '@/routes';
import { siteQuery } from '../../content/queries';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { usePageMeta } from '../../components/page-meta';

export function GuideIndexPage() {
  const { data: site } = useSuspenseQuery(siteQuery());
  usePageMeta('ガイドの一覧', site.siteName);
  return (
    <div className="guide-index">
      <Breadcrumbs items={[{ label: 'ホーム', to: paths.home.href() }, { label: 'ガイド' }]} />
      <h1>ガイドの一覧</h1>
      <p className="lead">
        症状に近いものから読んでください。どれが当てはまるかわからないときは、
        <Link to={paths.troubleshoot.href()}>質問に答えて原因を探す</Link>こともできます。
      </p>
      <ol className="topic-list">
        {site.topics.map((topic) => (
          <li key={topic.slug}>
            <Link to={paths.guidePage.href(topic.slug)} className="topic-list__title">
              {topic.title}
            </Link>
            <p>{topic.description}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
