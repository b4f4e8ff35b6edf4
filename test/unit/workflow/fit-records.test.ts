/**
 * /nhan-rong/ ranks models from the cut-down records of its data file (fit-records.ts), while a
 * model's own workflow page scores the full record. Both must tell a locality the same thing: for
 * every real model and a spread of localities, the record, after the trip through JSON the browser
 * makes, scores exactly as the full model with its deployments counted one by one.
 */
import { describe, expect, it } from 'vitest';
import { deploymentProvinces, models } from './real-catalogue.ts';
import { localityProfileSchema, type LocalityProfile } from '../../../src/schema/workflow.ts';
import { CAPACITIES, FUNDING, PROBLEMS, SETTING_TRAITS, UNIT_TYPES } from '../../../src/schema/vocab.ts';
import { fitScore } from '../../../src/lib/workflow/fit.ts';
import { deploymentCounts, fitContext, fitRecord, type FitRecord } from '../../../src/lib/workflow/fit-records.ts';

/** Localities that reach every branch of the score: each kind of place, problems, traits, capacities, money. */
function localities(): LocalityProfile[] {
  const list: LocalityProfile[] = [];
  UNIT_TYPES.keys.forEach((unitType, i) => {
    const pick = <T>(keys: readonly T[], n: number) => keys.filter((_, k) => (k + i) % n === 0);
    list.push(
      localityProfileSchema.parse({
        province: ['ha-noi', 'lao-cai', 'gia-lai', 'thanh-hoa', ''][i % 5],
        unitType,
        problems: pick(PROBLEMS.keys, 4),
        traits: pick(SETTING_TRAITS.keys, 3),
        capacities: pick(CAPACITIES.keys, 2),
        funding: FUNDING.keys[i % FUNDING.keys.length],
        budget: ['50 triệu', '', 'khoảng vài chục', '1.000.000.000'][i % 4],
      }),
      localityProfileSchema.parse({ unitType, problems: [PROBLEMS.keys[i % PROBLEMS.keys.length]] }),
    );
  });
  return list;
}

describe('the fit data file of /nhan-rong/', () => {
  const records = models.map(({ slug, model }) => ({
    slug,
    model,
    provinces: deploymentProvinces(slug),
    record: JSON.parse(
      JSON.stringify(fitRecord({ slug, name: model.title, summary: model.summary, model }, deploymentProvinces(slug))),
    ) as FitRecord,
  }));

  it('scores every model for every locality exactly as its full record does', () => {
    expect(records.length).toBeGreaterThan(0);
    const people = localities();
    for (const { slug, model, provinces, record } of records)
      for (const p of people) {
        const full = fitScore(model, p, {
          deployments: provinces.length,
          deploymentsInProvince: provinces.filter((x) => x === p.province).length,
        });
        expect(fitScore(record.model, p, fitContext(record, p.province)), `${slug} for ${p.unitType} in ${p.province || '?'}`).toEqual(
          full,
        );
      }
  });

  it('counts deployment records, not provinces', () => {
    const many = records.find((r) => new Set(r.provinces).size < r.provinces.length);
    expect(many, 'a model with two records in one province').toBeDefined();
    expect(many!.record.deployments).toBe(many!.provinces.length);
    const province = many!.provinces[0]!;
    expect(fitContext(many!.record, province).deploymentsInProvince).toBe(many!.provinces.filter((x) => x === province).length);
  });

  it('leaves out what the score does not read (narrative, sources, steps and indicators beyond their number)', () => {
    const rich = records.find((r) => r.model.replication.steps.length > 0)!;
    const text = JSON.stringify(rich.record);
    expect(text).not.toContain(rich.model.sources[0]!.url);
    expect(text).not.toContain(rich.model.replication.steps[0]!.title);
    expect(text).not.toContain(rich.model.problem);
    expect(rich.record.model.replication.steps.length).toBe(rich.model.replication.steps.length);
  });
});

describe('deploymentCounts (all a model’s workflow page embeds about its deployments)', () => {
  it('counts every record, and each province once per record', () => {
    expect(deploymentCounts(['ha-noi', 'lao-cai', 'ha-noi', 'ha-noi'])).toEqual({
      deployments: 4,
      byProvince: { 'ha-noi': 3, 'lao-cai': 1 },
    });
    expect(deploymentCounts([])).toEqual({ deployments: 0, byProvince: {} });
  });

  it('gives the fit score the counts it had when the page held every record', () => {
    const counts = deploymentCounts(['ha-noi', 'lao-cai', 'ha-noi']);
    expect(fitContext(counts, 'ha-noi')).toEqual({ deployments: 3, deploymentsInProvince: 2 });
    expect(fitContext(counts, 'gia-lai')).toEqual({ deployments: 3, deploymentsInProvince: 0 });
    expect(fitContext(counts, '')).toEqual({ deployments: 3, deploymentsInProvince: 0 });
  });

  it('stays one number per province whatever the number of records', () => {
    const many = deploymentCounts(Array.from({ length: 10_000 }, (_, i) => ['ha-noi', 'lao-cai', 'hue'][i % 3]!));
    expect(many.deployments).toBe(10_000);
    expect(Object.keys(many.byProvince)).toHaveLength(3);
  });
});
