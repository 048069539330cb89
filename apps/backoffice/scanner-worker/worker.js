// The scanner's service worker (ADR 0049). The build prepends VERSION and FILES (every file of the build).
/* global VERSION, FILES */
const CACHE = `guichet-app-${VERSION}`;
/** A navigation asks the network first, so a new build reaches users at once; past this, the device is offline: the kept page. */
const NAVIGATION_TIMEOUT_MS = 3000;

self.addEventListener('install', (event) => {
  // Every file of the build, fetched past the HTTP cache: the page must start offline, camera reader included.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('guichet-app-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // The API is never answered from a cache: a scan must reach the server, or fail and be answered from the door list.
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') event.respondWith(navigation(request));
  // The build's files are named by their content: the kept copy is the one. A server that varies by Origin (CORS) must not hide it.
  else event.respondWith(caches.match(request, { cacheName: CACHE, ignoreVary: true }).then((kept) => kept ?? fetch(request)));
});

/** The SPA's page from the network, or the build's own when the network fails or hangs. */
async function navigation(request) {
  const kept = () => caches.match('/index.html', { cacheName: CACHE });
  try {
    const response = await fetch(request, { signal: AbortSignal.timeout(NAVIGATION_TIMEOUT_MS) });
    return response.ok ? response : ((await kept()) ?? response);
  } catch (error) {
    const page = await kept();
    if (page) return page;
    throw error;
  }
}
