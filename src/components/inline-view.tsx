import { Link } from '@/components/link';
import type { Inline } from '../content/markdown/ast';
import { classifyHref } from '../content/markdown/href';

type InlineViewProps = { nodes: Inline[] };

export function InlineView({ nodes }: InlineViewProps) {
  return (
    <>
      {nodes.map((node, index) => {
        switch (node.type) {
          case 'text':
            return node.value;
          case 'code':
            return <code key={index}>{node.value}</code>;
          case 'strong':
            return (
              <strong key={index}>
                <InlineView nodes={node.children} />
              </strong>
            );
          case 'link': {
            const kind = classifyHref(node.href);
            const children = <InlineView nodes={node.children} />;
            if (kind === 'internal') return <Link key={index} to={node.href}>{children}</Link>;
            if (kind === 'anchor' || kind === 'mailto') return <a key={index} href={node.href}>{children}</a>;
            if (kind === 'external')
              return (
                <a key={index} href={node.href} rel="noopener noreferrer">
                  {children}
                </a>
              );
            return <span key={index}>{children}</span>;
          }
        }
      })}
    </>
  );
}
