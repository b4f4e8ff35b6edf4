import type { APIRoute } from 'astro';
import { deploymentsOfModel, getModels } from '../../../../data/collections.ts';
import { jsonResponse } from '../../../../data/responses.ts';
import { similarRecord } from '../../../../lib/workflow/similar.ts';

/**
 * One model's deployments as its workflow ranks and lists similar places (src/lib/workflow/similar.ts):
 * fetched when a locality is described, so the workflow page stays the same size whatever the number of records.
 */
export async function getStaticPaths() {
  return (await getModels()).map((m) => ({ params: { slug: m.id } }));
}
export const GET: APIRoute = async ({ params }) =>
  jsonResponse((await deploymentsOfModel(params.slug!)).map((d) => similarRecord(d.id, d.data)));
