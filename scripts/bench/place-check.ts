/**
 * npm run bench:place-check — what the boundary checks of check:content cost (a benchmark, not a test).
 *
 * Measures loading today's boundaries (read, parse, index 3,321 communes) and the point-in-commune
 * look-up for points spread over every commune (each commune's label point, nudged), at the national
 * scale the site plans for (124,000 deployments by default, BENCH_POINTS to change).
 */
import { performance } from 'node:perf_hooks';
import { communeLocator } from '../../src/lib/geo/locate.ts';
import { adminCommunes, communeBoundaries } from '../../tools/admin-data.ts';

const POINTS = Number(process.env.BENCH_POINTS ?? 124_000);

const t0 = performance.now();
const topology = communeBoundaries();
const communes = adminCommunes();
const t1 = performance.now();
const locator = communeLocator(topology);
const t2 = performance.now();

// Deterministic spread: label points nudged by up to ±0.002° (≈ 200 m).
let seed = 1;
const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
const points = Array.from({ length: POINTS }, (_, i) => {
  const [lon, lat] = communes[i % communes.length]!.label;
  return [lon + (random() - 0.5) * 0.004, lat + (random() - 0.5) * 0.004] as const;
});
const t3 = performance.now();
let found = 0;
for (const [lon, lat] of points) if (locator.communeAt(lon, lat) !== undefined) found++;
const t4 = performance.now();

const ms = (a: number, b: number) => `${(b - a).toFixed(0)} ms`;
console.log(`read + parse communes.topo.json and communes.json: ${ms(t0, t1)}`);
console.log(`index 3,321 commune boundaries:                   ${ms(t1, t2)}`);
console.log(
  `${POINTS.toLocaleString('en')} look-ups (which commune holds the point): ${ms(t3, t4)} (${(((t4 - t3) / POINTS) * 1000).toFixed(1)} µs each; ${found} on land)`,
);
