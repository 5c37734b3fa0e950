// Blotter's service worker: keeps the built page (its HTML, JS, wasm and CSS) in this
// browser's cache, so that once loaded the page opens and works offline.
//
// It only ever fetches files of the page's own site. Requests for anything else (there
// are none) are left to the browser untouched. See ARCHITECTURE.md, "Offline".

const CACHE = 'blotter-2';
const scope = self.registration.scope;

/** Whether `url` is a file of this site, inside this worker's scope. */
function ours(url) {
  return url.startsWith(scope);
}

/**
 * Files with fixed names, which the page loads without naming them in its HTML: the glue
 * that names the hashed build (written by scripts/post-build), the reader's worker, and
 * the embedding files.
 */
const FIXED = ['start.js', 'glue.js', 'worker.js', 'blotter.js', 'embed.js'];

/** Whether a file's name carries a hash of its content (Trunk's `name-<16 hex>`). */
function hashed(url) {
  return /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(new URL(url).pathname);
}

/** The files of this site that a build's page names (its JS, wasm and CSS), and FIXED. */
function named(html) {
  // Attributes may be quoted or not (the release build minifies the HTML); the wasm is
  // named only inside the module script, in quotes.
  const names = /(?:href|src)=["']?([^"'\s>]+)|['"`]([^'"`\s]+\.(?:js|wasm|css))['"`]/g;
  const urls = new Set(FIXED.map((f) => new URL(f, scope).href));
  for (const m of html.matchAll(names)) {
    const url = new URL(m[1] ?? m[2], scope).href;
    if (ours(url)) urls.add(url);
  }
  return urls;
}

// Install: fetch the page, then every file of this site that it names, and cache them all.
self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const page = await fetch(scope, { cache: 'no-cache' });
      const html = await page.clone().text();
      await cache.put(scope, page);
      // One file that cannot be had does not stop the others from being kept.
      const urls = [...named(html)];
      await Promise.allSettled(urls.map((u) => cache.add(new Request(u, { cache: 'no-cache' }))));
      await self.skipWaiting();
    })(),
  );
});

// Activate: drop the caches of older versions and take over the open page at once.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

/** Forgets the files of older builds: whatever the newest page no longer names. */
async function prune(cache, html) {
  const keep = named(html);
  keep.add(scope);
  for (const request of await cache.keys()) {
    if (!keep.has(request.url)) await cache.delete(request);
  }
}

// Fetch: built files whose names carry a hash of their content come from the cache
// first; the page itself and the files with fixed names come from the network when there
// is one, so a new build is seen, and from the cache when offline. Whatever is fetched is
// kept for next time.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !ours(request.url)) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      if (request.mode !== 'navigate' && !hashed(request.url)) {
        try {
          const response = await fetch(request);
          if (response.ok) await cache.put(request, response.clone());
          return response;
        } catch (offline) {
          const kept = await cache.match(request, { ignoreSearch: true });
          if (kept) return kept;
          throw offline;
        }
      }
      if (request.mode === 'navigate') {
        try {
          const response = await fetch(request);
          if (response.ok) {
            await cache.put(scope, response.clone());
            event.waitUntil(response.clone().text().then((html) => prune(cache, html)));
          }
          return response;
        } catch (offline) {
          const kept = (await cache.match(request, { ignoreSearch: true })) ?? (await cache.match(scope));
          if (kept) return kept;
          throw offline;
        }
      }
      const kept = await cache.match(request, { ignoreSearch: true });
      if (kept) return kept;
      const response = await fetch(request);
      if (response.ok) await cache.put(request, response.clone());
      return response;
    })(),
  );
});
