import type { Deployment } from '../../schema/deployment.ts';
import type { Province } from '../../schema/province.ts';
import { COUNT_UNITS, type CountUnit } from '../../schema/vocab.ts';
import { formatNumber, formatQualified } from '../format/format.ts';

/** "729 hòm thư", "hơn 2.500 mô hình": a count always says what it counts. */
export function countLabel(count: NonNullable<Deployment['count']>): string {
  return formatQualified(count.value, count.qualifier, COUNT_UNITS.label(count.unit));
}

/** "Xã Long Hưng, Tỉnh Hưng Yên": today's unit first. */
export function currentPlace(d: Pick<Deployment, 'place' | 'commune' | 'scope'>, province: Pick<Province, 'fullName'> | undefined): string {
  const parts = [d.scope === 'tinh' ? undefined : d.commune?.name, province?.fullName].filter(Boolean);
  return parts.join(', ');
}

/** What one record stands for: "Một địa điểm", "Một đơn vị cấp xã", "729 hòm thư", or "chưa rõ số lượng". */
export function unitsLabel(d: Pick<Deployment, 'scope' | 'count'>): string {
  if (d.scope === 'diem') return 'Một địa điểm';
  if (d.scope === 'xa') return 'Một đơn vị cấp xã';
  return d.count ? countLabel(d.count) : 'chưa rõ số lượng';
}

export interface DeploymentSummary {
  /** Deployment records (a site, a commune, or a province-wide total each count once). */
  records: number;
  /** Provinces with at least one record. */
  provinces: number;
  /** Distinct communes named by site and commune records. */
  communes: number;
  /** Province-wide totals added up by unit only: hòm thư with hòm thư, tổ with tổ. */
  totals: { unit: CountUnit; value: number; approximate: boolean }[];
}

export function summarizeDeployments(list: readonly Pick<Deployment, 'scope' | 'count' | 'province' | 'commune'>[]): DeploymentSummary {
  const totals = new Map<CountUnit, { value: number; approximate: boolean }>();
  const communes = new Set<string>();
  for (const d of list) {
    if (d.scope !== 'tinh' && d.commune) communes.add(d.commune.code ?? `${d.province}/${d.commune.name}`);
    if (!d.count) continue;
    const t = totals.get(d.count.unit) ?? { value: 0, approximate: false };
    t.value += d.count.value;
    t.approximate ||= d.count.qualifier !== undefined;
    totals.set(d.count.unit, t);
  }
  return {
    records: list.length,
    provinces: new Set(list.map((d) => d.province)).size,
    communes: communes.size,
    totals: [...totals].map(([unit, t]) => ({ unit, ...t })).sort((a, b) => b.value - a.value),
  };
}

/** "729 hòm thư; khoảng 1.929 tổ": each unit on its own, never one sum. */
export function totalsLabel(totals: DeploymentSummary['totals']): string {
  return totals.map((t) => `${t.approximate ? 'khoảng ' : ''}${formatNumber(t.value)} ${COUNT_UNITS.label(t.unit)}`).join('; ');
}
