/** The handbook's volumes over the whole catalogue, shared by the index and the volume routes. */
import { getModels, type ModelEntry } from '../../data/collections.ts';
import { groupByField, handbookVolumes, type HandbookVolume } from '../../lib/catalogue/handbook.ts';

export async function catalogueVolumes(): Promise<HandbookVolume<ModelEntry>[]> {
  const models = await getModels();
  return handbookVolumes(
    groupByField(
      models,
      (m) => m.data.field,
      (m) => m.data.title,
    ),
  );
}
