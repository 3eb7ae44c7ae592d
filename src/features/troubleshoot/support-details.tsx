import { useId } from 'react';
import type { Audience } from '../../content/schemas/tree';
import type { SupportDetails } from './summary';

type SupportDetailsFormProps = {
  details: SupportDetails;
  onChange: (details: SupportDetails) => void;
  /** Whose side the route took: marks which address is the reader's own. */
  side: Audience | undefined;
  /** Inputs wait for the app's script, so nothing typed into the prerendered page is lost. */
  ready: boolean;
};

const OTHERS: { value: NonNullable<SupportDetails['othersAtDomain']>; label: string }[] = [
  { value: 'yes', label: '届いている' },
  { value: 'no', label: '届いていない' },
  { value: 'unknown', label: 'わからない' },
];

/**
 * What a support desk needs to find the mail in its logs: both addresses, when it was sent (with the time
 * zone, since servers log in UTC), whether others at the same domain receive mail (one mailbox or the whole
 * domain?) and the error mail. Nothing here leaves the browser except in the summary the reader sends.
 */
export function SupportDetailsForm({ details, onChange, side, ready }: SupportDetailsFormProps) {
  const id = useId();
  const set = <K extends keyof SupportDetails>(key: K, value: SupportDetails[K]) => onChange({ ...details, [key]: value });
  const field = (key: 'sender' | 'recipient' | 'sentAt' | 'timeZone', label: string, hint?: string) => (
    <div className="ts-details__field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {hint && (
        <span className="ts-details__hint" id={`${id}-${key}-hint`}>
          {hint}
        </span>
      )}
      <input
        id={`${id}-${key}`}
        type="text"
        inputMode={key === 'sender' || key === 'recipient' ? 'email' : undefined}
        autoComplete="off"
        spellCheck={false}
        value={details[key] ?? ''}
        readOnly={!ready}
        aria-describedby={hint ? `${id}-${key}-hint` : undefined}
        onChange={(event) => set(key, event.target.value)}
      />
    </div>
  );
  return (
    <section className="ts-details" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>サポートが調べるために必要なこと</h2>
      <p className="ts-details__lead">わかる範囲で記入してください。記入した内容は下のまとめに入り、この端末の外には送られません。</p>
      {field('sender', side === 'sender' ? '送信者のアドレス（あなたのアドレス）' : '送信者のアドレス（サービス名でも構いません）')}
      {field('recipient', side === 'recipient' ? '受信者のアドレス（あなたのアドレス）' : '受信者のアドレス')}
      {field('sentAt', '送信した日時', '例：12月2日 14時30分ごろ')}
      {field('timeZone', 'タイムゾーン', 'この端末の設定から入れています。日本なら Asia/Tokyo（日本時間）です。')}
      <fieldset className="ts-details__field ts-details__others" disabled={!ready}>
        <legend>同じドメイン（@より後ろが同じ）のほかのアドレスには届いていますか？</legend>
        {OTHERS.map((option) => (
          <label key={option.value} className="ts-details__radio">
            <input
              type="radio"
              name={`${id}-others`}
              value={option.value}
              checked={details.othersAtDomain === option.value}
              onChange={() => set('othersAtDomain', option.value)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      <div className="ts-details__field">
        <label htmlFor={`${id}-error`}>エラーメールの本文（返ってきた場合）</label>
        <textarea
          id={`${id}-error`}
          rows={4}
          spellCheck={false}
          autoComplete="off"
          value={details.errorText ?? ''}
          readOnly={!ready}
          onChange={(event) => set('errorText', event.target.value)}
        />
      </div>
    </section>
  );
}
