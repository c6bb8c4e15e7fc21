/**
 * The service worker (built by vite-plugin-pwa's injectManifest): precaches the app shell, the
 * bundled decks and the optimizer's WebAssembly so the app starts with no network after one
 * visit, and serves every navigation from the precached index.html. Each response it serves
 * gets the cross-origin isolation headers, so a static host that sends none (GitHub Pages, a
 * plain file server) still gives an isolated page once this worker controls it.
 *
 * A new version waits until the learner chooses to reload (src/app/update-prompt.tsx sends
 * SKIP_WAITING), never mid-review.
 */
/// <reference lib="webworker" />
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  addPlugins,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import type { WorkboxPlugin } from 'workbox-core';
import { CROSS_ORIGIN_ISOLATION_HEADERS } from '../config/cross-origin-isolation.ts';

declare const self: ServiceWorkerGlobalScope;

/**
 * The response with the isolation headers added. An opaque response (another origin, no CORS)
 * cannot be read or rebuilt and is passed on as it is; the app precaches none.
 */
function withIsolationHeaders(response: Response): Response {
  if (response.type === 'opaque' || response.type === 'opaqueredirect') return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(CROSS_ORIGIN_ISOLATION_HEADERS)) {
    headers.set(name, value);
  }
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

const crossOriginIsolation: WorkboxPlugin = {
  handlerWillRespond: ({ response }) => Promise.resolve(withIsolationHeaders(response)),
};

addPlugins([crossOriginIsolation]);
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
