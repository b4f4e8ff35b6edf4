/**
 * npm start: builds the site when dist/ is missing or older than the sources, then serves it on
 * http://localhost:4321 (Astro's preview server).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { run, withLocalBin } from './lib/run.ts';

const INPUTS = ['content', 'src', 'public', 'astro.config.mjs', 'package.json'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

const built = 'dist/index.html';
const stale = !existsSync(built) || INPUTS.some((p) => existsSync(p) && newestMtime(p) > statSync(built).mtimeMs);
const env = withLocalBin();
if (stale) {
  console.log('Đang build trang (dist/ chưa có hoặc đã cũ)…');
  run('npm', ['run', 'build'], { env });
}
console.log('Mở http://localhost:4321 — dừng bằng Ctrl+C.');
run('astro', ['preview', '--port', '4321', '--host', 'localhost'], { env });
