import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { usePrerenderedForm } from '../../components/analyser/paste-form';
import { LOOKUP_EXAMPLES } from './examples';

type LookupFormProps = {
  /** The paste box's text, owned by the page: it follows the lookup the URL names. */
  text: string;
  onTextChange: (text: string) => void;
  busy: boolean;
  onSubmit: (text: string) => void;
};

/** The paste box, the "調べる" button and the examples. */
export function LookupForm({ text, onTextChange, busy, onSubmit }: LookupFormProps) {
  const [empty, setEmpty] = useState(false);
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  usePrerenderedForm(box, text, onTextChange);

  const run = (value: string) => {
    const blank = value.trim() === '';
    setEmpty(blank);
    if (!blank) onSubmit(value);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    run(text);
  };

  return (
    // method="dialog": a press before the app runs does nothing instead of reloading (prerendered-form.ts).
    <form className="smtp-form" method="dialog" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-input`} className="smtp-form__label">
        エラーのメール（バウンスメール）の本文、サーバーの応答、ログの行、またはエラーコードを貼り付けてください
      </label>
      <textarea
        id={`${id}-input`}
        ref={box}
        className="smtp-form__input"
        rows={8}
        value={text}
        onChange={(event) => onTextChange(event.target.value)}
        spellCheck={false}
        autoComplete="off"
        aria-describedby={empty ? `${id}-empty` : undefined}
      />
      {empty && (
        <p id={`${id}-empty`} className="smtp-form__empty" role="alert">
          調べたい内容が入力されていません。エラーのメールの本文か、エラーコード（例：550 5.1.1）を貼り付けてから、もう一度「調べる」を押してください。
        </p>
      )}
      {/* Not disabled while busy: a disabled button would drop the keyboard focus. */}
      <button type="submit" className="button button--primary smtp-form__submit" aria-disabled={busy}>
        調べる
      </button>
      <div className="smtp-examples">
        <p className="smtp-examples__title" id={`${id}-examples`}>
          例を試す（押すと例文を入れて調べます）
        </p>
        <ul aria-labelledby={`${id}-examples`}>
          {LOOKUP_EXAMPLES.map((example) => (
            <li key={example.label}>
              <button
                type="button"
                className="smtp-examples__button"
                onClick={() => {
                  onTextChange(example.text);
                  run(example.text);
                }}
              >
                {example.label}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </form>
  );
}
