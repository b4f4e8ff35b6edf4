/**
 * The open data: the same collections the pages are built from, as JSON and CSV documents.
 * Pure converters; the endpoints in src/pages/du-lieu/ only feed them the collections.
 * CSV columns are named by the schema paths they hold, so the codebook describes them too.
 */
import type { Deployment } from '../../schema/deployment.ts';
import type { Model } from '../../schema/model.ts';
import type { Province } from '../../schema/province.ts';
import { todayInVietnam } from '../../schema/common.ts';
import type { ComputedField } from './codebook.ts';
import { completeness } from '../catalogue/completeness.ts';
import { toCsv, type CsvValue } from './csv.ts';
import { latestReview, needsReview } from '../catalogue/freshness.ts';

export interface Entry<T> {
  id: string;
  data: T;
}

export interface Licence {
  name: string;
  url: string;
}

export interface DatasetInfo {
  /** Absolute address of the site, for the `url` of each record. */
  site: string;
  licence: Licence;
  /** The day freshness was computed on (YYYY-MM-DD). */
  today?: string;
}

/** A JSON document: what it is, under which licence, how many records, then the records. */
export interface Dataset<T> {
  title: string;
  licence: Licence;
  codebook: string;
  count: number;
  items: T[];
}

/** The download files, in the order the open-data page lists them. */
export const DATA_FILES = {
  modelsJson: '/du-lieu/mo-hinh.json',
  modelsCsv: '/du-lieu/mo-hinh.csv',
  deploymentsJson: '/du-lieu/diem-trien-khai.json',
  deploymentsGeoJson: '/du-lieu/diem-trien-khai.geojson',
  deploymentsCsv: '/du-lieu/diem-trien-khai.csv',
  provincesJson: '/du-lieu/tinh-thanh.json',
} as const;

export const CODEBOOK_URL = '/du-lieu/#bang-ma';

// Fields added at publication, described here where they are computed (the codebook lists them).
export const MODEL_COMPUTED: ComputedField[] = [
  { path: 'id', type: 'string', description: 'Mã (slug) của mô hình: tên không dấu, nối bằng gạch ngang; là tên tệp và địa chỉ trang' },
  { path: 'url', type: 'string', description: 'Địa chỉ trang của mô hình trên trang web' },
  { path: 'completeness', type: 'integer', description: 'Mức đầy đủ của hồ sơ (0–100%), tính theo các trường của lược đồ có dữ liệu' },
];
export const DEPLOYMENT_COMPUTED: ComputedField[] = [
  { path: 'id', type: 'string', description: 'Mã bản ghi: <mã mô hình>/<mã địa điểm>' },
  { path: 'url', type: 'string', description: 'Địa chỉ trang của mô hình được triển khai' },
  { path: 'latestReview', type: 'string', description: 'Ngày rà soát, sơ kết hoặc tổng kết gần nhất (để trống nếu chưa có)' },
  { path: 'needsReview', type: 'boolean', description: 'true khi chưa có lần rà soát nào hoặc lần gần nhất đã quá 12 tháng (tính tại ngày xây dựng dữ liệu)' },
];
export const PROVINCE_COMPUTED: ComputedField[] = [{ path: 'url', type: 'string', description: 'Địa chỉ trang của tỉnh, thành trên trang web' }];

const absolute = (site: string, path: string) => new URL(path, site).href;

export type ModelRecord = { id: string; url: string; completeness: number } & Model;
export type DeploymentRecord = { id: string; url: string; latestReview: string | null; needsReview: boolean } & Deployment;
export type ProvinceRecord = { url: string } & Province;

export function modelRecords(models: readonly Entry<Model>[], info: DatasetInfo): ModelRecord[] {
  return models.map((m) => ({ id: m.id, url: absolute(info.site, `/mo-hinh/${m.id}/`), completeness: completeness(m.data).percent, ...m.data }));
}

export function deploymentRecords(deployments: readonly Entry<Deployment>[], info: DatasetInfo): DeploymentRecord[] {
  const today = info.today ?? todayInVietnam();
  return deployments.map((d) => ({
    id: d.id,
    url: absolute(info.site, `/mo-hinh/${d.data.model}/`),
    latestReview: latestReview(d.data) ?? null,
    needsReview: needsReview(d.data, today),
    ...d.data,
  }));
}

export function provinceRecords(provinces: readonly Province[], info: DatasetInfo): ProvinceRecord[] {
  return provinces.map((p) => ({ url: absolute(info.site, `/dia-phuong/${p.id}/`), ...p }));
}

export function dataset<T>(title: string, items: T[], info: DatasetInfo): Dataset<T> {
  return { title, licence: info.licence, codebook: absolute(info.site, CODEBOOK_URL), count: items.length, items };
}

const list = (values: readonly (string | number)[] | undefined): string => (values ?? []).join('; ');

type Column<T> = { name: string; value: (row: T) => CsvValue };

/** Model CSV: one row per model, the scalar fields and the lists of values (joined by "; "). */
export const MODEL_CSV_COLUMNS: Column<ModelRecord>[] = [
  { name: 'id', value: (m) => m.id },
  { name: 'url', value: (m) => m.url },
  { name: 'title', value: (m) => m.title },
  { name: 'shortTitle', value: (m) => m.shortTitle },
  { name: 'summary', value: (m) => m.summary },
  { name: 'field', value: (m) => m.field },
  { name: 'tags', value: (m) => list(m.tags) },
  { name: 'unitTypes', value: (m) => list(m.unitTypes) },
  { name: 'settingTraits', value: (m) => list(m.settingTraits) },
  { name: 'leadBodies', value: (m) => list(m.leadBodies) },
  { name: 'partners', value: (m) => list(m.partners) },
  { name: 'problem', value: (m) => m.problem },
  { name: 'mechanism', value: (m) => m.mechanism },
  { name: 'resources.funding', value: (m) => m.resources.funding },
  { name: 'replication.capacities', value: (m) => list(m.replication.capacities) },
  { name: 'replication.reviewMonths', value: (m) => list(m.replication.reviewMonths) },
  { name: 'problems', value: (m) => list(m.problems) },
  { name: 'evidence.recognition', value: (m) => list([...new Set(m.evidence.recognition.map((r) => r.kind))]) },
  { name: 'evidence.effect.prevention', value: (m) => m.evidence.effect.prevention },
  { name: 'evidence.effect.detection', value: (m) => m.evidence.effect.detection },
  { name: 'updated', value: (m) => m.updated },
  { name: 'completeness', value: (m) => m.completeness },
];

export const DEPLOYMENT_CSV_COLUMNS: Column<DeploymentRecord>[] = [
  { name: 'id', value: (d) => d.id },
  { name: 'model', value: (d) => d.model },
  { name: 'place', value: (d) => d.place },
  { name: 'scope', value: (d) => d.scope },
  { name: 'count.value', value: (d) => d.count?.value },
  { name: 'count.unit', value: (d) => d.count?.unit },
  { name: 'count.qualifier', value: (d) => d.count?.qualifier },
  { name: 'province', value: (d) => d.province },
  { name: 'commune.name', value: (d) => d.commune?.name },
  { name: 'commune.code', value: (d) => d.commune?.code },
  { name: 'formerNames', value: (d) => list(d.formerNames) },
  { name: 'coordinates.lat', value: (d) => d.coordinates.lat },
  { name: 'coordinates.lon', value: (d) => d.coordinates.lon },
  { name: 'coordinatesNote', value: (d) => d.coordinatesNote },
  { name: 'started', value: (d) => d.started },
  { name: 'status', value: (d) => d.status },
  { name: 'leadUnit', value: (d) => d.leadUnit },
  { name: 'teams', value: (d) => d.teams },
  { name: 'members', value: (d) => d.members },
  { name: 'lastReviewed', value: (d) => d.lastReviewed },
  { name: 'latestReview', value: (d) => d.latestReview },
  { name: 'needsReview', value: (d) => d.needsReview },
  { name: 'source.title', value: (d) => d.source.title },
  { name: 'source.publisher', value: (d) => d.source.publisher },
  { name: 'source.date', value: (d) => d.source.date },
  { name: 'source.url', value: (d) => d.source.url },
  { name: 'notes', value: (d) => d.notes },
  { name: 'url', value: (d) => d.url },
];

export function modelsCsv(records: readonly ModelRecord[]): string {
  return toCsv(MODEL_CSV_COLUMNS, records, { bom: true });
}

export function deploymentsCsv(records: readonly DeploymentRecord[]): string {
  return toCsv(DEPLOYMENT_CSV_COLUMNS, records, { bom: true });
}
