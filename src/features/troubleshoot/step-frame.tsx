import type { ReactNode, RefObject } from 'react';
import { Link } from '@/components/link';

type StepFrameProps = {
  headingId: string;
  step: number;
  /** Screens after this one on the longest route that can still follow (0 at the end). */
  stepsLeft: number;
  /** Questions left before an outcome, this one included (only on questions). */
  questionsLeft?: number;
  title: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** "Contact support" with the route so far; null where the reader already is at support. */
  supportHref: string | null;
  children: ReactNode;
};

/**
 * The frame every step shares: where the reader is ("ステップ 3／最大 9" and a bar that only moves
 * forward, since the longest remaining route can only shrink), the heading that receives focus after
 * each answer, and the way to support that is one tap away on every screen.
 */
export function StepFrame({ headingId, step, stepsLeft, questionsLeft, title, headingRef, supportHref, children }: StepFrameProps) {
  const total = step + stepsLeft;
  return (
    <section className="ts-step" aria-labelledby={headingId}>
      <div className="ts-progress">
        <p className="ts-step__count">
          ステップ {step}
          {stepsLeft > 0 && <span className="ts-step__total">／最大 {total}</span>}
        </p>
        {questionsLeft !== undefined && questionsLeft > 0 && (
          <p className="ts-step__remaining">
            {questionsLeft === 1 ? 'この質問に答えると、対処が表示されます。' : `あと${questionsLeft}問ほどで、対処が表示されます。`}
          </p>
        )}
        {stepsLeft > 0 && (
          <div className="ts-progress__bar" aria-hidden="true">
            <div className="ts-progress__fill" style={{ width: `${Math.round((step / total) * 100)}%` }} />
          </div>
        )}
      </div>
      <h1 id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {children}
      {supportHref !== null && (
        <p className="ts-support-link">
          <Link to={supportHref}>サポートに問い合わせる</Link>
          <span className="ts-support-link__hint">（ここまでの回答を引き継ぎます）</span>
        </p>
      )}
    </section>
  );
}
