import type { ReactNode, RefObject } from 'react';

type StepFrameProps = {
  headingId: string;
  step: number;
  title: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  children: ReactNode;
};

/** The frame every step shares: "ステップ N" and the heading that receives focus after each answer. */
export function StepFrame({ headingId, step, title, headingRef, children }: StepFrameProps) {
  return (
    <section className="ts-step" aria-labelledby={headingId}>
      <p className="ts-step__count">ステップ {step}</p>
      <h1 id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </section>
  );
}
