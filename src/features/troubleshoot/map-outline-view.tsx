import { Link } from '@/components/link';
import { paths } from '@/routes';
import type { TreeNode } from '../../content/schemas/tree';
import type { OutlineEntry } from './map-outline';

const KIND_LABEL: Record<TreeNode['kind'], string> = { question: '質問', outcome: '対処', escalation: '窓口' };

export function nodeTitle(node: TreeNode): string {
  return node.kind === 'question' ? node.question : node.title;
}

/** Anchor of a node's spelt-out entry on the map page, the target of its "→ 既出" references. */
export function mapAnchor(nodeId: string): string {
  return `map-${nodeId}`;
}

type OutlineListProps = {
  entries: readonly OutlineEntry[];
  urls: ReadonlyMap<string, string>;
  /** Guide page titles by slug: an outcome's guide link reads as the page's title, not its file name. */
  pageTitles: ReadonlyMap<string, string>;
};

/** One level of the outline: a screen, then (for outcomes) the screens that follow when it did not help. */
export function OutlineList({ entries, urls, pageTitles }: OutlineListProps) {
  return (
    <ul className="ts-map__list">
      {entries.map((entry) => (
        <OutlineItem key={`${entry.type}-${entry.node.id}`} entry={entry} urls={urls} pageTitles={pageTitles} />
      ))}
    </ul>
  );
}

const AUDIENCE_LABEL = { sender: '送信者向け', recipient: '受信者向け' } as const;

function KindLabel({ node }: { node: TreeNode }) {
  return (
    <>
      <span className={`ts-kind ts-kind--${node.kind}`}>{KIND_LABEL[node.kind]}</span>
      {node.audience !== undefined && <span className="ts-audience"> {AUDIENCE_LABEL[node.audience]}</span>}
    </>
  );
}

function OutlineItem({ entry, urls, pageTitles }: { entry: OutlineEntry } & Omit<OutlineListProps, 'entries'>) {
  const { node } = entry;
  const via = entry.via === 'not-solved' ? <span className="ts-map__via">解決しないとき →</span> : null;
  if (entry.type === 'seen') {
    return (
      <li className="ts-map__item ts-map__item--seen">
        {via}
        <KindLabel node={node} /> <a href={`#${mapAnchor(node.id)}`}>→ 既出：{nodeTitle(node)}</a>
      </li>
    );
  }
  const url = urls.get(node.id);
  return (
    <li className="ts-map__item" id={mapAnchor(node.id)}>
      {via}
      <KindLabel node={node} /> {url ? <Link to={url}>{nodeTitle(node)}</Link> : nodeTitle(node)}{' '}
      <code className="ts-map__id">{node.id}</code>
      {node.kind === 'outcome' && (
        <span className="ts-map__guide">
          ガイド：
          <Link to={paths.guidePage.href(node.link.page, node.link.section)}>
            {pageTitles.get(node.link.page) ?? node.link.page}
          </Link>
        </span>
      )}
      {entry.branches.length > 0 && (
        <ul className="ts-map__answers">
          {entry.branches.map((branch) => (
            <li key={branch.answer.id} className="ts-map__branch">
              <span className="ts-map__answer">回答「{branch.answer.label}」</span>
              <OutlineList entries={branch.entries} urls={urls} pageTitles={pageTitles} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
