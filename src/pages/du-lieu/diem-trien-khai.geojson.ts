import type { APIRoute } from 'astro';
import { getDeployments, getModels, getProvinceMap } from '../../data/collections.ts';
import { jsonResponse } from '../../data/map-data.ts';
import { toGeoJson } from '../../lib/map-data.ts';

/** Open data: every deployment as a GeoJSON FeatureCollection (RFC 7946), the same records as the maps. */
export const GET: APIRoute = async ({ site }) => {
  const [deployments, models, provinces] = await Promise.all([getDeployments(), getModels(), getProvinceMap()]);
  const collection = toGeoJson(deployments, new Map(models.map((m) => [m.id, m.data])), provinces, String(site));
  return jsonResponse(collection, 'application/geo+json');
};
