/**
 * The map files built from the collections (Astro-aware glue around src/lib/geo/map-data.ts):
 * one national file, one per model and one per province, and the GeoJSON download.
 */
import { getDeployments, getModels, getProvinceMap } from './collections.ts';
import { oncePerBuild } from './once-per-build.ts';
import { groupRows, pickRows, toMapData, type MapData } from '../lib/geo/map-data.ts';

/** Every deployment, built once per build and shared by all map endpoints. */
export const nationalMapData = oncePerBuild(async (): Promise<MapData> => {
  const [deployments, models, provinces] = await Promise.all([getDeployments(), getModels(), getProvinceMap()]);
  return toMapData({
    deployments: deployments.map((d) => d.data),
    models: new Map(models.map((m) => [m.id, m.data])),
    provinces,
  });
});

/** Row numbers by model and by province, grouped once: each per-model or per-province file is then a direct pick. */
const rowGroups = oncePerBuild(async () => {
  const all = await nationalMapData();
  return { model: groupRows(all, 'model'), province: groupRows(all, 'province') };
});

export async function modelMapData(slug: string): Promise<MapData> {
  const [all, g] = await Promise.all([nationalMapData(), rowGroups()]);
  return pickRows(all, g.model.get(slug) ?? []);
}

export async function provinceMapData(id: string): Promise<MapData> {
  const [all, g] = await Promise.all([nationalMapData(), rowGroups()]);
  return pickRows(all, g.province.get(id) ?? []);
}
