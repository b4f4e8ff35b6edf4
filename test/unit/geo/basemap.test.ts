import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { ARCHIPELAGO_LABELS, buildBasemap, clipRing, REGION, simplifyRing } from '../../../src/lib/geo/basemap.ts';
import { inBox, VIETNAM_BOXES } from '../../../src/schema/geo.ts';

const topology = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology;
const countries = feature(topology, topology.objects.countries) as unknown as Parameters<typeof buildBasemap>[0];
const basemap = buildBasemap(countries);
const vietnam = basemap.features.find((f) => f.properties.kind === 'viet-nam')!;
const neighbours = basemap.features.find((f) => f.properties.kind === 'lan-can')!;
const box = (name: string) => VIETNAM_BOXES.find((b) => b.name === name)!;
const polygonsIn = (f: typeof vietnam, b: (typeof VIETNAM_BOXES)[number]) =>
  f.geometry.coordinates.filter((poly) => poly[0].every(([lon, lat]) => inBox({ lat, lon }, b)));

describe('offline base map', () => {
  it('draws the Paracel islands as Vietnam’s Quần đảo Hoàng Sa, not as any other country’s', () => {
    expect(polygonsIn(vietnam, box('Quần đảo Hoàng Sa')).length).toBeGreaterThanOrEqual(5);
    expect(polygonsIn(neighbours, box('Quần đảo Hoàng Sa'))).toEqual([]);
  });

  it('draws the Spratly islands as Vietnam’s Quần đảo Trường Sa', () => {
    const spratlyCore = { south: 8.5, west: 111.5, north: 11.6, east: 116 };
    expect(
      vietnam.geometry.coordinates.filter((poly) => poly[0].every(([lon, lat]) => inBox({ lat, lon }, spratlyCore))).length,
    ).toBeGreaterThanOrEqual(8);
    expect(neighbours.geometry.coordinates.filter((poly) => poly[0].every(([lon, lat]) => inBox({ lat, lon }, spratlyCore)))).toEqual([]);
  });

  it('keeps the mainland and stays inside the region', () => {
    const all = basemap.features.flatMap((f) => f.geometry.coordinates.flat(2));
    expect(all.every(([lon, lat]) => inBox({ lat, lon }, REGION))).toBe(true);
    // Hà Nội and Cà Mau lie inside some Vietnamese polygon's bounding box.
    const covers = (lat: number, lon: number) =>
      vietnam.geometry.coordinates.some((poly) => {
        const xs = poly[0].map((p) => p[0]);
        const ys = poly[0].map((p) => p[1]);
        return lon >= Math.min(...xs) && lon <= Math.max(...xs) && lat >= Math.min(...ys) && lat <= Math.max(...ys);
      });
    expect(covers(21.03, 105.85)).toBe(true);
    expect(covers(9.18, 105.15)).toBe(true);
  });

  it('is small enough to ship (under 120 KB of JSON)', () => {
    expect(JSON.stringify(basemap).length).toBeLessThan(120_000);
  });

  it('labels the archipelagos in Vietnamese with their provinces', () => {
    expect(ARCHIPELAGO_LABELS.map((l) => l.text)).toEqual([
      'Quần đảo Hoàng Sa (Đặc khu Hoàng Sa, Đà Nẵng)',
      'Quần đảo Trường Sa (Đặc khu Trường Sa, Khánh Hòa)',
    ]);
    // Each label sits at (just below) its own archipelago.
    const near = (b: (typeof VIETNAM_BOXES)[number]) => ({ south: b.south - 1, west: b.west, north: b.north, east: b.east });
    expect(inBox(ARCHIPELAGO_LABELS[0], near(box('Quần đảo Hoàng Sa')))).toBe(true);
    expect(inBox(ARCHIPELAGO_LABELS[1], near(box('Quần đảo Trường Sa')))).toBe(true);
  });
});

describe('geometry helpers', () => {
  it('clips a ring to a box', () => {
    const square: [number, number][] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ];
    const clipped = clipRing(square, { west: 5, east: 20, south: -5, north: 5 });
    const xs = clipped.map((p) => p[0]);
    const ys = clipped.map((p) => p[1]);
    expect([Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]).toEqual([5, 10, 0, 5]);
    expect(clipRing(square, { west: 50, east: 60, south: 50, north: 60 })).toEqual([]);
  });
  it('simplifies a ring, keeps it closed, and drops one that vanishes', () => {
    const wiggly: [number, number][] = [
      [0, 0],
      [1, 0.0001],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ];
    const out = simplifyRing(wiggly, 0.01);
    expect(out).toHaveLength(5);
    expect(out[0]).toEqual(out[out.length - 1]);
    expect(
      simplifyRing(
        [
          [0, 0],
          [0.0001, 0],
          [0, 0.0001],
          [0, 0],
        ],
        0.01,
      ),
    ).toEqual([]);
  });
});
