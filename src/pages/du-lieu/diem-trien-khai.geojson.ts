import type { APIRoute } from 'astro';
import { jsonResponse, openDeployments } from '../../data/open-data.ts';
import { deploymentsToGeoJson } from '../../lib/open-data/geojson.ts';

export const GET: APIRoute = async ({ site }) => {
  const { records } = await openDeployments(site);
  return jsonResponse(deploymentsToGeoJson(records), 'application/geo+json');
};
