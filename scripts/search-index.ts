/**
 * node scripts/search-index.ts [--site <built site>]   (dist/ by default)
 * The site's search index (tools/search-index.ts): one process per bundle of
 * src/lib/search/search-bundles.ts, at the same time, then the facet map of them all. `npm run build`
 * runs it after `astro build`, in a process of its own (see tools/search-index.ts for why).
 *
 * With --bundle N it builds only that bundle, in this process, and prints its report as JSON: that is
 * how this script runs each bundle. Two processes, not two indexes in one: one Pagefind service per
 * process, and at national scale two services took 14.7 s where one serving both took 18.6 s.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { SEARCH_BUNDLES } from '../src/lib/search/search-bundles.ts';
import { indexBundle, writeFacetMap, type IndexReport } from '../tools/search-index.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, bundle: { type: 'string' } } });
const site = resolve(values.site!);

if (values.bundle !== undefined) {
  console.log(JSON.stringify(await indexBundle(site, Number(values.bundle))));
} else {
  const started = performance.now();
  const script = new URL(import.meta.url).pathname;
  const run = promisify(execFile);
  const reports = await Promise.all(
    SEARCH_BUNDLES.map(async (_, bundle) => {
      const { stdout } = await run(process.execPath, [script, '--site', site, '--bundle', String(bundle)]).catch(
        (err: { stderr?: string; message: string }) => {
          throw new Error(`Chỉ mục tìm kiếm, phần ${bundle + 1}: ${err.stderr || err.message}`);
        },
      );
      return JSON.parse(stdout.trim().split('\n').at(-1)!) as IndexReport;
    }),
  );
  await writeFacetMap(site);
  const pages = reports.reduce((n, r) => n + r.pages, 0);
  const skipped = reports.reduce((n, r) => n + r.skipped, 0);
  if (pages === 0) console.warn(`Chỉ mục tìm kiếm trống: không trang nào trong ${site} có data-pagefind-body.`);
  console.log(
    `Chỉ mục tìm kiếm: ${pages} trang (${reports.map((r) => r.pages).join(' + ')}), ${skipped} trang bỏ qua, ${((performance.now() - started) / 1000).toFixed(1)} s (${site}/pagefind).`,
  );
}
