/**
 * The CSV files meant for Excel: Vietnamese column names and Vietnamese labels instead of keys, the
 * province by name, and a commune code kept as text (leading zeros survive a spreadsheet). The
 * programmers' CSV keeps the schema paths and the stable keys.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/open-data/csv.ts';
import {
  deploymentRecords,
  deploymentsCsv,
  deploymentsSpreadsheet,
  modelRecords,
  modelsSpreadsheet,
} from '../../../src/lib/open-data/open-data.ts';
import { deploymentSchema } from '../../../src/schema/deployment.ts';
import { modelSchema } from '../../../src/schema/model.ts';
import { minimalModelInput } from '../helpers/models.ts';

const info = { site: 'https://example.vn/', licence: { name: 'CC BY 4.0', url: 'https://example.vn/licence' }, today: '2026-01-01' };
const deployment = deploymentSchema.parse({
  model: 'mo-hinh',
  place: 'Đền Trần',
  scope: 'diem',
  province: 'hung-yen',
  commune: { name: 'Xã Long Hưng', code: '01234' },
  status: 'dang-hoat-dong',
  coordinates: { lat: 20.6, lon: 106.14 },
  source: { title: 'Nguồn', publisher: 'Báo', date: '2022-02-21', url: 'https://example.vn/nguon' },
});
const records = deploymentRecords([{ id: 'mo-hinh/den-tran', data: deployment }], info);
const column = (csv: string, name: string) => {
  const [head, ...rows] = parseCsv(csv);
  return rows.map((r) => r[head.indexOf(name)]);
};

describe('spreadsheet CSV', () => {
  it('names the deployment columns in Vietnamese, gives labels and the province name, and keeps a commune code as text', () => {
    const csv = [...deploymentsSpreadsheet(records, (id) => (id === 'hung-yen' ? 'Hưng Yên' : id))].join('');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(column(csv, 'Phạm vi')).toEqual(['Một địa điểm']);
    expect(column(csv, 'Tỉnh, thành')).toEqual(['Hưng Yên']);
    expect(column(csv, 'Mã xã, phường')).toEqual(['="01234"']);
    expect(column(csv, 'Cần rà soát')).toEqual(['Có']);
  });

  it('gives model labels, not keys', () => {
    const csv = [...modelsSpreadsheet(modelRecords([{ id: 'toi-thieu', data: modelSchema.parse(minimalModelInput) }], info))].join('');
    expect(column(csv, 'Các vấn đề')).toEqual(['Trộm cắp tài sản']);
    expect(column(csv, 'Chủ trì')).toEqual(['Công an']);
  });

  it('leaves the programmers’ file with schema paths and stable keys', () => {
    const csv = [...deploymentsCsv(records)].join('');
    expect(column(csv, 'scope')).toEqual(['diem']);
    expect(column(csv, 'province')).toEqual(['hung-yen']);
    expect(column(csv, 'commune.code')).toEqual(['01234']);
  });
});
