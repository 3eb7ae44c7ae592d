import type { Block, Inline } from '../../content/markdown/ast';
import { inlineText } from '../../content/markdown/ast';
import { CopyButton } from '../../components/copy-button';
import { absoluteUrl } from '@/routes';
import { Checklist } from './checklist';
import { InlineView } from '../../components/inline-view';
import { ShareWithRecipient } from './share-with-recipient';

/** The text of inline content that is a single plain text run, else null. */
function plainText(nodes: readonly Inline[]): string | null {
  const [only, ...rest] = nodes;
  return only?.type === 'text' && rest.length === 0 ? only.value : null;
}

type MarkdownViewProps = {
  blocks: Block[];
  /** Path of the page (without hash), used for the section links and the checklist's storage key. */
  pagePath: string;
};

const CALLOUT_LABEL = {
  added: '元記事にない補足',
  correction: '元記事の訂正',
  note: 'メモ',
  share: '受信者に送る',
} as const;

export function MarkdownView({ blocks, pagePath }: MarkdownViewProps) {
  return (
    <>
      {blocks.map((block, index) => (
        <BlockView key={index} block={block} pagePath={pagePath} />
      ))}
    </>
  );
}

type BlockViewProps = { block: Block; pagePath: string };

function BlockView({ block, pagePath }: BlockViewProps) {
  switch (block.type) {
    case 'heading': {
      const Tag = block.level === 2 ? 'h2' : 'h3';
      const text = inlineText(block.children);
      return (
        <div className={`section-heading section-heading--${block.level}`}>
          <Tag id={block.id} tabIndex={-1}>
            {/* Plain text as the only child: the build may add phrase breaks (<wbr>) that hydration ignores. */}
            {plainText(block.children) ?? <InlineView nodes={block.children} />}
          </Tag>
          <CopyButton
            value={() => absoluteUrl(`${pagePath}#${block.id}`)}
            label="リンクをコピー"
            ariaLabel={`「${text}」へのリンクをコピー`}
            className="section-heading__copy"
          />
        </div>
      );
    }
    case 'paragraph':
      return (
        <p>
          <InlineView nodes={block.children} />
        </p>
      );
    case 'list': {
      const Tag = block.ordered ? 'ol' : 'ul';
      return (
        <Tag>
          {block.items.map((item, index) => (
            <li key={index}>
              <InlineView nodes={item} />
            </li>
          ))}
        </Tag>
      );
    }
    case 'checklist':
      return <Checklist storageKey={`checklist:${pagePath}`} items={block.items} />;
    case 'callout':
      if (block.kind === 'share') return <ShareWithRecipient subject={block.label ?? ''} blocks={block.children} pagePath={pagePath} />;
      return (
        <aside className={`callout callout--${block.kind}`} aria-label={CALLOUT_LABEL[block.kind]}>
          <p className="callout__label">
            <strong>{CALLOUT_LABEL[block.kind]}</strong>
            {block.label && <span className="callout__source">{block.label}</span>}
          </p>
          <MarkdownView blocks={block.children} pagePath={pagePath} />
        </aside>
      );
  }
}
