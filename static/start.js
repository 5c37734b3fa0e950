// Starts the page: loads the app's wasm (through `glue.js`, written by scripts/post-build)
// and registers the service worker that keeps the page working offline.
//
// It is a file, not an inline script, so the page's Content-Security-Policy can allow
// scripts from the page's own origin only (see ARCHITECTURE.md, "Security").

import init from './glue.js';

await init();

if ('serviceWorker' in navigator && !new URLSearchParams(location.search).has('embed')) {
  // Relative, so the site can live under any path.
  navigator.serviceWorker.register('sw.js').catch(() => {});
}
