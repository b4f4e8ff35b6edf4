/**
 * npm run bench — the site at national scale, measured side by side with the framework's floor.
 *
 *  1. Generates the synthetic national catalogue (scripts/bench/national-fixture.ts: 2,500 models,
 *     124,000 deployments) into bench-out/national/content, and a bare Astro project with no features
 *     into bench-out/bare: the models' MDX narratives as pages, plus trivial pages up to the number of
 *     HTML pages the full build makes (counted after the first full build), so both make the same count.
 *  2. Builds both, alternating, --runs times (default 3): (a) the full production build (content check,
 *     Astro, search index, map and open data files) and (b) the bare Astro build. Wall time and peak
 *     memory of each; medians and the ratio a/b.
 *  3. On the built fixture: the weight of each page type (gzipped HTML + CSS + JS before interaction),
 *     the largest HTML file, the map data and its first clustered render, the search index and its
 *     first results, in headless Chromium.
 *  4. Prints every budget with pass or fail and writes the table to BENCHMARKS.md.
 *
 * Options: --runs N, --models N, --deployments N, --skip-build (measure the last build only).
 * It takes a long time at full size (the builds dominate); nothing else should run meanwhile.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { withLocalBin } from '../lib/run.ts';
import { mapFirstRender, searchTimings, withBrowser } from './lib/browser-timing.ts';
import { pageWeight } from './lib/page-weight.ts';
import { measureCommand, type Measured } from './lib/process-peak.ts';
import { serveStatic } from './lib/static-server.ts';
import { kb, mb, median, ms, s } from './lib/stats.ts';
import { MAP_FILES, PAGES, handbookVolumePath, modelPath, modelWorkflowPath, provincePath } from '../../src/lib/site/addresses.ts';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    models: { type: 'string', default: '2500' },
    deployments: { type: 'string', default: '124000' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const RUNS = Number(opts.runs);
const ROOT = 'bench-out/national';
const CONTENT = join(ROOT, 'content');
const DIST = join(ROOT, 'dist');
const BARE = 'bench-out/bare';
const env = withLocalBin();

// ---------------------------------------------------------------- 1. fixtures

function generate(): void {
  const stamp = join(ROOT, 'stamp.json');
  const want = JSON.stringify({ models: opts.models, deployments: opts.deployments });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return;
  console.log(`Generating ${opts.models} models and ${opts.deployments} deployments into ${CONTENT} …`);
  execFileSync(
    'node',
    ['scripts/bench/national-fixture.ts', '--out', CONTENT, '--models', opts.models!, '--deployments', opts.deployments!],
    { env, stdio: 'inherit' },
  );
  writeFileSync(stamp, want);
}

/**
 * The framework's floor: the same MDX narratives as pages of a project with only @astrojs/mdx, and
 * trivial pages (a heading each, from one route) so the bare build makes `pages` HTML pages in all.
 */
function bareProject(pages: number): { models: number; trivial: number } {
  rmSync(BARE, { recursive: true, force: true });
  mkdirSync(join(BARE, 'src/pages/m'), { recursive: true });
  mkdirSync(join(BARE, 'src/pages/t'), { recursive: true });
  writeFileSync(join(BARE, 'astro.config.mjs'), "import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n");
  const models = readdirSync(join(CONTENT, 'models'));
  for (const file of models) {
    const text = readFileSync(join(CONTENT, 'models', file), 'utf8');
    const body = text.slice(text.indexOf('\n---', 3) + 4);
    writeFileSync(join(BARE, 'src/pages/m', file), body);
  }
  const trivial = Math.max(0, pages - models.length);
  writeFileSync(
    join(BARE, 'src/pages/t/[n].astro'),
    [
      '---',
      `export const getStaticPaths = () => Array.from({ length: ${trivial} }, (_, i) => ({ params: { n: String(i + 1) } }));`,
      '---',
      '<html lang="vi"><head><title>Trang {Astro.params.n}</title></head><body><h1>Trang {Astro.params.n}</h1></body></html>',
      '',
    ].join('\n'),
  );
  return { models: models.length, trivial };
}

// ---------------------------------------------------------------- 2. builds

/** The steps of `npm run build`, on the fixture: content check, Astro, then the search index in its own process. */
const FULL_BUILD = [
  `node scripts/check-content.ts --content ${CONTENT}`,
  `astro build --outDir ${DIST}`,
  `node scripts/search-index.ts --site ${DIST}`,
].join(' && ');
const full = (): Promise<Measured> => measureCommand('sh', ['-c', FULL_BUILD], { ...env, CONTENT_DIR: CONTENT });
const bare = (): Promise<Measured> => measureCommand('astro', ['build', '--root', BARE], env);

const pagesIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length
    : 0;

generate();
const fullRuns: Measured[] = [];
const bareRuns: Measured[] = [];
let bareMade: { models: number; trivial: number } | undefined;
if (!opts['skip-build']) {
  for (let i = 0; i < RUNS; i++) {
    // Alternate which goes first, so neither always runs on a warmer machine. The first run builds the full
    // site first: the bare project is made after it, with as many pages as it made.
    const order = i % 2 === 0 ? [full, bare] : [bare, full];
    for (const build of order) {
      if (build === bare) bareMade ??= bareProject(pagesIn(DIST));
      const r = await build();
      (build === full ? fullRuns : bareRuns).push(r);
      // The build's own log (phase timestamps, per-page times) for profiling afterwards.
      writeFileSync(join(ROOT, `build-${i + 1}-${build === full ? 'full' : 'bare'}.log`), r.output);
      console.log(`  run ${i + 1} ${build === full ? 'full' : 'bare'}: ${s(r.wallMs)}, peak ${mb(r.peakBytes)}`);
    }
  }
}
const fullPages = pagesIn(DIST);
const barePages = pagesIn(join(BARE, 'dist'));

// ---------------------------------------------------------------- 3. the built site

const firstModel = readdirSync(join(DIST, 'mo-hinh'), { withFileTypes: true }).find((e) => e.isDirectory())!.name;
const firstVolume = readdirSync(join(DIST, 'so-tay'), { withFileTypes: true }).find((e) => e.isDirectory())?.name ?? '';
const PAGE_TYPES: [string, string][] = [
  ['Trang chủ', PAGES.home],
  ['Danh sách mô hình', PAGES.models],
  ['Một mô hình', modelPath(firstModel)],
  ['Nhân rộng một mô hình', modelWorkflowPath(firstModel)],
  ['Tìm mô hình phù hợp', PAGES.replicate],
  ['Một tỉnh, thành', provincePath('ha-noi')],
  ['Bản đồ', PAGES.map],
  ['Tìm kiếm', PAGES.search],
  ['Dữ liệu mở', PAGES.data],
  ['Sổ tay (mục lục các tập)', PAGES.handbook],
  ['Sổ tay: một tập', handbookVolumePath(firstVolume)],
];
const weights = PAGE_TYPES.filter(([, url]) => existsSync(join(DIST, url, 'index.html'))).map(([name, url]) => ({
  name,
  url,
  ...pageWeight(DIST, url),
}));

let largest = { path: '', bytes: 0, gz: 0 };
for (const e of readdirSync(DIST, { recursive: true, withFileTypes: true })) {
  if (!e.isFile() || !e.name.endsWith('.html')) continue;
  const path = join(e.parentPath, e.name);
  const bytes = statSync(path).size;
  if (bytes > largest.bytes) largest = { path, bytes, gz: 0 };
}
largest.gz = gzipSync(readFileSync(largest.path)).length;

const mapFile = readFileSync(join(DIST, MAP_FILES.national));
const mapGz = gzipSync(mapFile).length;
const pagefind = readdirSync(join(DIST, 'pagefind'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
const pagefindBytes = pagefind.reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);

const server = await serveStatic(DIST);
const timing = await withBrowser(async (browser) => {
  const map: number[] = [];
  const cold: number[] = [];
  const typing: number[] = [];
  const fetched: number[] = [];
  let records = 0;
  for (let i = 0; i < Math.max(3, RUNS); i++) {
    const m = await mapFirstRender(browser, server.base);
    map.push(m.ms);
    records = m.records;
    const q = await searchTimings(browser, server.base, 'tu quan', 'camera an ninh');
    cold.push(q.cold);
    typing.push(q.typing);
    fetched.push(q.fetched);
  }
  return { map, records, cold, typing, fetched };
});
server.close();

// ---------------------------------------------------------------- 4. report

const fullWall = median(fullRuns.map((r) => r.wallMs));
const bareWall = median(bareRuns.map((r) => r.wallMs));
const fullPeak = median(fullRuns.map((r) => r.peakBytes));
const ratio = fullWall / bareWall;
const check = (ok: boolean) => (ok ? 'đạt' : 'KHÔNG ĐẠT');
const budgets: [string, string, boolean][] = [
  ['Full build ≤ 1,5 × bare Astro build', `${ratio.toFixed(2)} ×`, ratio <= 1.5],
  ['Full build peak memory ≤ 3 GB', mb(fullPeak), fullPeak <= 3 * 1024 ** 3],
  ['Every HTML page ≤ 100 KB gzipped', `largest ${kb(largest.gz)} (${relative(DIST, largest.path)})`, largest.gz <= 100 * 1024],
  [
    'Model page ≤ 40 KB gzipped before interaction',
    kb(weights.find((w) => w.name === 'Một mô hình')?.total ?? 0),
    (weights.find((w) => w.name === 'Một mô hình')?.total ?? 0) <= 40 * 1024,
  ],
  ['National map data ≤ 1 MB gzipped', kb(mapGz), mapGz <= 1024 * 1024],
  ['First clustered render ≤ 1 s', ms(median(timing.map)), median(timing.map) <= 1000],
  ['Search: first results ≤ 300 ms after typing', ms(median(timing.typing)), median(timing.typing) <= 300],
];
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
const lines = [
  '# Benchmarks',
  '',
  `Written by \`npm run bench\` (scripts/bench/national.ts) on ${new Date().toISOString().slice(0, 10)}, commit ${commit}.`,
  `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${mb(totalmem())} memory, Node ${process.version}.`,
  `Fixture: ${opts.models} synthetic models with MDX narratives, ${opts.deployments} synthetic deployments in today's communes (scripts/bench/national-fixture.ts). Medians of ${fullRuns.length} runs.`,
  '',
  '## Build, side by side',
  '',
  '| build | pages | wall time (median) | pages per second | peak memory (median) | runs |',
  '|---|---|---|---|---|---|',
  `| (a) full production build: content check, Astro, search index, map and open data | ${fullPages} | ${s(fullWall)} | ${(fullPages / (fullWall / 1000)).toFixed(0)} | ${mb(fullPeak)} | ${fullRuns.map((r) => s(r.wallMs)).join(', ')} |`,
  `| (b) bare Astro, no features: ${bareMade ? `${bareMade.models} MDX pages and ${bareMade.trivial} trivial pages` : 'last build'} | ${barePages} | ${s(bareWall)} | ${(barePages / (bareWall / 1000)).toFixed(0)} | ${mb(median(bareRuns.map((r) => r.peakBytes)))} | ${bareRuns.map((r) => s(r.wallMs)).join(', ')} |`,
  '',
  `Ratio a/b: **${ratio.toFixed(2)} ×**. The budget compares builds of the same page count: the bare project has the fixture's MDX narratives as pages, plus trivial pages (a heading each) up to the number of HTML pages the full build makes${fullPages === barePages ? '' : ` (here ${fullPages} and ${barePages}: the counts differ)`}.`,
  '',
  '## Page weight before interaction (gzipped)',
  '',
  '| page type | address | HTML | CSS | JS | total |',
  '|---|---|---|---|---|---|',
  ...weights.map((w) => `| ${w.name} | \`${w.url}\` | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.total)} |`),
  '',
  `Largest HTML file: \`${relative(DIST, largest.path)}\`, ${kb(largest.bytes)} raw, ${kb(largest.gz)} gzipped.`,
  '',
  '## Map and search in headless Chromium',
  '',
  `- National map data: ${kb(mapFile.length)} raw, ${kb(mapGz)} gzipped, ${timing.records} records.`,
  `- First clustered render, from navigation to the clusters drawn (1280 × 900): median ${ms(median(timing.map))} (runs ${timing.map.map(ms).join(', ')}).`,
  `- Search index: ${pagefind.length} files, ${kb(pagefindBytes)}; fetched for "tu quan": median ${kb(median(timing.fetched))}.`,
  `- First results opening \`/tim-kiem/?q=tu quan\` cold: median ${ms(median(timing.cold))}; while typing "camera an ninh" on the loaded page: median ${ms(median(timing.typing))} (from the last key to the first result drawn; the search box has no typing pause).`,
  '',
  '## Budgets',
  '',
  '| budget | measured | result |',
  '|---|---|---|',
  ...budgets.map(([name, value, ok]) => `| ${name} | ${value} | ${check(ok)} |`),
  '',
];
writeFileSync('BENCHMARKS.md', lines.join('\n'));
// Written as Biome formats Markdown tables, so that committing it passes the formatting gate of npm test.
execFileSync('biome', ['format', '--write', 'BENCHMARKS.md'], { env, stdio: 'ignore' });
console.log(`\n${lines.join('\n')}`);
cpSync('BENCHMARKS.md', join(ROOT, 'BENCHMARKS.md'));
