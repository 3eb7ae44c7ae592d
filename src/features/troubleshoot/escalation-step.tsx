import { useState } from 'react';
import type { RefObject } from 'react';
import type { SiteSettings } from '../../content/schemas/site';
import type { DecisionTree, EscalationNode } from '../../content/schemas/tree';
import { parseInline } from '../../content/markdown/inline';
import { absoluteUrl } from '@/routes';
import { CopyButton } from '../../components/copy-button';
import { useHydrated } from '../../components/use-hydrated';
import type { SupportDetails } from './summary';
import { routeAudience } from './summary';
import type { NodeState } from '../../engine/tree/walk';
import { FALLBACK_ESCALATION } from '../../engine/tree/walk';
import { FALLBACK_TEXT } from './step-meta';
import { summarise } from './summary';
import { InlineView } from '../../components/inline-view';
import { SupportContact } from './support-contact';
import { SupportDetailsForm } from './support-details';
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

/** Mail programs cut or refuse very long mailto: links: past this (encoded), the error text is pasted by hand. */
const MAX_MAILTO_BODY = 8000;

function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return '';
  }
}

/**
 * The end of the road: what the desk needs (typed here, kept on this device), the support contact, and
 * the summary with the route taken, to paste or send.
 */
export function EscalationStep({ tree, state, node: shown, support, stepUrl, smtpCode, headingRef }: EscalationStepProps) {
  const node = shown === FALLBACK_ESCALATION ? { ...shown, ...FALLBACK_TEXT } : shown;
  // The absolute link and the time zone need the browser; the prerendered page (and hydration) shows the path.
  const hydrated = useHydrated();
  const [typed, setDetails] = useState<SupportDetails>({});
  // The time zone starts as the device's own until the reader changes it.
  const details: SupportDetails = { ...typed, timeZone: typed.timeZone ?? (hydrated ? browserTimeZone() : undefined) };
  const link = hydrated ? absoluteUrl(stepUrl) : stepUrl;
  const summary = summarise(tree, state, link, { smtpCode, details });
  const mailBody = (() => {
    if (!hydrated) return undefined;
    if (encodeURIComponent(summary).length <= MAX_MAILTO_BODY) return summary;
    return `${summarise(tree, state, link, { smtpCode, details: { ...details, errorText: undefined } })}\n\n（エラーメールの本文は長いため、このメールに貼り付けてください）`;
  })();
  const headingId = `ts-escalation-${node.id}`;
  return (
    <StepFrame headingId={headingId} step={state.step} stepsLeft={0} title={node.title} headingRef={headingRef} supportHref={null}>
      <p className="ts-step__body">
        <InlineView nodes={parseInline(node.body)} />
      </p>
      <SupportDetailsForm details={details} onChange={setDetails} side={routeAudience(tree, state)} ready={hydrated} />
      <SupportContact support={support} mailBody={mailBody} />
      <section className="ts-summary" aria-labelledby="ts-summary-title">
        <h2 id="ts-summary-title">お問い合わせ内容のまとめ</h2>
        <p>次のまとめをメールや問い合わせフォームに貼り付けてください。記入した内容と、ここまでの道筋、試した対処がサポート担当者に伝わります。</p>
        <CopyButton value={() => summarise(tree, state, absoluteUrl(stepUrl), { smtpCode, details })} label="まとめをコピー" />
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
