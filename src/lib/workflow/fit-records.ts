/**
 * The data file /nhan-rong/ downloads to rank every model: per model, what the fit score reads
 * (fitModel), what the ranking shows (name and summary) and how many deployment records it has, in
 * all and per province. Built once per build; no page embeds it, so the page stays the same size
 * whatever the number of models.
 */
import { fitModel, type FitContext, type FitModel } from './fit.ts';

/** How many deployment records a model has: the numbers the fit score weighs, bounded by the number of provinces. */
export interface DeploymentCounts {
  /** Deployment records of the model. */
  deployments: number;
  /** Of which in each province, by province id (provinces with none are left out). */
  byProvince: Record<string, number>;
}

export interface FitRecord extends DeploymentCounts {
  slug: string;
  name: string;
  summary: string;
  model: FitModel;
}

/** Counts from the province of each of a model's deployment records. */
export function deploymentCounts(deploymentProvinces: readonly string[]): DeploymentCounts {
  const byProvince: Record<string, number> = {};
  for (const p of deploymentProvinces) byProvince[p] = (byProvince[p] ?? 0) + 1;
  return { deployments: deploymentProvinces.length, byProvince };
}

export function fitRecord(
  entry: { slug: string; name: string; summary: string; model: FitModel },
  /** The province of each of the model's deployment records. */
  deploymentProvinces: readonly string[],
): FitRecord {
  return { ...entry, model: fitModel(entry.model), ...deploymentCounts(deploymentProvinces) };
}

/** The deployment counts fitScore weighs for a locality in `province` (empty: not chosen yet). */
export function fitContext(record: DeploymentCounts, province: string): FitContext {
  return { deployments: record.deployments, deploymentsInProvince: province ? (record.byProvince[province] ?? 0) : 0 };
}
