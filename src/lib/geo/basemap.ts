/**
 * The offline base map: Vietnam and its neighbours, cut from Natural Earth (npm `world-atlas`) to the
 * region the site shows, with the archipelagos drawn as Vietnam's. Pure: the build endpoint feeds it
 * the world's countries, the map island draws what it returns, tests check both.
 *
 * Natural Earth assigns the Paracel islands to China and the Spratlys to a separate "Spratly Is."
 * feature. Here they are Quần đảo Hoàng Sa (Thành phố Đà Nẵng) and Quần đảo Trường Sa (Tỉnh Khánh Hòa),
 * part of Vietnam, and labelled only so.
 */
import type { Box } from '../../schema/geo.ts';
import { inBox, VIETNAM_BOXES } from '../../schema/geo.ts';

import { REGION } from './map-frame.ts';

export { ARCHIPELAGO_LABELS, REGION, SEA_LABEL } from './map-frame.ts';

type Ring = [number, number][];
type Polygon = Ring[];

interface CountryFeature {
  id?: string | number;
  properties: { name?: string } | null;
  geometry: { type: 'Polygon'; coordinates: Polygon } | { type: 'MultiPolygon'; coordinates: Polygon[] } | null;
}

export interface BasemapFeature {
  type: 'Feature';
  properties: { kind: 'viet-nam' | 'lan-can' };
  geometry: { type: 'MultiPolygon'; coordinates: Polygon[] };
}
export interface Basemap {
  type: 'FeatureCollection';
  features: BasemapFeature[];
}

const VIETNAM_ID = '704';
const CHINA_ID = '156';
const HOANG_SA_BOX = VIETNAM_BOXES.find((b) => b.name === 'Quần đảo Hoàng Sa')!;

const ringInside = (ring: Ring, box: Box) => ring.every(([lon, lat]) => inBox({ lat, lon }, box));

/** Whose a polygon of a Natural Earth feature is on this map: Vietnam's, a neighbour's, or left out. */
export function polygonOwner(feature: CountryFeature, polygon: Polygon): 'viet-nam' | 'lan-can' | 'bo' {
  const id = feature.id === undefined ? undefined : String(feature.id);
  const name = feature.properties?.name;
  if (id === VIETNAM_ID || name === 'Spratly Is.') return 'viet-nam';
  if (id === CHINA_ID && ringInside(polygon[0], HOANG_SA_BOX)) return 'viet-nam';
  // A disputed reef far from Vietnam's claims: not drawn rather than drawn under someone's name.
  if (name === 'Scarborough Reef') return 'bo';
  return 'lan-can';
}

/** Sutherland–Hodgman clipping of a ring to a box (enough for filled land; edges may run along the box). */
export function clipRing(ring: Ring, box: Box): Ring {
  const edges: [(p: [number, number]) => boolean, (a: [number, number], b: [number, number]) => [number, number]][] = [
    [([x]) => x >= box.west, (a, b) => atX(a, b, box.west)],
    [([x]) => x <= box.east, (a, b) => atX(a, b, box.east)],
    [([, y]) => y >= box.south, (a, b) => atY(a, b, box.south)],
    [([, y]) => y <= box.north, (a, b) => atY(a, b, box.north)],
  ];
  let out: Ring = ring;
  for (const [inside, cross] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i];
      const prev = input[(i + input.length - 1) % input.length];
      if (inside(cur)) {
        if (!inside(prev)) out.push(cross(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cross(prev, cur));
    }
    if (out.length === 0) return [];
  }
  return out;
}
const atX = (a: [number, number], b: [number, number], x: number): [number, number] => [
  x,
  a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0]),
];
const atY = (a: [number, number], b: [number, number], y: number): [number, number] => [
  a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]),
  y,
];

/**
 * Douglas–Peucker with tolerance `step` degrees, then rounding to a tenth of it, dropping points that
 * collapse onto the previous one; closes the ring. A ring smaller than that vanishes.
 */
export function simplifyRing(ring: Ring, step: number): Ring {
  const out: Ring = [];
  for (const [x, y] of douglasPeucker(ring, step)) {
    const p: [number, number] = [round(x, step), round(y, step)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) out.pop();
  if (out.length < 3) return [];
  out.push([out[0][0], out[0][1]]);
  return out;
}
const round = (v: number, step: number) => Number((Math.round(v / (step / 10)) * (step / 10)).toFixed(6));

function douglasPeucker(points: Ring, tolerance: number): Ring {
  if (points.length <= 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    let worst = -1;
    let worstDist = tolerance;
    for (let i = a + 1; i < b; i++) {
      const d = segmentDistance(points[i], points[a], points[b]);
      if (d > worstDist) [worst, worstDist] = [i, d];
    }
    if (worst > 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function segmentDistance([px, py]: [number, number], [ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

export interface BasemapOptions {
  /** Rounding step in degrees: fine for Vietnam (its islets are a few hundred metres), coarse for neighbours; Douglas–Peucker tolerance. */
  vietnamStep?: number;
  neighbourStep?: number;
}

export function buildBasemap(countries: { features: CountryFeature[] }, opts: BasemapOptions = {}): Basemap {
  const steps = { 'viet-nam': opts.vietnamStep ?? 0.002, 'lan-can': opts.neighbourStep ?? 0.08 };
  const parts: Record<'viet-nam' | 'lan-can', Polygon[]> = { 'viet-nam': [], 'lan-can': [] };
  for (const f of countries.features) {
    if (!f.geometry) continue;
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const polygon of polygons) {
      const owner = polygonOwner(f, polygon);
      if (owner === 'bo') continue;
      const rings = polygon.map((r) => simplifyRing(clipRing(r, REGION), steps[owner]));
      if (rings[0].length === 0) continue;
      parts[owner].push(rings.filter((r) => r.length > 0));
    }
  }
  return {
    type: 'FeatureCollection',
    features: (['lan-can', 'viet-nam'] as const).map((kind) => ({
      type: 'Feature',
      properties: { kind },
      geometry: { type: 'MultiPolygon', coordinates: parts[kind] },
    })),
  };
}
