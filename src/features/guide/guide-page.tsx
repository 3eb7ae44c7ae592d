import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Link } from '@/components/link';
import { paths } from '@/routes';
import { headings } from '../../content/markdown/ast';
import { pageQuery, siteQuery } from '../../content/queries';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { usePageMeta } from '../../components/page-meta';
import { NotFound } from '../../components/not-found-lazy';
import { MarkdownView } from './markdown-view';
import { useHashTarget } from './use-hash-target';

export function GuidePage() {
  const slug = useParams().slug ?? '';
  const { data: site } = useSuspenseQuery(siteQuery());
  // Only slugs listed in site.json are pages; anything else never triggers a fetch.
  if (!site.topics.some((t) => t.slug === slug)) return <NotFound />;
  return <GuideArticle slug={slug} />;
}

type GuideArticleProps = { slug: string };

function GuideArticle({ slug }: GuideArticleProps) {
  const { data: site } = useSuspenseQuery(siteQuery());
  const { data: doc } = useSuspenseQuery(pageQuery(slug));
  const index = site.topics.findIndex((t) => t.slug === slug);
  const topic = site.topics[index];
  const previous = site.topics[index - 1];
  const next = site.topics[index + 1];
  const sections = headings(doc);
  const missingAnchor = useHashTarget(new Set(sections.map((h) => h.id)));
  usePageMeta(topic?.title ?? null, site.siteName, topic?.description);
  if (!topic) return <NotFound />;

  const pagePath = paths.guidePage.href(slug);
  const toc = sections.filter((h) => h.level === 2);
  return (
    <article className="guide-page">
      <div className="guide-page__head">
        <Breadcrumbs items={[{ label: 'ホーム', to: paths.home.href() }, { label: 'ガイド', to: paths.guide.href() }, { label: topic.title }]} />
        <h1>{topic.title}</h1>
        <p className="lead">{topic.description}</p>
        {missingAnchor && (
          <p className="notice" role="status">
            リンク先の見出し「{missingAnchor}」はこのページにありません。ページの先頭を表示しています。
          </p>
        )}
      </div>
      {toc.length > 1 && (
        <nav aria-label="このページの内容" className="toc">
          <h2 className="toc__title">このページの内容</h2>
          <ul>
            {toc.map((h) => (
              <li key={h.id}>
                <a href={`#${h.id}`} className="phrase">
                  {h.text}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="guide-page__body">
        <MarkdownView blocks={doc.blocks} pagePath={pagePath} />
        <nav aria-label="前後のトピック" className="pager">
          {previous ? (
            <Link to={paths.guidePage.href(previous.slug)} rel="prev" className="pager__prev">
              <span className="pager__dir">前のトピック</span>
              <span className="pager__title phrase">{previous.title}</span>
            </Link>
          ) : (
            <span />
          )}
          {next && (
            <Link to={paths.guidePage.href(next.slug)} rel="next" className="pager__next">
              <span className="pager__dir">次のトピック</span>
              <span className="pager__title phrase">{next.title}</span>
            </Link>
          )}
        </nav>
      </div>
    </article>
  );
}
