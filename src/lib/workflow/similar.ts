/**
 * Existing deployments a locality should visit first: the same kind of place before others, then
 * the nearest. Deployments carry no unit type or traits of their own, so "same kind" is read from
 * the record's scope (one site vs one commune-level unit); province-wide totals come last.
 */
import type { Deployment } from '../../schema/deployment.ts';
import type { Province } from '../../schema/province.ts';
import type { LatLon } from '../../schema/geo.ts';
import type { UnitType } from '../../schema/vocab.ts';
import { compareVietnamese } from '../format/format.ts';

/** Unit types that are one site (a temple, a market, a school) rather than a commune-level area. */
const SITE_TYPES: readonly UnitType[] = ['co-quan', 'doanh-nghiep', 'nha-truong', 'di-tich', 'cho', 'khu-cong-nghiep'];

export function scopeForUnitType(unitType: UnitType | ''): Deployment['scope'] | undefined {
  if (!unitType) return undefined;
  return SITE_TYPES.includes(unitType) ? 'diem' : 'xa';
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export interface SimilarDeployment<D> {
  id: string;
  deployment: D;
  sameKind: boolean;
  sameProvince: boolean;
  /** From the locality's own point or its province's label point; undefined when neither is known. */
  distanceKm?: number;
}

export interface Locality {
  province: string;
  unitType: UnitType | '';
  /** The locality's own coordinates when it gave them. */
  point?: LatLon;
}

/** What similarDeployments ranks by and the workflow's list of similar places shows: all a record needs in the file the workflow fetches. */
export type SimilarFields = Pick<Deployment, 'scope' | 'province' | 'coordinates' | 'place' | 'count' | 'leadUnit'> & {
  commune?: Pick<NonNullable<Deployment['commune']>, 'name'>;
};

/** One deployment cut down to SimilarFields (its narrative, sources, figures and reviews left out). */
export function similarRecord(id: string, d: Deployment): { id: string; data: SimilarFields } {
  const { scope, province, coordinates, place, count, leadUnit, commune } = d;
  return { id, data: { scope, province, coordinates, place, count, leadUnit, commune: commune && { name: commune.name } } };
}

export function similarDeployments<D extends Pick<Deployment, 'scope' | 'province' | 'coordinates' | 'place'>>(
  locality: Locality,
  deployments: readonly { id: string; data: D }[],
  provinces: ReadonlyMap<string, Pick<Province, 'label'>>,
  limit = 5,
): SimilarDeployment<D>[] {
  const origin = locality.point ?? provinces.get(locality.province)?.label;
  const kind = scopeForUnitType(locality.unitType);
  const tier = (s: SimilarDeployment<D>) => (s.deployment.scope === 'tinh' ? 2 : s.sameKind ? 0 : 1);
  return deployments
    .map(({ id, data }) => ({
      id,
      deployment: data,
      sameKind: kind !== undefined && data.scope === kind,
      sameProvince: data.province === locality.province,
      distanceKm: origin ? distanceKm(origin, data.coordinates) : undefined,
    }))
    .sort(
      (a, b) =>
        tier(a) - tier(b) ||
        Number(b.sameProvince) - Number(a.sameProvince) ||
        (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) ||
        compareVietnamese(a.deployment.place, b.deployment.place),
    )
    .slice(0, limit);
}
