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

/** The static paths of each field's first volume (/so-tay/<field>/…): a volume and its print view share them. */
export async function firstPartPaths() {
  return (await catalogueVolumes()).filter((v) => v.part === 1).map((volume) => ({ params: { field: volume.field }, props: { volume } }));
}

/** The static paths of the later parts of a large field (/so-tay/<field>/<part>/…). */
export async function laterPartPaths() {
  return (await catalogueVolumes())
    .filter((v) => v.part > 1)
    .map((volume) => ({ params: { field: volume.field, part: String(volume.part) }, props: { volume } }));
}
