import type { RefObject } from 'react';
import { Link } from 'react-router';
import { paths } from '@/routes';
import type { Topic } from '../../content/schemas/site';
import type { DecisionTree, OutcomeNode } from '../../content/schemas/tree';
import { parseInline } from '../../content/markdown/inline';
import { confirmWording } from '../../engine/tree/confirm';
import type { NodeState } from '../../engine/tree/walk';
import { InlineView } from '../guide/inline-view';
import { notSolvedHref, solvedHref } from './step-links';
import { StepFrame } from './step-frame';

type OutcomeStepProps = {
  tree: DecisionTree;
  state: NodeState;
  node: OutcomeNode;
  topics: readonly Topic[];
  smtpCode: string | undefined;
  headingRef: RefObject<HTMLHeadingElement | null>;
};

/** A likely cause and its fix, the guide section that explains it, and "did this solve it?". */
export function OutcomeStep({ tree, state, node, topics, smtpCode, headingRef }: OutcomeStepProps) {
  const wording = confirmWording(node);
  const topic = topics.find((t) => t.slug === node.link.page);
  const next = notSolvedHref(tree, state, node, smtpCode);
  const headingId = `ts-outcome-${node.id}`;
  return (
    <StepFrame headingId={headingId} step={state.step} title={node.title} headingRef={headingRef}>
      <p className="ts-step__body">
        <InlineView nodes={parseInline(node.body)} />
      </p>
      <p className="ts-guide-link">
        <Link to={paths.guidePage.href(node.link.page, node.link.section)} className="button button--primary">
          ガイドで詳しい手順を読む{topic ? `（${topic.title}）` : ''}
        </Link>
      </p>
      <section className="ts-confirm" aria-labelledby={`${headingId}-confirm`}>
        <h2 id={`${headingId}-confirm`}>{wording.question}</h2>
        <ul className="ts-answers">
          <li>
            <Link to={solvedHref(tree, state, smtpCode)} className="ts-answer">
              {wording.yes}
            </Link>
          </li>
          {next !== null && (
            <li>
              <Link to={next} className="ts-answer">
                {wording.no}
              </Link>
            </li>
          )}
        </ul>
      </section>
    </StepFrame>
  );
}
