import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@/components/link';
import { paths } from '@/routes';
import { siteQuery } from '../../content/queries';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { usePageMeta } from '../../components/page-meta';
import { TopicCards } from './topic-cards';

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
      <TopicCards topics={site.topics} headingLevel="h2" />
    </div>
  );
}
