/**
 * What a visitor downloads for a built page before interacting: the HTML, its stylesheets and its
 * module scripts with their static imports (dynamic import() is loaded on demand and not counted), each
 * gzipped as a static host would serve it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (bytes: Buffer | string) => gzipSync(bytes).length;

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
}

export function pageWeight(dist: string, url: string): PageWeight {
  const htmlPath = join(dist, url, url.endsWith('/') ? 'index.html' : '');
  const html = readFileSync(htmlPath, 'utf8');
  const css = new Set<string>();
  const js = new Set<string>();
  for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) css.add(m[1]!);
  for (const m of html.matchAll(/<script[^>]+type="module"[^>]*src="([^"]+)"/g)) js.add(m[1]!);
  // Inline module scripts import their chunks: follow those too.
  const inline = [...html.matchAll(/<script[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const visit = (file: string, code: string, from: string) => {
    for (const m of code.matchAll(/(?:^|[;\s])import\s*(?:[\w{}*\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
      const spec = m[1]!;
      const resolved = spec.startsWith('/') ? spec : posix.join(dirname(from), spec);
      if (js.has(resolved)) continue;
      js.add(resolved);
      const path = join(dist, resolved);
      if (existsSync(path)) visit(path, readFileSync(path, 'utf8'), resolved);
    }
    return file;
  };
  for (const code of inline) visit('', code, url);
  for (const src of [...js]) {
    const path = join(dist, src);
    if (existsSync(path)) visit(path, readFileSync(path, 'utf8'), src);
  }
  const size = (set: Set<string>) =>
    [...set].reduce((sum, f) => sum + (existsSync(join(dist, f)) ? gz(readFileSync(join(dist, f))) : 0), 0);
  const weight = { html: gz(html), css: size(css), js: size(js) + inline.reduce((sum, c) => sum + gz(c), 0) };
  return { ...weight, total: weight.html + weight.css + weight.js };
}
