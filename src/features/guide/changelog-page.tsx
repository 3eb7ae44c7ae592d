import { useSuspenseQuery } from '@tanstack/react-query';
import { paths } from '@/routes';
import { headings } from '../../content/markdown/ast';
import { changelogQuery, siteQuery } from '../../content/queries';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { usePageMeta } from '../../components/page-meta';
import { MarkdownView } from './markdown-view';
import { useHashTarget } from './use-hash-target';

export function ChangelogPage() {
  const { data: site } = useSuspenseQuery(siteQuery());
  const { data: doc } = useSuspenseQuery(changelogQuery());
  useHashTarget(new Set(headings(doc).map((h) => h.id)));
  usePageMeta('内容の変更履歴', site.siteName);
  return (
    <article className="guide-page">
      <Breadcrumbs items={[{ label: 'ホーム', to: paths.home.href() }, { label: '内容の変更履歴' }]} />
      <h1>内容の変更履歴</h1>
      <MarkdownView blocks={doc.blocks} pagePath={paths.changelog.href()} />
    </article>
  );
}
