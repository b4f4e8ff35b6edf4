import type { APIRoute } from 'astro';
import { getProvinces } from '../../../data/collections.ts';
import { provinceMapData } from '../../../data/map-data.ts';
import { jsonResponse } from '../../../data/responses.ts';

/** One province's deployments, for the map on its page. */
export async function getStaticPaths() {
  return (await getProvinces()).map((p) => ({ params: { province: p.id } }));
}
export const GET: APIRoute = async ({ params }) => jsonResponse(await provinceMapData(params.province!));
