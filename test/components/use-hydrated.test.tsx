// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot, type Root } from 'react-dom/client';
import { useHydrated } from '../../src/components/use-hydrated';

afterEach(cleanup);

/** What a page shows from the URL: the server's text first, the address's after hydration. */
function Shown({ log }: { log?: boolean[] }) {
  const hydrated = useHydrated();
  log?.push(hydrated);
  return <p data-testid="shown">{hydrated ? 'client' : 'server'}</p>;
}

describe('useHydrated', () => {
  test('is false on the server', () => {
    expect(renderToString(<Shown />)).toContain('server');
  });

  test('a hydrated page keeps the server text for the hydration render, then switches without a mismatch', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Shown />);
    document.body.append(container);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverable: unknown[] = [];
    const log: boolean[] = [];
    let root: Root | undefined;
    await act(async () => {
      root = hydrateRoot(container, <Shown log={log} />, { onRecoverableError: (error) => recoverable.push(error) });
    });
    expect(screen.getByTestId('shown').textContent).toBe('client');
    // One render with the server's value (hydration), then one with the client's.
    expect(log).toEqual([false, true]);
    expect(recoverable).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    act(() => root?.unmount());
    container.remove();
  });

  test('a component mounted on the client (a navigation) is hydrated from its first render', () => {
    const log: boolean[] = [];
    render(<Shown log={log} />);
    expect(screen.getByTestId('shown').textContent).toBe('client');
    expect(log).toEqual([true]);
  });
});
