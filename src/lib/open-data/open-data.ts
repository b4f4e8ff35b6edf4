/**
 * The open data: the same collections the pages are built from, as JSON and CSV documents.
 * Pure converters; the endpoints in src/pages/du-lieu/ only feed them the collections.
 * CSV columns are named by the schema paths they hold, so the codebook describes them too.
 */
import type { Deployment } from '../../schema/deployment.ts';
import type { Model } from '../../schema/model.ts';
import type { Province } from '../../schema/province.ts';
import { todayInVietnam } from '../format/dates.ts';
import type { ComputedField } from './codebook.ts';
import { completeness } from '../catalogue/completeness.ts';
import { csvLines, type CsvValue } from './csv.ts';
import { latestReview, needsReview } from '../catalogue/freshness.ts';
import { CODEBOOK_PATH, absoluteUrl, modelPath, provincePath } from '../site/addresses.ts';
import {
  BODIES,
  CAPACITIES,
  COUNT_UNITS,
  EFFECT_LEVELS,
  FIELDS,
  FUNDING,
  PROBLEMS,
  QUALIFIERS,
  RECOGNITION,
  SCOPES,
  SETTING_TRAITS,
  STATUSES,
  UNIT_TYPES,
} from '../../schema/vocab.ts';

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
  {
    path: 'needsReview',
    type: 'boolean',
    description: 'true khi chưa có lần rà soát nào hoặc lần gần nhất đã quá 12 tháng (tính tại ngày xây dựng dữ liệu)',
  },
];
export const PROVINCE_COMPUTED: ComputedField[] = [
  { path: 'url', type: 'string', description: 'Địa chỉ trang của tỉnh, thành trên trang web' },
];

export type ModelRecord = { id: string; url: string; completeness: number } & Model;
export type DeploymentRecord = { id: string; url: string; latestReview: string | null; needsReview: boolean } & Deployment;
export type ProvinceRecord = { url: string } & Province;

export function modelRecords(models: readonly Entry<Model>[], info: DatasetInfo): ModelRecord[] {
  return models.map((m) => ({
    id: m.id,
    url: absoluteUrl(modelPath(m.id), info.site),
    completeness: completeness(m.data).percent,
    ...m.data,
  }));
}

export function deploymentRecords(deployments: readonly Entry<Deployment>[], info: DatasetInfo): DeploymentRecord[] {
  const today = info.today ?? todayInVietnam();
  return deployments.map((d) => ({
    id: d.id,
    url: absoluteUrl(modelPath(d.data.model), info.site),
    latestReview: latestReview(d.data) ?? null,
    needsReview: needsReview(d.data, today),
    ...d.data,
  }));
}

export function provinceRecords(provinces: readonly Province[], info: DatasetInfo): ProvinceRecord[] {
  return provinces.map((p) => ({ url: absoluteUrl(provincePath(p.id), info.site), ...p }));
}

export function dataset<T>(title: string, items: T[], info: DatasetInfo): Dataset<T> {
  return { title, licence: info.licence, codebook: absoluteUrl(CODEBOOK_PATH, info.site), count: items.length, items };
}

const list = (values: readonly (string | number)[] | undefined): string => (values ?? []).join('; ');
const labels = <K extends string>(v: { label(key: K): string }, keys: readonly K[] | undefined) =>
  (keys ?? []).map((k) => v.label(k)).join('; ');
const label = <K extends string>(v: { label(key: K): string }, key: K | undefined) => (key === undefined ? undefined : v.label(key));
const yesNo = (b: boolean) => (b ? 'Có' : 'Không');

/**
 * One column of a CSV: `name` and `value` for the programmers' file (schema paths, stable keys);
 * `label` and `show` (Vietnamese labels instead of keys; `value` when absent) for the spreadsheet file.
 */
type Column<T> = { name: string; label: string; value: (row: T) => CsvValue; show?: (row: T) => CsvValue };

/** Model CSV: one row per model, the scalar fields and the lists of values (joined by "; "). */
export const MODEL_CSV_COLUMNS: Column<ModelRecord>[] = [
  { name: 'id', label: 'Mã mô hình', value: (m) => m.id },
  { name: 'url', label: 'Địa chỉ trang', value: (m) => m.url },
  { name: 'title', label: 'Tên mô hình', value: (m) => m.title },
  { name: 'shortTitle', label: 'Tên ngắn', value: (m) => m.shortTitle },
  { name: 'summary', label: 'Tóm tắt', value: (m) => m.summary },
  { name: 'field', label: 'Lĩnh vực', value: (m) => m.field, show: (m) => FIELDS.label(m.field) },
  { name: 'tags', label: 'Từ khóa', value: (m) => list(m.tags) },
  { name: 'unitTypes', label: 'Áp dụng cho loại địa bàn', value: (m) => list(m.unitTypes), show: (m) => labels(UNIT_TYPES, m.unitTypes) },
  {
    name: 'settingTraits',
    label: 'Đặc điểm địa bàn phù hợp',
    value: (m) => list(m.settingTraits),
    show: (m) => labels(SETTING_TRAITS, m.settingTraits),
  },
  { name: 'leadBodies', label: 'Chủ trì', value: (m) => list(m.leadBodies), show: (m) => labels(BODIES, m.leadBodies) },
  { name: 'partners', label: 'Phối hợp', value: (m) => list(m.partners), show: (m) => labels(BODIES, m.partners) },
  { name: 'problem', label: 'Vấn đề mô hình giải quyết', value: (m) => m.problem },
  { name: 'mechanism', label: 'Vì sao có tác dụng', value: (m) => m.mechanism },
  { name: 'resources.funding', label: 'Kinh phí', value: (m) => m.resources.funding, show: (m) => label(FUNDING, m.resources.funding) },
  {
    name: 'replication.capacities',
    label: 'Năng lực cần có',
    value: (m) => list(m.replication.capacities),
    show: (m) => labels(CAPACITIES, m.replication.capacities),
  },
  { name: 'replication.reviewMonths', label: 'Đánh giá sau (tháng)', value: (m) => list(m.replication.reviewMonths) },
  { name: 'problems', label: 'Các vấn đề', value: (m) => list(m.problems), show: (m) => labels(PROBLEMS, m.problems) },
  {
    name: 'evidence.recognition',
    label: 'Được ghi nhận',
    value: (m) => list([...new Set(m.evidence.recognition.map((r) => r.kind))]),
    show: (m) => labels(RECOGNITION, [...new Set(m.evidence.recognition.map((r) => r.kind))]),
  },
  {
    name: 'evidence.effect.prevention',
    label: 'Tác dụng phòng ngừa đã biết',
    value: (m) => m.evidence.effect.prevention,
    show: (m) => EFFECT_LEVELS.label(m.evidence.effect.prevention),
  },
  {
    name: 'evidence.effect.detection',
    label: 'Tác dụng phát hiện đã biết',
    value: (m) => m.evidence.effect.detection,
    show: (m) => EFFECT_LEVELS.label(m.evidence.effect.detection),
  },
  { name: 'updated', label: 'Cập nhật', value: (m) => m.updated },
  { name: 'completeness', label: 'Mức đầy đủ của hồ sơ (%)', value: (m) => m.completeness },
];

export const DEPLOYMENT_CSV_COLUMNS: Column<DeploymentRecord>[] = [
  { name: 'id', label: 'Mã bản ghi', value: (d) => d.id },
  { name: 'model', label: 'Mã mô hình', value: (d) => d.model },
  { name: 'place', label: 'Địa điểm', value: (d) => d.place },
  { name: 'scope', label: 'Phạm vi', value: (d) => d.scope, show: (d) => SCOPES.label(d.scope) },
  { name: 'count.value', label: 'Số lượng', value: (d) => d.count?.value },
  { name: 'count.unit', label: 'Đơn vị đếm', value: (d) => d.count?.unit, show: (d) => label(COUNT_UNITS, d.count?.unit) },
  { name: 'count.qualifier', label: 'Cách nêu số', value: (d) => d.count?.qualifier, show: (d) => label(QUALIFIERS, d.count?.qualifier) },
  { name: 'province', label: 'Mã tỉnh, thành', value: (d) => d.province },
  { name: 'commune.name', label: 'Xã, phường', value: (d) => d.commune?.name },
  // A code such as "00123" is text: written as a formula so a spreadsheet keeps its leading zeros.
  {
    name: 'commune.code',
    label: 'Mã xã, phường',
    value: (d) => d.commune?.code,
    show: (d) => (d.commune?.code ? `="${d.commune.code}"` : undefined),
  },
  { name: 'formerNames', label: 'Tên trước 1/7/2025', value: (d) => list(d.formerNames) },
  { name: 'coordinates.lat', label: 'Vĩ độ', value: (d) => d.coordinates.lat },
  { name: 'coordinates.lon', label: 'Kinh độ', value: (d) => d.coordinates.lon },
  { name: 'coordinatesNote', label: 'Ghi chú tọa độ', value: (d) => d.coordinatesNote },
  { name: 'started', label: 'Bắt đầu', value: (d) => d.started },
  { name: 'status', label: 'Tình trạng', value: (d) => d.status, show: (d) => label(STATUSES, d.status) },
  { name: 'leadUnit', label: 'Đơn vị chủ trì', value: (d) => d.leadUnit },
  { name: 'teams', label: 'Số tổ, nhóm', value: (d) => d.teams },
  { name: 'members', label: 'Số thành viên', value: (d) => d.members },
  { name: 'lastReviewed', label: 'Ngày rà soát ghi trong bản ghi', value: (d) => d.lastReviewed },
  { name: 'latestReview', label: 'Lần rà soát gần nhất', value: (d) => d.latestReview },
  { name: 'needsReview', label: 'Cần rà soát', value: (d) => d.needsReview, show: (d) => yesNo(d.needsReview) },
  { name: 'source.title', label: 'Nguồn: tiêu đề', value: (d) => d.source.title },
  { name: 'source.publisher', label: 'Nguồn: cơ quan đăng', value: (d) => d.source.publisher },
  { name: 'source.date', label: 'Nguồn: ngày', value: (d) => d.source.date },
  { name: 'source.url', label: 'Nguồn: địa chỉ', value: (d) => d.source.url },
  { name: 'notes', label: 'Ghi chú', value: (d) => d.notes },
  { name: 'url', label: 'Trang của mô hình', value: (d) => d.url },
];

/** The same columns for a spreadsheet: Vietnamese headers and labels instead of keys. */
export function spreadsheetColumns<T>(columns: readonly Column<T>[]): { name: string; value: (row: T) => CsvValue }[] {
  return columns.map((c) => ({ name: c.label, value: c.show ?? c.value }));
}

// The CSV files come line by line (csvLines): join the lines for one string.
export function modelsCsv(records: readonly ModelRecord[]): Iterable<string> {
  return csvLines(MODEL_CSV_COLUMNS, records, { bom: true });
}

export function deploymentsCsv(records: readonly DeploymentRecord[]): Iterable<string> {
  return csvLines(DEPLOYMENT_CSV_COLUMNS, records, { bom: true });
}

export function modelsSpreadsheet(records: readonly ModelRecord[]): Iterable<string> {
  return csvLines(spreadsheetColumns(MODEL_CSV_COLUMNS), records, { bom: true });
}

/** The deployment columns for a spreadsheet; `provinceName` puts the province's name in place of its code. */
export function deploymentSpreadsheetColumns(
  provinceName: (id: string) => string,
): { name: string; value: (row: DeploymentRecord) => CsvValue }[] {
  return spreadsheetColumns(DEPLOYMENT_CSV_COLUMNS).map((c) =>
    c.name === 'Mã tỉnh, thành' ? { name: 'Tỉnh, thành', value: (d: DeploymentRecord) => provinceName(d.province) } : c,
  );
}

export function deploymentsSpreadsheet(records: readonly DeploymentRecord[], provinceName: (id: string) => string): Iterable<string> {
  return csvLines(deploymentSpreadsheetColumns(provinceName), records, { bom: true });
}
