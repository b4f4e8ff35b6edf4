import type { APIRoute } from 'astro';
import { getModels } from '../../../data/collections.ts';
import { modelMapData } from '../../../data/map-data.ts';
import { jsonResponse } from '../../../data/responses.ts';

/** One model's deployments, for the map on its page (so a model page never downloads the national file). */
export async function getStaticPaths() {
  return (await getModels()).map((m) => ({ params: { slug: m.id } }));
}
export const GET: APIRoute = async ({ params }) => jsonResponse(await modelMapData(params.slug!));
