// The bench server: the built site (dist/) at /, the bench pages (bench/www/) at /bench/,
// and the compared libraries (bench/node_modules/) at /bench/node_modules/, all on one
// origin on 127.0.0.1, read-only (GET and HEAD only), nothing from any other host.
//
// The bench pages are served cross-origin isolated (COOP and COEP), which gives them
// Chromium's fine performance.now() (5 µs instead of 100 µs); the app itself is served as
// any static host would, without those headers.

import { serveDist } from '../tests/e2e/serve-dist.js';

/**
 * Serves `dist`, `www` and `modules` on a free port of 127.0.0.1; resolves to
 * `{ url, close }` once listening.
 */
export function serveBench({ dist, www, modules }) {
  const isolated = {
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  };
  return serveDist(dist, {
    headers: { 'cache-control': 'no-cache' },
    mounts: {
      '/bench/node_modules/': { root: modules, headers: isolated },
      '/bench/': { root: www, headers: isolated },
    },
  });
}
