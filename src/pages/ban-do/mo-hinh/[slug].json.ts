import type { APIRoute } from 'astro';
import { getModels } from '../../../data/collections.ts';
import { jsonResponse, modelMapData } from '../../../data/map-data.ts';

/** One model's deployments, for the map on its page (so a model page never downloads the national file). */
export async function getStaticPaths() {
  return (await getModels()).map((m) => ({ params: { slug: m.id } }));
}
export const GET: APIRoute = async ({ params }) => jsonResponse(await modelMapData(params.slug!));
