/**
 * The map files built from the collections (Astro-aware glue around src/lib/geo/map-data.ts):
 * one national file, one per model and one per province, and the GeoJSON download.
 */
import { getDeployments, getModels, getProvinceMap } from './collections.ts';
import { groupRows, pickRows, toMapData, type MapData } from '../lib/geo/map-data.ts';

let cached: Promise<MapData> | undefined;

/** Every deployment, built once per build and shared by all map endpoints. */
export function nationalMapData(): Promise<MapData> {
  cached ??= (async () => {
    const [deployments, models, provinces] = await Promise.all([getDeployments(), getModels(), getProvinceMap()]);
    return toMapData({
      deployments: deployments.map((d) => d.data),
      models: new Map(models.map((m) => [m.id, m.data])),
      provinces,
    });
  })();
  return cached;
}

let groups: Promise<{ model: Map<string, number[]>; province: Map<string, number[]> }> | undefined;
/** Row numbers by model and by province, grouped once: each per-model or per-province file is then a direct pick. */
function rowGroups() {
  groups ??= nationalMapData().then((all) => ({ model: groupRows(all, 'model'), province: groupRows(all, 'province') }));
  return groups;
}

export async function modelMapData(slug: string): Promise<MapData> {
  const [all, g] = await Promise.all([nationalMapData(), rowGroups()]);
  return pickRows(all, g.model.get(slug) ?? []);
}

export async function provinceMapData(id: string): Promise<MapData> {
  const [all, g] = await Promise.all([nationalMapData(), rowGroups()]);
  return pickRows(all, g.province.get(id) ?? []);
}
