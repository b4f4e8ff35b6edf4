/**
 * The data file /nhan-rong/ downloads to rank every model: per model, what the fit score reads
 * (fitModel), what the ranking shows (name and summary) and how many deployment records it has, in
 * all and per province. Built once per build; no page embeds it, so the page stays the same size
 * whatever the number of models.
 */
import { fitModel, type FitContext, type FitModel } from './fit.ts';

export interface FitRecord {
  slug: string;
  name: string;
  summary: string;
  model: FitModel;
  /** Deployment records of the model. */
  deployments: number;
  /** Of which in each province, by province id (provinces with none are left out). */
  byProvince: Record<string, number>;
}

export function fitRecord(
  entry: { slug: string; name: string; summary: string; model: FitModel },
  /** The province of each of the model's deployment records. */
  deploymentProvinces: readonly string[],
): FitRecord {
  const byProvince: Record<string, number> = {};
  for (const p of deploymentProvinces) byProvince[p] = (byProvince[p] ?? 0) + 1;
  return { ...entry, model: fitModel(entry.model), deployments: deploymentProvinces.length, byProvince };
}

/** The deployment counts fitScore weighs for a locality in `province` (empty: not chosen yet). */
export function fitContext(record: FitRecord, province: string): FitContext {
  return { deployments: record.deployments, deploymentsInProvince: province ? (record.byProvince[province] ?? 0) : 0 };
}
