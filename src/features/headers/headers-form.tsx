import { useEffect, useId, useRef, useState } from 'react';
import type { DragEvent, FormEvent } from 'react';
import { decodeInputBytes } from '../../engine/smtp/input-bytes';
import { HEADERS_EXAMPLES } from '../../content/text/headers-examples';
import { usePrerenderedForm } from '../../components/analyser/paste-form';

/** A dropped or chosen file is read up to this size: the header block is at its start. */
const FILE_READ_BYTES = 2 * 1024 * 1024;

type HeadersFormProps = {
  text: string;
  onTextChange: (text: string) => void;
  busy: boolean;
  onSubmit: (text: string) => void;
};

/** The header block of a file's text (up to the first empty line), so a 20 MB .eml never fills the box. */
function headerPart(text: string): { text: string; cut: boolean } {
  const m = /\r?\n[ \t]*\r?\n/.exec(text);
  return m ? { text: text.slice(0, m.index), cut: true } : { text, cut: false };
}

/** The paste box (also a drop target for .eml files), a file picker, "調べる" and the examples. */
export function HeadersForm({ text, onTextChange, busy, onSubmit }: HeadersFormProps) {
  const id = useId();
  const [problem, setProblem] = useState<'empty' | null>(null);
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  usePrerenderedForm(box, text, onTextChange);

  const run = (value: string) => {
    const blank = value.trim() === '';
    setProblem(blank ? 'empty' : null);
    if (!blank) onSubmit(value);
  };

  const readFile = async (file: File) => {
    try {
      const bytes = new Uint8Array(await file.slice(0, FILE_READ_BYTES).arrayBuffer());
      const part = headerPart(decodeInputBytes(bytes));
      onTextChange(part.text);
      setFileNote(
        `${file.name} を読み込みました${part.cut ? '（ヘッダーの部分だけ。本文は読み込んでいません）' : file.size > FILE_READ_BYTES ? '（先頭の 2 MB だけ）' : ''}。`,
      );
      run(part.text);
    } catch {
      setFileNote(`${file.name} を読み込めませんでした。メールのソースをコピーして貼り付けてください。`);
    }
  };

  // A file chosen before the app took over the prerendered page: read it now.
  useEffect(() => {
    const file = picker.current?.files?.[0];
    if (file) {
      void readFile(file);
      if (picker.current) picker.current.value = '';
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void readFile(file);
  };

  return (
    // method="dialog": a press before the app runs does nothing instead of reloading (prerendered-form.ts).
    <form
      method="dialog"
      className={`headers-form${dragging ? ' is-dragging' : ''}`}
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        run(text);
      }}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      noValidate
    >
      <label htmlFor={`${id}-input`} className="headers-form__label">
        メールのヘッダー（「Received:」などの行）を貼り付けるか、.eml ファイルをここにドロップしてください
      </label>
      <textarea
        id={`${id}-input`}
        ref={box}
        className="headers-form__input"
        rows={10}
        value={text}
        onChange={(event) => onTextChange(event.target.value)}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
      />
      <p id={`${id}-hint`} className="headers-form__hint">
        ヘッダーは、メールアプリの「メッセージのソースを表示」などで表示できます（Gmail はパソコンのブラウザーから）。
      </p>
      {problem === 'empty' && (
        <p id={`${id}-problem`} className="headers-form__problem" role="alert">
          ヘッダーが入力されていません。メールのヘッダーを貼り付けてから、もう一度「調べる」を押してください。
        </p>
      )}
      <div className="headers-form__actions">
        {/* Not disabled while busy: a disabled button would drop the keyboard focus. */}
        <button type="submit" className="button button--primary" aria-disabled={busy}>
          調べる
        </button>
        <span className="headers-form__file">
          <input
            id={`${id}-file`}
            ref={picker}
            type="file"
            accept=".eml,.txt,message/rfc822,text/plain"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void readFile(file);
              event.target.value = '';
            }}
          />
          <label htmlFor={`${id}-file`} className="button">
            ファイルを選ぶ（.eml）
          </label>
        </span>
      </div>
      {fileNote && (
        <p className="headers-form__file-note" role="status">
          {fileNote}
        </p>
      )}
      <div className="headers-examples">
        <p className="headers-examples__title" id={`${id}-examples`}>
          例を試す（押すと例のヘッダーを入れて調べます）
        </p>
        <ul aria-labelledby={`${id}-examples`}>
          {HEADERS_EXAMPLES.map((example) => (
            <li key={example.label}>
              <button
                type="button"
                className="headers-examples__button"
                onClick={() => {
                  onTextChange(example.text);
                  setFileNote(null);
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
