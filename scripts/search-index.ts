/**
 * node scripts/search-index.ts [--site <built site>]   (dist/ by default)
 * The site's search index (tools/search-index.ts), written into <site>/pagefind/. `npm run build` runs
 * it after `astro build`, in a process of its own (see tools/search-index.ts for why).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from '../tools/search-index.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const site = resolve(values.site!);
const started = performance.now();
const report = await buildSearchIndex(site);
if (report.pages === 0) console.warn(`Chỉ mục tìm kiếm trống: không trang nào trong ${site} có data-pagefind-body.`);
console.log(
  `Chỉ mục tìm kiếm: ${report.pages} trang, ${report.skipped} trang bỏ qua, ${((performance.now() - started) / 1000).toFixed(1)} s (${site}/pagefind).`,
);
