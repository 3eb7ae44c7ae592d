import { useRef } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@/components/link';
import { absoluteUrl, paths } from '@/routes';
import { siteQuery, treeQuery } from '../../content/queries';
import { Breadcrumbs } from '../../components/breadcrumbs';
import type { Crumb } from '../../components/breadcrumbs';
import { CopyButton } from '../../components/copy-button';
import { usePageMeta } from '../../components/page-meta';
import type { WalkState } from '../../engine/tree/walk';
import { DoneStep } from './done-step';
import { EscalationStep } from './escalation-step';
import { OutcomeStep } from './outcome-step';
import { QuestionStep } from './question-step';
import { beforeDoneHref } from './step-links';
import { DONE_DESCRIPTION, DONE_TITLE, stepDescription, stepTitle } from './step-meta';
import { StepTrail } from './step-trail';
import { UrlNotice } from './url-notice';
import { useFocusOnNavigation } from './use-focus-on-navigation';
import { useStepUrl } from './use-step-url';

/** Every troubleshooter screen: the URL names the step, this page shows it. */
export function StepPage() {
  const { data: tree } = useSuspenseQuery(treeQuery());
  const { data: site } = useSuspenseQuery(siteQuery());
  const { decoded, notices, provisionalDone } = useStepUrl(tree);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnNavigation(headingRef);
  const state = decoded.state;
  const smtpCode = decoded.smtpCode;
  usePageMeta(provisionalDone ? DONE_TITLE : stepTitle(state), site.siteName, provisionalDone ? DONE_DESCRIPTION : stepDescription(state));

  const body = (() => {
    if (provisionalDone) return <DoneStep solvedBy={null} backHref={null} headingRef={headingRef} />;
    if (state.status === 'done') return <DoneStep solvedBy={state.solvedBy} backHref={beforeDoneHref(tree, state.trail, smtpCode)} headingRef={headingRef} />;
    const common = { tree, state, smtpCode, headingRef };
    switch (state.node.kind) {
      case 'question':
        return <QuestionStep {...common} node={state.node} />;
      case 'outcome':
        return <OutcomeStep {...common} node={state.node} topics={site.topics} />;
      case 'escalation':
        return <EscalationStep {...common} node={state.node} support={site.support} stepUrl={decoded.canonicalUrl} />;
    }
  })();

  const atStart = state.status === 'node' && state.trail.length === 0 && !provisionalDone;
  const crumbs: Crumb[] = [
    { label: 'ホーム', to: paths.home.href() },
    { label: '原因を探す', to: paths.troubleshoot.href() },
    ...(atStart ? [] : [{ label: provisionalDone ? DONE_TITLE : stepTitle(state) }]),
  ];
  return (
    <div className="ts">
      <Breadcrumbs items={crumbs} />
      {notices.length > 0 && <UrlNotice notices={notices} step={state.step} />}
      {smtpCode !== undefined && <EnteredCode code={smtpCode} />}
      {body}
      {!provisionalDone && state.status === 'node' && (
        <p className="ts-copy-link">
          <CopyButton value={() => absoluteUrl(decoded.canonicalUrl)} label="このステップへのリンクをコピー" />
        </p>
      )}
      {!provisionalDone && <StepTrail tree={tree} trail={state.trail} smtpCode={smtpCode} />}
      <StepFooter state={state} />
    </div>
  );
}

function EnteredCode({ code }: { code: string }) {
  // "550 5.1.1" → the enhanced status has its own page and says more than the basic code.
  const key = code.split(' ').at(-1) ?? code;
  return (
    <p className="ts-code">
      入力されたエラーコード：<code>{code}</code>（<Link to={paths.smtpCode.href(key)}>このコードの説明</Link>）
    </p>
  );
}

function StepFooter({ state }: { state: WalkState }) {
  return (
    <ul className="link-list ts-footer">
      {state.trail.length > 0 && (
        <li>
          <Link to={paths.troubleshoot.href()}>最初からやり直す</Link>
        </li>
      )}
      <li>
        <Link to={paths.troubleshootMap.href()}>サポート担当者向け：質問と対処の一覧</Link>
      </li>
    </ul>
  );
}
