// When work that the first view does not need may start: after the load event, when the browser is idle.

/** Resolves after the page's load event, once the browser reports an idle period (or after `timeout` ms). */
export function afterLoadAndIdle(timeout = 2000): Promise<void> {
  return new Promise((resolve) => {
    const whenIdle = () => {
      if ('requestIdleCallback' in window) window.requestIdleCallback(() => resolve(), { timeout });
      else setTimeout(resolve, 500);
    };
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
  });
}
