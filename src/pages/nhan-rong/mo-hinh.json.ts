import type { APIRoute } from 'astro';
import { getDeploymentIndex, getModels, modelName } from '../../data/collections.ts';
import { jsonResponse } from '../../data/responses.ts';
import { fitRecord } from '../../lib/workflow/fit-records.ts';

/** The records /nhan-rong/ ranks (src/lib/workflow/fit-records.ts), fetched by its island when the locality can be scored. */
export const GET: APIRoute = async () => {
  const [models, index] = await Promise.all([getModels(), getDeploymentIndex()]);
  return jsonResponse(
    models.map((m) =>
      fitRecord(
        { slug: m.id, name: modelName(m), summary: m.data.summary, model: m.data },
        (index.byModel.get(m.id) ?? []).map((d) => d.data.province),
      ),
    ),
  );
};
