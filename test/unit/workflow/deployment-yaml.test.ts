import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { buildDeployment, deploymentPath, deploymentYaml, validateDeployment } from '../../../src/lib/workflow/deployment-yaml.ts';
import { checkContent } from '../../../src/lib/content/content-check.ts';
import type { WorkflowState } from '../../../src/schema/workflow.ts';
import { haNoi, hungYen, profile, richModel } from '../helpers/workflow-fixtures.ts';
import { readFileSync } from 'node:fs';
import { newWorkflow } from '../../../src/lib/workflow/ids.ts';

const refs = {
  models: new Map([['mo-hinh-camera', richModel]]),
  provinces: new Map([
    [hungYen.id, hungYen],
    [haNoi.id, haNoi],
  ]),
};
const TODAY = '2026-01-10';

function filled(): WorkflowState {
  const s = newWorkflow(
    'mo-hinh-camera',
    profile({ name: 'Xã Long Hưng', province: 'hung-yen', unitType: 'xa', leadUnit: 'Công an xã Long Hưng' }),
  );
  s.plan.startDate = '2025-03-01';
  s.registration = {
    ...s.registration,
    communeName: 'Xã Long Hưng',
    communeCode: '12613',
    lat: '20,61',
    lon: '106.14',
    status: 'dang-hoat-dong',
    teams: '3',
    members: '24',
  };
  s.reviews['so-ket'] = {
    date: '2025-09-01',
    values: { 'so-vu-trom': { baseline: '12', value: '5' }, 'so-camera': { baseline: '', value: '' } },
    findings: 'Giảm trộm cắp.',
    decision: 'tiep-tuc',
    reasons: '',
    chair: '',
    secretary: '',
  };
  return s;
}

describe('deployment record from the workflow', () => {
  it('builds a record that passes the schema and the cross-reference check', () => {
    const record = buildDeployment(filled(), TODAY);
    expect(validateDeployment(record, refs)).toEqual([]);
    expect(record).toMatchObject({
      model: 'mo-hinh-camera',
      place: 'Xã Long Hưng',
      scope: 'xa',
      province: 'hung-yen',
      commune: { name: 'Xã Long Hưng', code: '12613' },
      coordinates: { lat: 20.61, lon: 106.14 },
      started: '2025-03-01',
      status: 'dang-hoat-dong',
      leadUnit: 'Công an xã Long Hưng',
      teams: 3,
      members: 24,
      reviews: [
        {
          type: 'so-ket',
          date: '2025-09-01',
          indicators: [{ indicator: 'so-vu-trom', baseline: 12, value: 5 }],
          findings: 'Giảm trộm cắp.',
          decision: 'tiep-tuc',
        },
      ],
      lastReviewed: '2025-09-01',
      source: { title: 'Báo cáo đăng ký điểm nhân rộng', publisher: 'Công an xã Long Hưng', date: TODAY },
    });
    expect(deploymentPath(record)).toBe('deployments/mo-hinh-camera/xa-long-hung.yaml');
  });

  it('writes YAML that the build’s content check accepts in content/deployments/', () => {
    const yaml = deploymentYaml(buildDeployment(filled(), TODAY));
    expect((load(yaml) as { commune: { code: string } }).commune.code).toBe('12613');
    const valid = 'test/fixtures/content/valid';
    const files = [
      { path: 'provinces.yaml', text: readFileSync(`${valid}/provinces.yaml`, 'utf8') },
      { path: 'models/mo-hinh-mau.mdx', text: readFileSync(`${valid}/models/mo-hinh-mau.mdx`, 'utf8') },
    ];
    const s = filled();
    s.model = 'mo-hinh-mau';
    s.reviews['so-ket'].values = { 'so-vu-viec': { baseline: '3', value: '1' } };
    const record = buildDeployment(s, TODAY);
    const result = checkContent([...files, { path: deploymentPath(record), text: deploymentYaml(record) }]);
    expect(result.problems).toEqual([]);
    expect(result.deployments.size).toBe(1);
  });

  it('reports each missing or wrong field by name, in Vietnamese', () => {
    const s = filled();
    s.profile.province = 'ha-noi'; // coordinates are in Hưng Yên
    s.registration.communeCode = '123';
    s.registration.lat = '';
    s.reviews['tong-ket'] = {
      date: '2099-01-01',
      values: { 'khong-co': { baseline: '', value: '1' } },
      findings: '',
      decision: '',
      reasons: '',
      chair: '',
      secretary: '',
    };
    const problems = validateDeployment(buildDeployment(s, TODAY), refs);
    const byField = Object.fromEntries(problems.map((p) => [p.field, p.message]));
    expect(byField['commune.code']).toBe('mã xã gồm 5 chữ số');
    expect(byField['coordinates.lat']).toBe('thiếu trường bắt buộc');
    expect(byField['reviews.1.date']).toBe('ngày nằm trong tương lai');
    // A review may leave the decision out (reports do not always state one).
    expect(byField['reviews.1.decision']).toBeUndefined();

    const s2 = filled();
    s2.profile.province = 'ha-noi';
    const refProblems = validateDeployment(buildDeployment(s2, TODAY), refs);
    expect(refProblems).toEqual([
      expect.objectContaining({ field: 'coordinates', message: expect.stringContaining('nằm ngoài phạm vi Thành phố Hà Nội') }),
    ]);
    s2.profile.province = 'hung-yen';
    s2.reviews['so-ket'].values = { 'khong-co': { baseline: '', value: '1' } };
    expect(validateDeployment(buildDeployment(s2, TODAY), refs)).toEqual([
      expect.objectContaining({
        field: 'reviews.0.indicators.0.indicator',
        message: 'mô hình "mo-hinh-camera" không có chỉ số "khong-co"',
      }),
    ]);
  });

  it('leaves out a start year in the future instead of failing', () => {
    const s = filled();
    s.plan.startDate = '2026-06-01';
    expect(buildDeployment(s, TODAY).started).toBeUndefined();
  });
});

describe('the registration in plain words', () => {
  it('asks for nothing an officer cannot give, one plain message per field, and passes the content check when filled', async () => {
    const { checkRegistration } = await import('../../../src/lib/workflow/registration.ts');
    const empty = newWorkflow('mo-hinh-camera', profile({ unitType: 'xa' }));
    const result = checkRegistration(empty, TODAY, refs);
    expect(result.errors.map((e) => e.field)).toEqual(['place', 'commune', 'point', 'province', 'leadUnit']);
    for (const e of result.errors) expect(e.message).not.toMatch(/[a-z]+\.[a-z]+|lastReviewed|coordinates|yaml|npm/i);
    expect(checkRegistration(filled(), TODAY, refs).errors).toEqual([]);
  });

  it('puts the locality’s own indicators into the record as figures, never as the model’s indicators', () => {
    const s = filled();
    s.indicators = [{ id: 'rieng-1', name: 'Số tin báo của người dân', unit: 'tin', direction: 'tang' }];
    s.reviews['so-ket'].values['rieng-1'] = { baseline: '2', value: '9' };
    const record = buildDeployment(s, TODAY);
    expect(record.figures).toEqual([{ what: 'Số tin báo của người dân', value: 9, unit: 'tin', date: '2025-09-01' }]);
    expect(record.reviews?.[0]?.indicators?.map((i) => i.indicator)).toEqual(['so-vu-trom']);
    expect(validateDeployment(record, refs)).toEqual([]);
  });
});
