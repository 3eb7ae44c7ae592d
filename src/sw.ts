// The service worker: the guide, the troubleshooter and the code lookup keep working offline after a
// first visit. Built by scripts/build.ts into dist/sw.js; workbox-build injects the precache list.
//
// - Hashed assets (JS, CSS) come from the precache: they never change under the same name.
// - Content and data files (public/content, public/data) are network-first with the precached copy as the
//   offline fallback, so an operator's edit shows up without a rebuild.
// - Pages are network-first too; offline, a page visited before comes from the cache, any other URL gets
//   the app shell, which renders the route from the cached content.
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import type { PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';

interface SwScope {
  __WB_MANIFEST: (PrecacheEntry | string)[];
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'activate', listener: (event: { waitUntil(p: Promise<unknown>): void }) => void): void;
}
declare const self: SwScope;

const scope = new URL(self.registration.scope).pathname; // the base path, e.g. "/" or "/help/"
const CONTENT_CACHE = 'content-v1';
const PAGES_CACHE = 'pages-v1';
const TIMEOUT_MS = 4000;

async function fetchWithTimeout(request: Request): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    return await fetch(request, { signal: controller.signal, cache: 'no-cache' });
  } finally {
    clearTimeout(timer);
  }
}

// Registered before the precache route so that it wins for content files, which are precached too.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && (url.pathname.startsWith(`${scope}content/`) || url.pathname.startsWith(`${scope}data/`)),
  async ({ request }) => {
    const cache = await caches.open(CONTENT_CACHE);
    try {
      const response = await fetchWithTimeout(request);
      if (response.ok) {
        await cache.put(request, response.clone());
        return response;
      }
      if (response.status === 404) return response; // a removed file is removed, not served stale
    } catch {
      // offline or too slow: fall back below
    }
    return (await cache.match(request)) ?? (await matchPrecache(request.url)) ?? Response.error();
  },
);

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

registerRoute(new NavigationRoute(new NetworkFirst({ cacheName: PAGES_CACHE, networkTimeoutSeconds: TIMEOUT_MS / 1000 })));

// Offline and never visited: the app shell renders any route from the cached content.
setCatchHandler(async ({ request }) => {
  if (request.destination === 'document') return (await matchPrecache(`${scope}app.html`)) ?? Response.error();
  return Response.error();
});

// A new deploy takes over at once; pages already open are told (see src/app/service-worker.ts), and a
// lazily loaded chunk that vanished with the old deploy makes the page reload itself once.
void self.skipWaiting();
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
