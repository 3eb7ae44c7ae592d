import type { RefObject } from 'react';
import { Link } from '@/components/link';
import { paths } from '@/routes';
import type { Topic } from '../../content/schemas/site';
import type { DecisionTree, OutcomeNode, TreeTool } from '../../content/schemas/tree';
import { parseInline } from '../../content/markdown/inline';
import { confirmWording } from './confirm';
import { nodeProgress } from '../../engine/tree/progress';
import { TOOL_ROUTES } from '../../engine/tree/tools';
import type { NodeState } from '../../engine/tree/walk';
import { InlineView } from '../../components/inline-view';
import { notSolvedHref, solvedHref, supportHref } from './step-links';
import { StepFrame } from './step-frame';

type OutcomeStepProps = {
  tree: DecisionTree;
  state: NodeState;
  node: OutcomeNode;
  topics: readonly Topic[];
  smtpCode: string | undefined;
  headingRef: RefObject<HTMLHeadingElement | null>;
};

/** The label of each tool's link (the page comes from the route module). */
const TOOL_LABELS: Record<TreeTool, string> = {
  smtp: 'エラーコードを調べる',
  headers: 'ヘッダーを貼り付けて調べる',
};

/**
 * A likely cause and its fix, then "did this solve it?" as the main action (the reader came to move on),
 * with the guide section and any tool as secondary links.
 */
export function OutcomeStep({ tree, state, node, topics, smtpCode, headingRef }: OutcomeStepProps) {
  const wording = confirmWording(node);
  const topic = topics.find((t) => t.slug === node.link.page);
  const next = notSolvedHref(tree, state, node, smtpCode);
  const headingId = `ts-outcome-${node.id}`;
  const tool = node.tool === undefined ? undefined : { href: paths[TOOL_ROUTES[node.tool]].href(), label: TOOL_LABELS[node.tool] };
  return (
    <StepFrame
      headingId={headingId}
      step={state.step}
      stepsLeft={nodeProgress(tree).get(node.id)?.stepsLeft ?? 0}
      title={node.title}
      headingRef={headingRef}
      supportHref={supportHref(tree, state, smtpCode)}
    >
      <p className="ts-step__body">
        <InlineView nodes={parseInline(node.body)} />
      </p>
      <ul className="ts-more">
        <li>
          <Link to={paths.guidePage.href(node.link.page, node.link.section)}>ガイドで詳しい手順を読む{topic ? `（${topic.title}）` : ''}</Link>
        </li>
        {tool && (
          <li>
            <Link to={tool.href}>{tool.label}</Link>
          </li>
        )}
      </ul>
      <section className="ts-confirm" aria-labelledby={`${headingId}-confirm`}>
        <h2 id={`${headingId}-confirm`}>{wording.question}</h2>
        <ul className="ts-answers ts-answers--confirm">
          <li>
            <Link to={solvedHref(tree, state, smtpCode)} className="ts-answer ts-answer--primary">
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
