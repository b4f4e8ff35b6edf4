/**
 * npm run bench:map — the national map at Vietnam's real scale (a benchmark, not a test).
 *
 * Generates a synthetic national fixture into bench-out/map/ (never content/): 124,000 deployments of
 * 2,500 models over the 34 provinces, converted by the same src/lib code as the build; bundles the map
 * island with Vite; then, in headless Chromium, measures the median over several runs of:
 * time to first clustered render (fetch + parse + index + draw) and time for one zoom step.
 * Prints the data file's size raw and gzipped.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { buildBasemap } from '../../src/lib/geo/basemap.ts';
import { toMapData } from '../../src/lib/geo/map-data.ts';
import type { Deployment } from '../../src/schema/deployment.ts';
import type { Province } from '../../src/schema/province.ts';
import { COUNT_UNITS, EFFECT_LEVELS, FIELDS, PROBLEMS, SETTING_TRAITS, STATUSES, UNIT_TYPES } from '../../src/schema/vocab.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, assertChromium } from '../../test/e2e/harness/chromium.ts';

const DEPLOYMENTS = Number(process.env.BENCH_DEPLOYMENTS ?? 124_000);
const MODELS = 2_500;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const OUT = resolve('bench-out/map');
const SITE = join(OUT, 'site');

/** A small deterministic generator, so every run measures the same fixture. */
function random(seed: number) {
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

function syntheticFixture() {
  const rand = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const provinces = parse(readFileSync('content/provinces.yaml', 'utf8')) as Province[];
  const models = new Map(
    Array.from({ length: MODELS }, (_, i) => [
      `mo-hinh-tong-hop-${i}`,
      {
        title: `Mô hình tổng hợp số ${i}`,
        field: pick(FIELDS.keys),
        unitTypes: [pick(UNIT_TYPES.keys), pick(UNIT_TYPES.keys)],
        settingTraits: [pick(SETTING_TRAITS.keys)],
        problems: [pick(PROBLEMS.keys)],
        evidence: { recognition: [], effect: { prevention: pick(EFFECT_LEVELS.keys), detection: pick(EFFECT_LEVELS.keys) }, claims: [] },
      } as never,
    ]),
  );
  const slugs = [...models.keys()];
  const sources = Array.from({ length: 400 }, (_, i) => ({ title: `Bài báo tổng hợp số ${i}`, publisher: `Báo ${i % 40}`, date: '2023-07-24', url: `https://example.vn/bai-${i}` }));
  const deployments: Deployment[] = [];
  for (let i = 0; i < DEPLOYMENTS; i++) {
    const p = pick(provinces);
    const roll = rand();
    const scope = roll < 0.02 ? 'tinh' : roll < 0.3 ? 'diem' : 'xa';
    const commune = `Xã Tổng Hợp ${Math.floor(rand() * 3_321)}`;
    deployments.push({
      model: pick(slugs),
      place: scope === 'tinh' ? p.fullName : `Khu dân cư số ${i % 97}, ${commune}`,
      scope,
      count: scope === 'tinh' ? { value: 1 + Math.floor(rand() * 300), unit: pick(COUNT_UNITS.keys) } : undefined,
      province: p.id,
      commune: scope === 'tinh' ? undefined : { name: commune },
      formerNames: rand() < 0.3 ? [`Xã Cũ ${Math.floor(rand() * 10_000)}, huyện Cũ, tỉnh Cũ`] : [],
      coordinates:
        scope === 'tinh'
          ? p.label
          : { lat: p.bounds.south + rand() * (p.bounds.north - p.bounds.south), lon: p.bounds.west + rand() * (p.bounds.east - p.bounds.west) },
      started: rand() < 0.6 ? String(2015 + Math.floor(rand() * 10)) : undefined,
      status: rand() < 0.7 ? pick(STATUSES.keys) : undefined,
      reviews: [],
      figures: [],
      source: pick(sources),
    } as Deployment);
  }
  return toMapData({ deployments, models, provinces: new Map(provinces.map((p) => [p.id, p])) });
}

async function bundle() {
  writeFileSync(
    join(OUT, 'index.html'),
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>bench</title>
<style>body{margin:0} #map{width:1280px;height:800px}</style></head>
<body><figure><div id="map" data-src="/du-lieu.json" data-basemap="/nen.json" data-fit="vietnam"></div><p data-map-status></p></figure>
<script type="module" src="./entry.ts"></script></body></html>`,
  );
  writeFileSync(
    join(OUT, 'entry.ts'),
    `import { mountDeploymentMap } from '../../src/islands/deployment-map.ts';
const el = document.getElementById('map');
const nextRender = () => new Promise((r) => el.addEventListener('maprender', r, { once: true }));
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
window.bench = async () => {
  const t0 = performance.now();
  const map = await mountDeploymentMap(el);
  await frame();
  const firstRender = performance.now() - t0;
  const markers = Number(el.dataset.markers);
  const records = Number(el.dataset.records);
  const t1 = performance.now();
  const rendered = nextRender();
  map.setZoom(Math.floor(map.getZoom()) + 1, { animate: false });
  await rendered;
  await frame();
  return { firstRender, zoomStep: performance.now() - t1, markers, records };
};`,
  );
  await build({ configFile: false, root: OUT, logLevel: 'warn', build: { outDir: SITE, emptyOutDir: true } });
}

function serve(): Promise<{ url: string; close: () => void }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png' };
  const server = createServer((req, res) => {
    const path = join(SITE, new URL(req.url!, 'http://x').pathname.replace(/\/$/, '/index.html'));
    try {
      const body = readFileSync(path);
      res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`, close: () => server.close() })));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

assertChromium();
mkdirSync(OUT, { recursive: true });
console.log(`Generating ${DEPLOYMENTS.toLocaleString('en')} synthetic deployments of ${MODELS} models into ${OUT} …`);
let t = performance.now();
const json = JSON.stringify(syntheticFixture());
console.log(`  converted in ${(performance.now() - t).toFixed(0)} ms`);
const topology = JSON.parse(readFileSync(resolve('node_modules/world-atlas/countries-10m.json'), 'utf8')) as Topology;
const basemap = JSON.stringify(buildBasemap(feature(topology, topology.objects.countries) as never));
await bundle();
writeFileSync(join(SITE, 'du-lieu.json'), json);
writeFileSync(join(SITE, 'nen.json'), basemap);

const { url, close } = await serve();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
const runs: { firstRender: number; zoomStep: number; markers: number; records: number }[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    t = performance.now();
    runs.push(await page.evaluate(() => (window as unknown as { bench: () => Promise<(typeof runs)[number]> }).bench()));
    await page.close();
  }
} finally {
  await browser.close();
  close();
}

console.log(`\nNational map, ${DEPLOYMENTS.toLocaleString('en')} deployments, headless Chromium at 1280×900, median of ${RUNS} runs:`);
console.log(`  map data file          ${kb(json.length)} raw, ${kb(gzipSync(json).length)} gzipped`);
console.log(`  base map file          ${kb(basemap.length)} raw, ${kb(gzipSync(basemap).length)} gzipped`);
console.log(`  first clustered render ${median(runs.map((r) => r.firstRender)).toFixed(0)} ms  (fetch + parse + index + draw; runs: ${runs.map((r) => r.firstRender.toFixed(0)).join(', ')})`);
console.log(`  zoom step              ${median(runs.map((r) => r.zoomStep)).toFixed(0)} ms  (runs: ${runs.map((r) => r.zoomStep.toFixed(0)).join(', ')})`);
console.log(`  markers at first view  ${runs[0].markers} drawn for ${runs[0].records.toLocaleString('en')} records`);
