import type { Deployment } from '../../schema/deployment.ts';
import type { Province } from '../../schema/province.ts';
import { formatNumber } from '../format/format.ts';

/**
 * How many commune-level units or sites a record stands for: an aggregate counts its units,
 * a single site or commune counts one, and an aggregate without a count is unknown.
 */
export function deploymentUnits(d: Pick<Deployment, 'scope' | 'count'>): number | undefined {
  if (d.count !== undefined) return d.count;
  return d.scope === 'tinh' ? undefined : 1;
}

/** "Xã Long Hưng, Tỉnh Hưng Yên": today's unit first. */
export function currentPlace(d: Pick<Deployment, 'place' | 'commune' | 'scope'>, province: Pick<Province, 'fullName'> | undefined): string {
  const parts = [d.scope === 'tinh' ? undefined : d.commune?.name, province?.fullName].filter(Boolean);
  return parts.join(', ');
}

/** "109 đơn vị cấp xã", "1 địa điểm", or "chưa rõ số lượng". */
export function unitsLabel(d: Pick<Deployment, 'scope' | 'count'>): string {
  const n = deploymentUnits(d);
  if (n === undefined) return 'chưa rõ số lượng';
  if (d.scope === 'diem') return `${formatNumber(n)} địa điểm`;
  if (d.scope === 'xa') return `${formatNumber(n)} đơn vị cấp xã`;
  return `${formatNumber(n)} đơn vị`;
}

export interface DeploymentSummary {
  records: number;
  /** Sum of known units; aggregates without a count are left out and counted in `unknown`. */
  units: number;
  unknown: number;
  provinces: number;
}

export function summarizeDeployments(list: readonly Pick<Deployment, 'scope' | 'count' | 'province'>[]): DeploymentSummary {
  let units = 0;
  let unknown = 0;
  for (const d of list) {
    const n = deploymentUnits(d);
    if (n === undefined) unknown += 1;
    else units += n;
  }
  return { records: list.length, units, unknown, provinces: new Set(list.map((d) => d.province)).size };
}
