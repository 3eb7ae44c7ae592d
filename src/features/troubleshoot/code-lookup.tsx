import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { DecisionTree } from '../../content/schemas/tree';
import { smtpDbQuery } from '../../content/queries';
import { useHydrated } from '../../components/use-hydrated';
import { AnalysisTimeoutError } from '../../components/analyser/run-analyser';
import { runSmtpAnalysis } from '../../components/analyser/smtp-analyser';
import type { LookupPlan } from './lookup-plan';
import { planLookup } from './lookup-plan';

type CodeLookupProps = { tree: DecisionTree; nodeId: string; answers: readonly string[] };

type Status = { kind: 'idle' } | { kind: 'empty' } | { kind: 'working' } | { kind: 'failed' } | { kind: 'timeout' } | { kind: 'cancelled' } | Exclude<LookupPlan, { kind: 'step' }>;

function statusText(status: Status): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'empty':
      return 'エラーメッセージかコードを貼り付けてから、もう一度押してください。';
    case 'working':
      return '判定しています…';
    case 'timeout':
      return '時間がかかりすぎたため、判定を中止しました。エラーのメールのうち、エラーコードを含む部分だけを貼り付けるか、上の選択肢から選んでください。';
    case 'cancelled':
      return '判定を中止しました。';
    case 'failed':
      return '判定の準備ができませんでした。インターネットにつながっているか確認して、もう一度お試しください。上の選択肢から選ぶこともできます。';
    case 'no-code':
      return '貼り付けた内容から、エラーコードを見つけられませんでした。エラーメールの本文をすべて貼り付けるか、上の選択肢から近いものを選んでください。';
    case 'delivered':
      return `見つかったコード${status.code ? `（${status.code}）` : ''}は、メールが相手のサーバーに受け付けられたことを示すものでした。上の選択肢から近いものを選んでください。`;
    case 'no-match':
      return `コード${status.code ? `「${status.code}」` : ''}は見つかりましたが、この質問の答えを自動では選べませんでした。上の選択肢から近いものを選んでください。`;
  }
}

/**
 * "Paste the error and let the guide choose": runs the SMTP analyser in the browser and jumps to the
 * step its result selects. The pasted text stays on this device: it never goes into the URL or a
 * request — only the normalised code ("550 5.1.1") is added to the step's URL.
 */
export function CodeLookup({ tree, nodeId, answers }: CodeLookupProps) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const id = useId();
  // The analysis runs in the browser: without the app's script the form could do nothing (and a native
  // submit would only reload the page), so the prerendered HTML leaves it out until hydration.
  const hydrated = useHydrated();
  // The running analysis (in a worker, with a time limit): cancelled by the button or when the step changes.
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (status.kind === 'working') return;
    if (text.trim() === '') {
      setStatus({ kind: 'empty' });
      return;
    }
    setStatus({ kind: 'working' });
    const controller = new AbortController();
    running.current = controller;
    let plan: LookupPlan;
    try {
      // The database is large and only needed here: loaded on the first use of this form.
      const db = await queryClient.fetchQuery(smtpDbQuery());
      const analysis = await runSmtpAnalysis(text, db, { signal: controller.signal });
      plan = planLookup(tree, nodeId, answers, analysis.results[0]);
    } catch (error) {
      if (controller.signal.aborted) setStatus({ kind: 'cancelled' });
      else setStatus({ kind: error instanceof AnalysisTimeoutError ? 'timeout' : 'failed' });
      return;
    } finally {
      if (running.current === controller) running.current = null;
    }
    if (plan.kind === 'step') void navigate(plan.url);
    else setStatus(plan);
  };

  const message = statusText(status);
  if (!hydrated) return null;
  return (
    <section className="ts-lookup" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="ts-lookup__title">
        エラーメッセージやコードを貼り付けて判定
      </h2>
      <form onSubmit={onSubmit} noValidate>
        <label htmlFor={`${id}-input`} className="ts-lookup__label">
          返ってきたエラーメールの本文、またはエラーコード（例：550 5.1.1）を貼り付けてください。貼り付けた内容は、この端末の中だけで調べます。
        </label>
        <textarea
          id={`${id}-input`}
          className="ts-lookup__input"
          rows={5}
          value={text}
          onChange={(event) => setText(event.target.value)}
          spellCheck={false}
          autoComplete="off"
        />
        {/* Not disabled while working: a disabled button would drop the keyboard focus. */}
        <button type="submit" className="button button--primary ts-lookup__submit" aria-disabled={status.kind === 'working'}>
          判定する
        </button>
        {status.kind === 'working' && (
          <button type="button" className="button ts-lookup__cancel" onClick={() => running.current?.abort()}>
            中止する
          </button>
        )}
      </form>
      <p className={`ts-lookup__status${status.kind === 'working' ? '' : ' ts-lookup__status--result'}`} role="status">
        {message}
      </p>
    </section>
  );
}
