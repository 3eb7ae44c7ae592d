import { useEffect, useRef, useState } from 'react';

type CopyButtonProps = {
  /** Text to copy, or a function computing it at click time (e.g. an absolute URL). */
  value: string | (() => string);
  label: string;
  /** Accessible name when the visible label alone is ambiguous, e.g. which section's link. */
  ariaLabel?: string;
  className?: string;
};

async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the legacy path (permissions, insecure intranet hosts).
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/** A button that copies text and says so in a polite live region; shows the text if copying is impossible. */
export function CopyButton({ value, label, ariaLabel, className }: CopyButtonProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [fallback, setFallback] = useState('');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const onClick = async () => {
    const text = typeof value === 'function' ? value() : value;
    const ok = await writeClipboard(text);
    setStatus(ok ? 'copied' : 'failed');
    setFallback(ok ? '' : text);
    window.clearTimeout(timer.current);
    if (ok) timer.current = window.setTimeout(() => setStatus('idle'), 2500);
  };

  return (
    <span className={`copy ${className ?? ''}`}>
      <button type="button" className="copy__button" onClick={onClick} aria-label={ariaLabel}>
        {label}
      </button>
      <span className="copy__status" role="status">
        {status === 'copied' ? 'コピーしました' : status === 'failed' ? 'コピーできませんでした。下の欄から選択してコピーしてください。' : ''}
      </span>
      {status === 'failed' && (
        <textarea className="copy__fallback" readOnly value={fallback} aria-label="コピーする内容" rows={3} onFocus={(e) => e.currentTarget.select()} />
      )}
    </span>
  );
}
