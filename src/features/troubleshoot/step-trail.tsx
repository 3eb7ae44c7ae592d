import { Link } from '@/components/link';
import type { DecisionTree } from '../../content/schemas/tree';
import type { TrailEntry } from '../../engine/tree/walk';
import { trailAnswerLabel } from './confirm';
import { trailHref } from './step-links';

type StepTrailProps = { tree: DecisionTree; trail: readonly TrailEntry[]; smtpCode: string | undefined };

/**
 * The breadcrumbs of the troubleshooter: every screen passed and what was chosen there. Each links back
 * to that screen; answering differently there drops the later answers (they are not in its URL).
 */
export function StepTrail({ tree, trail, smtpCode }: StepTrailProps) {
  if (trail.length === 0) return null;
  return (
    <nav className="ts-trail" aria-labelledby="ts-trail-title">
      <h2 id="ts-trail-title" className="ts-trail__title">
        これまでの回答
      </h2>
      <p className="ts-trail__hint">質問を押すと、その画面に戻って答えを選び直せます。</p>
      <ol>
        {trail.map((entry, index) => (
          <li key={`${entry.step}-${entry.nodeId}`}>
            <Link to={trailHref(tree, trail, index, smtpCode)}>{entry.prompt}</Link>
            <span className="ts-trail__answer">
              <span className="visually-hidden">回答：</span>
              {trailAnswerLabel(entry)}
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
