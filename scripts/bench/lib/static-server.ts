/**
 * A plain static file server for a built site, on a free loopback port: bytes on the wire are the file
 * sizes, as from any static host. Used by the benchmarks and scripts/lighthouse.ts (the browser tests use
 * Astro's preview server).
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

export interface StaticServerOptions {
  /** A file (relative to the root) answered with status 404 for a missing path, as a static host serves 404.html. */
  notFoundPage?: string;
}

export function serveStatic(root: string, options: StaticServerOptions = {}): Promise<{ base: string; close: () => void }> {
  const notFound = options.notFoundPage && join(root, options.notFoundPage);
  const server = createServer((req, res) => {
    let path = join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      if (notFound && existsSync(notFound)) res.writeHead(404, { 'content-type': TYPES['.html'] }).end(readFileSync(notFound));
      else res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ base: `http://127.0.0.1:${port}`, close: () => server.close() });
    }),
  );
}
