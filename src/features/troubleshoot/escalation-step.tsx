import type { RefObject } from 'react';
import type { SiteSettings } from '../../content/schemas/site';
import type { DecisionTree, EscalationNode } from '../../content/schemas/tree';
import { parseInline } from '../../content/markdown/inline';
import { absoluteUrl } from '@/routes';
import { CopyButton } from '../../components/copy-button';
import { useHydrated } from '../../components/use-hydrated';
import { summarise } from '../../engine/tree/summarise';
import type { NodeState } from '../../engine/tree/walk';
import { InlineView } from '../guide/inline-view';
import { SupportContact } from './support-contact';
import { StepFrame } from './step-frame';

type EscalationStepProps = {
  tree: DecisionTree;
  state: NodeState;
  node: EscalationNode;
  support: SiteSettings['support'];
  /** This step's URL (canonical, with the code), relative to the site's base. */
  stepUrl: string;
  smtpCode: string | undefined;
  headingRef: RefObject<HTMLHeadingElement | null>;
};

/** The end of the road: the support contact and a summary to paste into the message to support. */
export function EscalationStep({ tree, state, node, support, stepUrl, smtpCode, headingRef }: EscalationStepProps) {
  // The absolute link needs the browser's origin; the prerendered page (and hydration) shows the path.
  const hydrated = useHydrated();
  const summary = summarise(tree, state, hydrated ? absoluteUrl(stepUrl) : stepUrl, { smtpCode });
  const headingId = `ts-escalation-${node.id}`;
  return (
    <StepFrame headingId={headingId} step={state.step} title={node.title} headingRef={headingRef}>
      <p className="ts-step__body">
        <InlineView nodes={parseInline(node.body)} />
      </p>
      <SupportContact support={support} mailBody={hydrated ? summary : undefined} />
      <section className="ts-summary" aria-labelledby="ts-summary-title">
        <h2 id="ts-summary-title">これまでの確認内容のまとめ</h2>
        <p>お問い合わせの際は、次のまとめをメールや問い合わせフォームに貼り付けてください。ここまでの回答と、試した対処がサポート担当者に伝わります。</p>
        <CopyButton value={() => summarise(tree, state, absoluteUrl(stepUrl), { smtpCode })} label="まとめをコピー" />
        <textarea
          className="ts-summary__text"
          readOnly
          value={summary}
          rows={Math.min(24, summary.split('\n').length + 1)}
          aria-labelledby="ts-summary-title"
          onFocus={(event) => event.currentTarget.select()}
        />
      </section>
    </StepFrame>
  );
}
