import type { APIRoute } from 'astro';
import { openDeployments } from '../../data/open-data.ts';
import { jsonResponse } from '../../data/responses.ts';
import { deploymentsToGeoJson } from '../../lib/open-data/geojson.ts';

export const GET: APIRoute = async ({ site }) => {
  const { records } = await openDeployments(site);
  return jsonResponse(deploymentsToGeoJson(records), { type: 'application/geo+json', readable: true });
};
