// The bench server: the built site (dist/) at /, the bench pages (bench/www/) at /bench/,
// and the compared libraries (bench/node_modules/) at /bench/node_modules/, all on one
// origin on 127.0.0.1, read-only (GET and HEAD only), nothing from any other host.
//
// The bench pages are served cross-origin isolated (COOP and COEP), which gives them
// Chromium's fine performance.now() (5 µs instead of 100 µs); the app itself is served as
// any static host would, without those headers.

import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** Which folder answers a path: the longest matching prefix wins. */
function route(mounts, path) {
  for (const [prefix, root, headers] of mounts) {
    if (path.startsWith(prefix)) {
      const rest = path.slice(prefix.length);
      return { root, rest: rest === '' ? 'index.html' : rest, headers };
    }
  }
  return null;
}

/**
 * Serves `dist`, `www` and `modules` on a free port of 127.0.0.1; resolves to
 * `{ url, close }` once listening.
 */
export function serveBench({ dist, www, modules }) {
  const isolated = {
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  };
  const mounts = [
    ['/bench/node_modules/', modules, isolated],
    ['/bench/', www, isolated],
    ['/', dist, {}],
  ];
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const hit = route(mounts, path);
    const file = hit && normalize(join(hit.root, hit.rest));
    if (!hit || !file.startsWith(normalize(hit.root) + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        ...hit.headers,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise((done) => {
            server.close(done);
            server.closeAllConnections();
          }),
      });
    });
  });
}
