/**
 * The site's read access to the content: sorted, joined and typed once for every page.
 * (src/lib stays free of Astro; this is the thin Astro-aware layer above it.)
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareVietnamese } from '../lib/format/format.ts';
import { readDeployments, type DeploymentEntry } from './deployment-files.ts';
import { CONTENT_ROOT } from './content-root.ts';
import { oncePerBuild } from './once-per-build.ts';

export type ModelEntry = CollectionEntry<'models'>;
export type ProvinceEntry = CollectionEntry<'provinces'>;
export type { DeploymentEntry };

/** Models in Vietnamese alphabetical order of their title. */
export const getModels = oncePerBuild(async (): Promise<ModelEntry[]> => {
  const models = await getCollection('models');
  return models.sort((a, b) => compareVietnamese(a.data.shortTitle ?? a.data.title, b.data.shortTitle ?? b.data.title));
});

/**
 * Every deployment (src/data/deployment-files.ts), sorted once per build by place name (Vietnamese
 * collation) and shared by every page. `npm run build` has checked every file before; an invalid file
 * (in `astro dev`, or `astro build` alone) stops the page with every problem named.
 */
export const getDeployments = oncePerBuild(
  async (): Promise<DeploymentEntry[]> => readDeployments(CONTENT_ROOT).sort((a, b) => compareVietnamese(a.data.place, b.data.place)),
);

/** Deployments grouped by model, by province and by commune code: computed once, read by every page. */
export interface DeploymentIndex {
  all: DeploymentEntry[];
  byModel: ReadonlyMap<string, DeploymentEntry[]>;
  byProvince: ReadonlyMap<string, DeploymentEntry[]>;
  byCommune: ReadonlyMap<string, DeploymentEntry[]>;
}

const group = (list: DeploymentEntry[], key: (d: DeploymentEntry) => string | undefined) => {
  const out = new Map<string, DeploymentEntry[]>();
  for (const d of list) {
    const k = key(d);
    if (k === undefined) continue;
    const bucket = out.get(k);
    if (bucket) bucket.push(d);
    else out.set(k, [d]);
  }
  return out;
};

export const getDeploymentIndex = oncePerBuild(async (): Promise<DeploymentIndex> => {
  const all = await getDeployments();
  return {
    all,
    byModel: group(all, (d) => d.data.model),
    byProvince: group(all, (d) => d.data.province),
    byCommune: group(all, (d) => d.data.commune?.code),
  };
});

/** Codes of the communes with at least one deployment, computed once per build (not on each page that offers a commune picker). */
export const getCommunesWithDeployments = oncePerBuild(async (): Promise<string[]> => [...(await getDeploymentIndex()).byCommune.keys()]);

/** The deployments of one model or one province (empty when there are none). */
export async function deploymentsOfModel(slug: string): Promise<DeploymentEntry[]> {
  return (await getDeploymentIndex()).byModel.get(slug) ?? [];
}
export async function deploymentsInProvince(id: string): Promise<DeploymentEntry[]> {
  return (await getDeploymentIndex()).byProvince.get(id) ?? [];
}

/** Provinces in official code order, as in government lists. */
export async function getProvinces(): Promise<ProvinceEntry[]> {
  const list = await getCollection('provinces');
  return list.sort((a, b) => a.data.code.localeCompare(b.data.code));
}

export async function getProvinceMap(): Promise<Map<string, ProvinceEntry['data']>> {
  return new Map((await getProvinces()).map((p) => [p.data.id, p.data]));
}

export function modelName(m: ModelEntry): string {
  return m.data.shortTitle ?? m.data.title;
}

export type FigureEntry = CollectionEntry<'figures'>;

/** National and provincial totals of one scope ("toan-quoc" or a province id), largest first. */
export async function getFigures(scope: string): Promise<FigureEntry['data'][]> {
  const list = await getCollection('figures');
  return list
    .map((f) => f.data)
    .filter((f) => f.scope === scope)
    .sort((a, b) => b.value - a.value);
}
