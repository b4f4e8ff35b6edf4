/**
 * The model list's items (Astro-aware glue around src/lib/catalogue/model-list.ts): built once per build
 * and shared by the list pages and the list's data file.
 */
import { getDeploymentIndex, getModels, getProvinceMap } from './collections.ts';
import { oncePerBuild } from './once-per-build.ts';
import { modelListItems, withOptionCounts } from '../lib/catalogue/model-list.ts';
import { filterFields } from '../lib/catalogue/facets.ts';

export const getModelList = oncePerBuild(async () => {
  const [models, index] = await Promise.all([getModels(), getDeploymentIndex()]);
  return modelListItems(
    models.map((m) => ({ slug: m.id, model: m.data })),
    (slug) => (index.byModel.get(slug) ?? []).map((d) => d.data),
  );
});

/** The list's filters (provinces: those with deployments) with the counts of the unfiltered list. */
export const getModelListFilters = oncePerBuild(async () => {
  const [items, index, provinces] = await Promise.all([getModelList(), getDeploymentIndex(), getProvinceMap()]);
  const deployed = [...index.byProvince.keys()].flatMap((id) => provinces.get(id) ?? []);
  return withOptionCounts(
    filterFields({ provinces: deployed, quality: true }),
    items.map((i) => i.facets),
  );
});
