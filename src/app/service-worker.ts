// Registers the service worker (production builds only) and tells the UI when a new deploy took over.
let updated = false;
const listeners = new Set<() => void>();

export function subscribeToUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isUpdated(): boolean {
  return updated;
}

/**
 * Installs the update and stale-chunk handlers now, and registers the service worker once `settled`
 * resolves: the caller passes the end of the page's own work after load (src/main.tsx). Installing the
 * worker downloads the offline copy (the whole site, about 1.4 MB); started at the load event, it competed
 * with the page's hydration and content check for the phone's CPU and network.
 */
export function registerServiceWorker(settled: Promise<unknown>): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  let controlled = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first controller after a first visit is not an update; a later change is a new deploy.
    if (controlled) {
      updated = true;
      listeners.forEach((listener) => listener());
    }
    controlled = true;
  });
  const register = () =>
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base, updateViaCache: 'none' }).catch(() => {
      // No offline support on this host (e.g. file server without HTTPS): the site works as before.
    });
  void settled.then(register, register);

  // A lazily loaded chunk from an older deploy is gone: reload once to get the new HTML and assets.
  window.addEventListener('vite:preloadError', (event) => {
    const key = 'reloaded-for-new-deploy';
    if (sessionStorage.getItem(key) === location.href) return; // reloaded already: let the page explain
    sessionStorage.setItem(key, location.href);
    event.preventDefault();
    location.reload();
  });
}
