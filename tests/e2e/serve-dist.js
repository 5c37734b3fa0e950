// A tiny static server for the built site (dist/), bound to 127.0.0.1 on a free port.
// The end-to-end tests start it themselves, so they need nothing but Node and the build.

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

/**
 * Serves `root` and resolves to `{ url, close, served }` once listening. `served()` is the
 * number of requests answered so far; `close()` also ends kept-alive connections, so the
 * site is really gone (the offline test relies on that).
 *
 * Options: `cors` adds CORS headers for any origin (what a site that lets other origins
 * import Blotter's module API sends); `headers` are sent with every file; `mounts` serves
 * other folders under path prefixes, the first that matches, e.g. `{ '/tools/blotter/':
 * 'dist' }` (as a host serving Blotter's files itself would), or `{ '/x/': { root,
 * headers } }` for headers of their own. Only GET and HEAD are answered.
 */
export function serveDist(root, { cors = false, headers = {}, mounts = {} } = {}) {
  let served = 0;
  const server = createServer(async (req, res) => {
    served += 1;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let base = root;
    let extra = {};
    for (const [prefix, mount] of Object.entries(mounts)) {
      if (path.startsWith(prefix)) {
        base = typeof mount === 'string' ? mount : mount.root;
        extra = typeof mount === 'string' ? {} : (mount.headers ?? {});
        path = `/${path.slice(prefix.length)}`;
        break;
      }
    }
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(base) + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const sent = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers, ...extra };
      if (cors) sent['access-control-allow-origin'] = '*';
      res.writeHead(200, sent);
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
        served: () => served,
        close: () =>
          new Promise((done) => {
            server.close(done);
            server.closeAllConnections();
          }),
      });
    });
  });
}
