import { useCallback, useSyncExternalStore } from 'react';
import type { Inline } from '../../content/markdown/ast';
import { useHydrated } from '../../components/use-hydrated';
import { InlineView } from '../../components/inline-view';

type ChecklistProps = {
  storageKey: string;
  items: { id: string; children: Inline[] }[];
};

const listeners = new Set<() => void>();
const EMPTY = '[]';

function read(key: string): string {
  try {
    return window.localStorage.getItem(key) ?? EMPTY;
  } catch {
    return EMPTY; // storage disabled (private mode, policies): ticks just are not kept
  }
}

function parseIds(raw: string): Set<string> {
  try {
    const value: unknown = JSON.parse(raw);
    return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  } catch {
    return new Set();
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** A checklist whose ticks live in localStorage, so they survive a reload; the server snapshot is empty. */
export function Checklist({ storageKey, items }: ChecklistProps) {
  const raw = useSyncExternalStore(subscribe, () => read(storageKey), () => EMPTY);
  // A tick made before the app takes over the prerendered page would be lost: wait until it has.
  const ready = useHydrated();
  const checked = parseIds(raw);
  const done = items.filter((item) => checked.has(item.id)).length;

  const save = useCallback(
    (next: Set<string>) => {
      try {
        window.localStorage.setItem(storageKey, JSON.stringify([...next]));
      } catch {
        // ignore: see read()
      }
      listeners.forEach((listener) => listener());
    },
    [storageKey],
  );

  const toggle = (id: string) => {
    const next = new Set(checked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    save(next);
  };

  return (
    <div className="checklist">
      <ul>
        {items.map((item) => {
          const inputId = `${storageKey}-${item.id}`;
          return (
            <li key={item.id}>
              <input type="checkbox" id={inputId} checked={checked.has(item.id)} onChange={() => toggle(item.id)} disabled={!ready} />
              <label htmlFor={inputId}>
                <InlineView nodes={item.children} />
              </label>
            </li>
          );
        })}
      </ul>
      <p className="checklist__progress">
        <span aria-live="polite">
          {items.length} 項目中 {done} 項目を確認済み
        </span>
        {done > 0 && (
          <button type="button" className="button-link" onClick={() => save(new Set())}>
            チェックをすべて外す
          </button>
        )}
      </p>
    </div>
  );
}
