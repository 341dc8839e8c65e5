// The handbook's service worker. `self.__HANDBOOK_BUILD__` is prepended at build time by
// src/integrations/offline.ts: the build's version and every URL to keep for offline use.
/** @type {ServiceWorkerGlobalScope & { __HANDBOOK_BUILD__: { version: string; base: string; urls: string[] } }} */
const worker = /** @type {never} */ (self);
const { version, base, urls } = worker.__HANDBOOK_BUILD__;
const CACHE_NAME = `handbook-${version}`;

worker.addEventListener('install', (event) => {
  // Every page and the whole search index, so the handbook works in a basement with no signal.
  event.waitUntil(caches.open(CACHE_NAME).then((cache) => cache.addAll(urls)));
});

worker.addEventListener('activate', (event) => {
  // One build at a time: an old cache is dropped only once this build owns the pages.
  event.waitUntil(
    caches.keys().then((names) => Promise.all(names.filter((name) => name.startsWith('handbook-') && name !== CACHE_NAME).map((name) => caches.delete(name)))),
  );
});

worker.addEventListener('message', (event) => {
  // Sent when staff tap "Reload" on the "Updated handbook available" notice.
  if (event.data === 'skip-waiting') worker.skipWaiting();
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if ((request.method !== 'GET' && request.method !== 'HEAD') || url.origin !== location.origin) return;
  event.respondWith(fromThisBuild(request, url));
});

/** Answer from this build's cache only, so pages and search never mix two versions of the handbook. */
async function fromThisBuild(request, url) {
  const cache = await caches.open(CACHE_NAME);
  const path = url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname) ? url.pathname : `${url.pathname}/`;
  // Pagefind adds cache-busting query strings; the files themselves are unique per build.
  const cached = await cache.match(path, { ignoreSearch: true, ignoreMethod: true });
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch {
    return (await cache.match(`${base}404.html`)) ?? Response.error();
  }
}
