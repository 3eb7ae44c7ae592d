import { useId, useState } from 'react';
import type { RefObject } from 'react';
import { Link } from '@/components/link';
import { CopyButton } from '../../components/copy-button';
import { formatJst, formatUtc } from '../../engine/headers/dates';
import { fitShareableHeaders } from '../../engine/headers/share';
import type { HeaderAnalysis, Hop, SpamVerdict } from '../../engine/headers/types';
import { MAX_LINK_LENGTH, absoluteUrl, paths } from '@/routes';
import { authResultText, conclusionText, durationText, noticeText, RULE_CATEGORY_TEXT, spamItemText } from '../../content/text/headers';

type ResultsProps = {
  input: string;
  analysis: HeaderAnalysis;
  shared: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
};

const VERDICT_TEXT: Record<SpamVerdict, string> = {
  spam: '迷惑メールと判定されています',
  'high-confidence-spam': '確度の高い迷惑メールと判定されています',
  phish: 'なりすまし・フィッシングの疑いと判定されています',
  malware: 'マルウェアを含むと判定されています',
  bulk: '一斉送信のメール（バルクメール）と判定されています',
  'blocked-sender': '受信者が拒否している送信元です',
  allowed: '許可された送信元として、判定を省略して配信されています',
  clean: '迷惑メールとは判定されていません',
  unknown: '迷惑メール判定のヘッダーは見当たりません',
};

function Conclusions({ analysis, headingRef, id }: { analysis: HeaderAnalysis; headingRef: ResultsProps['headingRef']; id: string }) {
  return (
    <section className="headers-conclusion" aria-labelledby={`${id}-conclusion`}>
      <h2 id={`${id}-conclusion`} ref={headingRef} tabIndex={-1}>
        調べた結果
      </h2>
      {analysis.notices.length > 0 && (
        <ul className="headers-notices">
          {analysis.notices.map((n) => (
            <li key={n.code}>{noticeText(n)}</li>
          ))}
        </ul>
      )}
      {analysis.conclusion.length > 0 && (
        <ul className="headers-findings">
          {analysis.conclusion.map((c) => {
            const t = conclusionText(c);
            return (
              <li key={c.code} className={`headers-finding headers-finding--${c.severity}`}>
                <h3>
                  <span className="headers-finding__kind">{c.severity === 'problem' ? '問題' : c.severity === 'warn' ? '注意' : '情報'}：</span>
                  {t.title}
                </h3>
                <p>{t.body}</p>
                <p>
                  <Link to={paths.guidePage.href(c.link.page, c.link.section)}>{t.linkLabel}</Link>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function HostCell({ hop }: { hop: Hop }) {
  return (
    <>
      <span className="headers-host">{hop.from ?? '（記録なし）'}</span>
      {hop.fromIp !== null && hop.fromIp !== hop.from?.replace(/^\[|\]$/g, '') && <span className="headers-sub">IP: {hop.fromIp}</span>}
      {hop.fromRdns !== null && <span className="headers-sub">逆引き: {hop.fromRdns}</span>}
      {hop.helo !== null && <span className="headers-sub">名乗り: {hop.helo}</span>}
    </>
  );
}

function HopTable({ analysis, id }: { analysis: HeaderAnalysis; id: string }) {
  const { hops, slowestHop, totalSeconds } = analysis;
  const longest = Math.max(1, ...hops.map((h) => Math.abs(h.delaySeconds ?? 0)));
  const slowest = slowestHop === null ? undefined : hops[slowestHop - 1];
  return (
    <section className="headers-hops" aria-labelledby={`${id}-hops`}>
      <h2 id={`${id}-hops`}>経路と時間（古い順）</h2>
      <p className="headers-hops__summary">
        {hops.length} 区間
        {totalSeconds !== null && <>、最初から最後まで {durationText(totalSeconds)}</>}
        {slowest && slowest.delaySeconds !== null && (
          <>
            。いちばん時間がかかったのは <strong>{slowest.index} 番目の区間（{durationText(slowest.delaySeconds)}）</strong>です
          </>
        )}
        。
      </p>
      {analysis.messageDate.submitDelaySeconds !== null && analysis.messageDate.time !== null && (
        <p className="headers-hops__submit">
          送信日時（Date）: {formatJst(analysis.messageDate.time)}（日本時間）。最初のサーバーが受け取るまで {durationText(analysis.messageDate.submitDelaySeconds)}。
        </p>
      )}
      {/* Wide tables scroll inside their own box on a phone; the box can be scrolled with the keyboard. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be focusable (WCAG 2.1.1) */}
      <div className="headers-table-wrap" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="headers-table">
          <caption id={`${id}-caption`}>メールが通ったサーバー（1 が最初）</caption>
          <thead>
            <tr>
              <th scope="col">区間</th>
              <th scope="col">送ったサーバー</th>
              <th scope="col">受け取ったサーバー</th>
              <th scope="col">受け取った日時</th>
              <th scope="col">前の区間からの時間</th>
            </tr>
          </thead>
          <tbody>
            {hops.map((hop) => {
              const isSlowest = hop.index === slowestHop;
              const width = hop.delaySeconds === null ? 0 : Math.max(2, Math.round((Math.abs(hop.delaySeconds) / longest) * 100));
              return (
                <tr key={hop.index} className={isSlowest ? 'is-slowest' : hop.clockSkew ? 'is-skewed' : undefined}>
                  <th scope="row">
                    {hop.index}
                    {isSlowest && <span className="headers-badge">最も遅い</span>}
                  </th>
                  <td>
                    <HostCell hop={hop} />
                  </td>
                  <td>
                    <span className="headers-host">{hop.by ?? '（記録なし）'}</span>
                    {hop.with !== null && <span className="headers-sub">方式: {hop.with}</span>}
                  </td>
                  <td>
                    {hop.time === null ? (
                      <span>{hop.dateProblem === 'missing' ? '日時の記録なし' : `読み取れない日時（${hop.dateText ?? ''}）`}</span>
                    ) : (
                      <>
                        <time dateTime={hop.date ?? undefined}>{formatJst(hop.time)}</time>
                        <span className="headers-sub">UTC {formatUtc(hop.time)}</span>
                      </>
                    )}
                  </td>
                  <td className="headers-delay">
                    {hop.delaySeconds === null ? (
                      <span>—</span>
                    ) : (
                      <>
                        <span>{hop.clockSkew ? `${durationText(hop.delaySeconds)}（時計のずれ）` : durationText(hop.delaySeconds)}</span>
                        <span className="headers-bar" aria-hidden="true">
                          <span className="headers-bar__fill" style={{ width: `${width}%` }} />
                        </span>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function AuthCard({ analysis, id }: { analysis: HeaderAnalysis; id: string }) {
  const { spf, dkim, dmarc, arc, compauth } = analysis.auth;
  const alignedText = (a: boolean | null) => (a === null ? '' : a ? '（差出人のドメインと一致）' : '（差出人のドメインと不一致）');
  return (
    <section className="headers-card" aria-labelledby={`${id}-auth`}>
      <h2 id={`${id}-auth`}>送信元の認証</h2>
      {analysis.from.address !== null && <p>差出人（From）: {analysis.from.address}</p>}
      <dl className="headers-dl">
        <dt>SPF</dt>
        <dd>
          {authResultText(spf.result)}
          {spf.domain !== null && ` — ${spf.domain}`}
          {spf.result === 'pass' && alignedText(spf.aligned)}
        </dd>
        <dt>DKIM</dt>
        <dd>
          {dkim.signatures.length === 0 ? (
            authResultText(dkim.result)
          ) : (
            <ul>
              {dkim.signatures.map((s, k) => (
                <li key={`${s.domain ?? ''}-${s.selector ?? ''}-${k}`}>
                  {authResultText(s.result)} — {s.domain ?? '（ドメイン不明）'}
                  {s.selector !== null && `（セレクター ${s.selector}）`}
                  {s.result === 'pass' && alignedText(s.aligned)}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>DMARC</dt>
        <dd>
          {authResultText(dmarc.result)}
          {dmarc.fromDomain !== null && ` — ${dmarc.fromDomain}`}
          {dmarc.policy !== null && `（ポリシー: ${dmarc.policy}）`}
          {dmarc.aligned !== null && <span className="headers-sub">{dmarc.aligned ? 'SPF か DKIM が差出人のドメインで成功しています' : '差出人のドメインで成功した認証がありません'}</span>}
        </dd>
        {arc.instances > 0 && (
          <>
            <dt>ARC（転送の記録）</dt>
            <dd>
              {authResultText(arc.result)}（{arc.instances} 回）
              {arc.firstSeen && (
                <span className="headers-sub">
                  最初の受信時（{arc.firstSeen.authserv ?? '不明'}）: SPF {authResultText(arc.firstSeen.spf)}、DKIM {authResultText(arc.firstSeen.dkim)}、DMARC {authResultText(arc.firstSeen.dmarc)}
                </span>
              )}
            </dd>
          </>
        )}
        {compauth !== null && (
          <>
            <dt>Microsoft の総合判定（compauth）</dt>
            <dd>
              {authResultText(compauth.result)}
              {compauth.reason !== null && `（理由コード ${compauth.reason}）`}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

function SpamCard({ analysis, id }: { analysis: HeaderAnalysis; id: string }) {
  const { spam } = analysis;
  const byCategory = new Map<string, string[]>();
  for (const t of spam.tests) byCategory.set(t.category, [...(byCategory.get(t.category) ?? []), t.name]);
  return (
    <section className="headers-card" aria-labelledby={`${id}-spam`}>
      <h2 id={`${id}-spam`}>迷惑メールの判定</h2>
      <p className={`headers-verdict headers-verdict--${spam.verdict}`}>{VERDICT_TEXT[spam.verdict]}</p>
      {spam.items.length > 0 && (
        <dl className="headers-dl">
          {spam.items.map((item, k) => (
            <div key={`${item.header}-${item.field}-${k}`} className={`headers-item headers-item--${item.level}`}>
              <dt>
                {item.field === 'flag' || item.field === 'score' || item.field === 'level' || item.field === 'action' || item.field === 'tag' ? item.header : `${item.field}`}:{' '}
                <code>{item.value}</code>
              </dt>
              <dd>{spamItemText(item)}</dd>
            </div>
          ))}
        </dl>
      )}
      {byCategory.size > 0 && (
        <>
          <h3>当てはまったルール</h3>
          <ul className="headers-rules">
            {[...byCategory].map(([category, names]) => (
              <li key={category}>
                {RULE_CATEGORY_TEXT[category] ?? category}: <code>{names.join(', ')}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ShareBox({ input, id }: { input: string; id: string }) {
  const [includeHosts, setIncludeHosts] = useState(false);
  // The fragment value may take what the link limit leaves after /headers#h=.
  const share = fitShareableHeaders(input, includeHosts, MAX_LINK_LENGTH - paths.headers.href('x').length + 1);
  const text = share.text;
  const href = paths.headers.href(share.encoded);
  return (
    <section className="headers-share" aria-labelledby={`${id}-share`}>
      <h2 id={`${id}-share`}>結果を共有する</h2>
      <p>
        リンクを開くと同じ結果が表示されます。リンクに入るのは、調べるのに使ったヘッダーの項目だけです（本文・件名・メッセージ ID は入りません）。通常は、サーバー名・IP アドレス・メールアドレスを「org1.example」などの仮の名前に置き換えます。
      </p>
      <p className="headers-share__choice">
        <input type="checkbox" id={`${id}-hosts`} checked={includeHosts} onChange={(event) => setIncludeHosts(event.target.checked)} aria-describedby={`${id}-hosts-warning`} />
        <label htmlFor={`${id}-hosts`}>サーバー名・アドレスをそのままリンクに含める</label>
      </p>
      <p id={`${id}-hosts-warning`} className={includeHosts ? 'headers-warning' : 'headers-share__hint'}>
        含めると、メールアドレスやサーバー名がリンクに入り、リンクを受け取った人にも見えます。
      </p>
      {(share.omittedHops > 0 || share.omittedFields > 0) && (
        <p className="notice">
          ヘッダーが長すぎてリンクに収まらないため、
          {share.omittedHops > 0 && `古いほうの経路 ${share.omittedHops} 区間`}
          {share.omittedHops > 0 && share.omittedFields > 0 && 'と'}
          {share.omittedFields > 0 && `ほかの項目 ${share.omittedFields} 件`}
          をリンクから省いています。リンクを開いた人には、省いた部分は表示されません。
        </p>
      )}
      <details className="headers-share__content">
        <summary>リンクに含まれる内容を見る</summary>
        <pre>{text}</pre>
      </details>
      <p>
        <CopyButton value={() => absoluteUrl(href)} label="結果へのリンクをコピー" />
      </p>
    </section>
  );
}

/** Everything the analysis found: the conclusion first, then the hops, authentication and spam verdicts. */
export function HeadersResults({ input, analysis, shared, headingRef }: ResultsProps) {
  const id = useId();
  return (
    <div className="headers-results">
      {shared && <p className="headers-shared-note">共有されたリンクの内容を表示しています。サーバー名やアドレスは仮の名前に置き換えられていることがあります。</p>}
      <Conclusions analysis={analysis} headingRef={headingRef} id={id} />
      {analysis.hops.length > 0 && <HopTable analysis={analysis} id={id} />}
      <div className="headers-cards">
        <AuthCard analysis={analysis} id={id} />
        <SpamCard analysis={analysis} id={id} />
      </div>
      {analysis.stats.fields > 0 && <ShareBox input={input} id={id} />}
    </div>
  );
}
