import type { RefObject } from 'react';
import { Link } from '@/components/link';
import type { DecisionTree, QuestionNode } from '../../content/schemas/tree';
import { parseInline } from '../../content/markdown/inline';
import { nodeProgress } from '../../engine/tree/progress';
import type { NodeState } from '../../engine/tree/walk';
import { InlineView } from '../../components/inline-view';
import { CodeLookup } from './code-lookup';
import { answerHref, supportHref } from './step-links';
import { StepFrame } from './step-frame';

type QuestionStepProps = {
  tree: DecisionTree;
  state: NodeState;
  node: QuestionNode;
  smtpCode: string | undefined;
  headingRef: RefObject<HTMLHeadingElement | null>;
};

/** One question; every answer is a plain link to the next step's URL (new tab, copy link and crawlers work). */
export function QuestionStep({ tree, state, node, smtpCode, headingRef }: QuestionStepProps) {
  const headingId = `ts-question-${node.id}`;
  const progress = nodeProgress(tree).get(node.id);
  return (
    <StepFrame
      headingId={headingId}
      step={state.step}
      stepsLeft={progress?.stepsLeft ?? 0}
      questionsLeft={progress?.questionsLeft}
      title={node.question}
      headingRef={headingRef}
      supportHref={supportHref(tree, state, smtpCode)}
    >
      {node.help !== undefined && (
        <p className="ts-step__help">
          <InlineView nodes={parseInline(node.help)} />
        </p>
      )}
      <ul className="ts-answers">
        {node.answers.map((answer) => (
          <li key={answer.id}>
            <Link to={answerHref(tree, state, answer, smtpCode)} className="ts-answer">
              {answer.label}
            </Link>
          </li>
        ))}
      </ul>
      {node.lookup !== undefined && (
        // A new step (or a new route to this one) starts with an empty form.
        <CodeLookup key={state.answers.join('.')} tree={tree} nodeId={node.id} answers={state.answers} />
      )}
    </StepFrame>
  );
}
