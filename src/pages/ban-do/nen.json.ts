import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { buildBasemap } from '../../lib/geo/basemap.ts';
import { jsonResponse } from '../../data/responses.ts';
import { getProvinces } from '../../data/collections.ts';

/**
 * The offline base map, generated at build time from Natural Earth 1:10m (npm `world-atlas`):
 * clipped to the region and simplified to about 25 KB gzipped. Nothing is committed or copied.
 */
export const GET: APIRoute = async () => {
  const file = createRequire(join(process.cwd(), 'package.json')).resolve('world-atlas/countries-10m.json');
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology;
  const countries = feature(topology, topology.objects.countries) as unknown as Parameters<typeof buildBasemap>[0];
  // Province names at their label points (content/provinces.yaml), shown once the map is zoomed in.
  const labels = (await getProvinces()).map(({ data: p }) => ({ name: p.name, lat: p.label.lat, lon: p.label.lon }));
  return jsonResponse({ ...buildBasemap(countries), labels });
};
