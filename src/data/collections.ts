/**
 * The site's read access to the content collections: sorted, joined and typed once for every page.
 * (src/lib stays free of Astro; this is the thin Astro-aware layer above it.)
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareVietnamese } from '../lib/format/format.ts';

export type ModelEntry = CollectionEntry<'models'>;
export type DeploymentEntry = CollectionEntry<'deployments'>;
export type ProvinceEntry = CollectionEntry<'provinces'>;

/** Models in Vietnamese alphabetical order of their title. */
export async function getModels(): Promise<ModelEntry[]> {
  const models = await getCollection('models');
  return models.sort((a, b) => compareVietnamese(a.data.shortTitle ?? a.data.title, b.data.shortTitle ?? b.data.title));
}

export async function getDeployments(): Promise<DeploymentEntry[]> {
  const list = await getCollection('deployments');
  return list.sort((a, b) => compareVietnamese(a.data.place, b.data.place));
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
  return list.map((f) => f.data).filter((f) => f.scope === scope).sort((a, b) => b.value - a.value);
}
