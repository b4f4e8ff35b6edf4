/**
 * What a province page lists, bounded by design: its deployments grouped by today's commune (with the
 * units each commune was formed from), and, for a province with none, the nearest deployments in
 * other provinces. Pure: the page passes the records and today's units.
 */
import type { Deployment } from '../../schema/deployment.ts';
import type { LatLon } from '../../schema/geo.ts';
import { distanceKm } from '../workflow/similar.ts';
import type { AdminCommune } from './admin.ts';

/** The most rows a province page shows in one table; the rest is in the downloadable data file. */
export const PROVINCE_ROW_LIMIT = 50;

export interface CommuneRow {
  code: string;
  name: string;
  /** Units before 1/7/2025 it was formed from ("Xã Tiến Đức", …), whole or part. */
  former: string[];
  /** Deployment ids (content path without extension) in this commune. */
  deployments: string[];
  models: string[];
}

type Entry = { id: string; data: Pick<Deployment, 'commune' | 'model' | 'coordinates' | 'province'> };

/** Deployments that name their commune, grouped by it, most deployments first then by name. */
export function deploymentsByCommune(
  entries: readonly Entry[],
  communes: ReadonlyMap<string, AdminCommune>,
  compare: (a: string, b: string) => number,
): CommuneRow[] {
  const rows = new Map<string, CommuneRow>();
  for (const e of entries) {
    const code = e.data.commune?.code;
    const commune = code ? communes.get(code) : undefined;
    if (!commune) continue;
    const row = rows.get(commune.code) ?? {
      code: commune.code,
      name: commune.name,
      former: commune.former.map((f) => `${f.name}${f.part ? ' (một phần)' : ''}`),
      deployments: [],
      models: [],
    };
    row.deployments.push(e.id);
    if (!row.models.includes(e.data.model)) row.models.push(e.data.model);
    rows.set(commune.code, row);
  }
  return [...rows.values()].sort((a, b) => b.deployments.length - a.deployments.length || compare(a.name, b.name));
}

/** The `limit` deployments nearest to a point among those of other provinces, with their distance. */
export function nearestElsewhere<E extends Entry>(
  from: LatLon,
  province: string,
  entries: readonly E[],
  limit = 5,
): { entry: E; km: number }[] {
  return entries
    .filter((e) => e.data.province !== province)
    .map((entry) => ({ entry, km: distanceKm(from, entry.data.coordinates) }))
    .sort((a, b) => a.km - b.km)
    .slice(0, limit);
}

/**
 * The districts (before 1/7/2025) whose communes now lie in this province, by former province: the
 * names people still use ("huyện Kiến Xương"), so the page answers them and search finds it by them.
 */
export function formerDistricts(
  communes: readonly AdminCommune[],
  compare: (a: string, b: string) => number,
): { province: string; districts: string[] }[] {
  const byProvince = new Map<string, Set<string>>();
  for (const c of communes)
    for (const f of c.former) {
      if (!f.district) continue;
      const set = byProvince.get(f.province) ?? new Set<string>();
      set.add(f.district);
      byProvince.set(f.province, set);
    }
  return [...byProvince.entries()]
    .map(([province, districts]) => ({ province, districts: [...districts].sort(compare) }))
    .sort((a, b) => compare(a.province, b.province));
}
