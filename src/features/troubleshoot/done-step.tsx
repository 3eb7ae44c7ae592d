import type { RefObject } from 'react';
import { Link } from '@/components/link';
import { paths } from '@/routes';
import type { OutcomeNode } from '../../content/schemas/tree';
import { parseInline } from '../../content/markdown/inline';
import { InlineView } from '../../components/inline-view';
import { DONE_TITLE } from './step-meta';

type DoneStepProps = {
  /** The outcome that solved it; null on the prerendered page, which cannot read ?path= yet. */
  solvedBy: OutcomeNode | null;
  /** Back to the outcome screen (undoing "solved"), when known. */
  backHref: string | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
};

/** The short "solved" screen: how to keep it from happening again, then ways back and to start over. */
export function DoneStep({ solvedBy, backHref, headingRef }: DoneStepProps) {
  return (
    <section className="ts-step ts-done" aria-labelledby="ts-done-title">
      <h1 id="ts-done-title" ref={headingRef} tabIndex={-1}>
        {DONE_TITLE}
      </h1>
      <p className="ts-step__body">
        {solvedBy ? `「${solvedBy.title}」の手順で解決できて、よかったです。` : '解決できて、よかったです。'}
        またメールが届かないことがあれば、いつでも最初からお試しください。
      </p>
      {solvedBy?.prevent !== undefined && (
        <section className="ts-prevent" aria-labelledby="ts-prevent-title">
          <h2 id="ts-prevent-title">次から同じことが起きないように</h2>
          <p>
            <InlineView nodes={parseInline(solvedBy.prevent)} />
          </p>
        </section>
      )}
      <ul className="link-list ts-done__links">
        <li>
          <Link to={paths.troubleshoot.href()}>最初からやり直す</Link>
        </li>
        {backHref !== null && (
          <li>
            <Link to={backHref}>ひとつ前の画面に戻る</Link>
          </li>
        )}
        {solvedBy && (
          <li>
            <Link to={paths.guidePage.href(solvedBy.link.page, solvedBy.link.section)}>この対処についてガイドで読む</Link>
          </li>
        )}
        <li>
          <Link to={paths.guide.href()}>ガイドの一覧を見る</Link>
        </li>
      </ul>
    </section>
  );
}
