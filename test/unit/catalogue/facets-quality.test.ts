import { describe, expect, it } from 'vitest';
import { filterFields, modelFacets } from '../../../src/lib/catalogue/facets.ts';
import { matchesFilters, readFilters, writeFilters } from '../../../src/lib/search/filters.ts';
import { modelSchema } from '../../../src/schema/model.ts';
import { deploymentSchema } from '../../../src/schema/deployment.ts';
import { minimalModelInput } from '../helpers/models.ts';

const model = modelSchema.parse(minimalModelInput);
const deployment = (lastReviewed?: string) =>
  deploymentSchema.parse({
    model: 'mo-hinh',
    place: 'Xã A',
    scope: 'xa',
    province: 'hung-yen',
    coordinates: { lat: 20.6, lon: 106.1 },
    source: { title: 'Nguồn', publisher: 'Báo', date: '2023-01-01', url: 'https://example.vn/nguon' },
    ...(lastReviewed && { lastReviewed }),
  });

describe('record-quality filters', () => {
  it('offers completeness, update freshness and review state as filter dimensions on the model list only', () => {
    const keys = filterFields({ provinces: [], quality: true }).map((f) => f.key);
    expect(keys).toEqual(expect.arrayContaining(['do-day-du', 'cap-nhat', 'ra-soat']));
    expect(filterFields({ provinces: [] }).map((f) => f.key)).not.toContain('do-day-du');
  });

  it('files a model under the right values, for a given day', () => {
    const facets = modelFacets('mo-hinh', model, [deployment('2025-12-01'), deployment()], '2026-05-15');
    expect(facets['do-day-du']).toEqual(['con-thieu']);
    expect(facets['cap-nhat']).toEqual(['hon-12-thang']);
    expect(facets['ra-soat']).toEqual(['can-ra-soat']);
    expect(modelFacets('mo-hinh', model, [deployment('2025-12-01')], '2026-05-15')['ra-soat']).toEqual(['da-ra-soat']);
    expect(modelFacets('mo-hinh', model, [], '2026-05-15')['ra-soat']).toEqual([]);
  });

  it('filters and round-trips through the URL like every other dimension', () => {
    const facets = modelFacets('mo-hinh', model, [deployment()], '2026-05-15');
    const state = readFilters(writeFilters({ 'ra-soat': 'can-ra-soat', 'cap-nhat': 'hon-12-thang' }));
    expect(matchesFilters(facets, state)).toBe(true);
    expect(matchesFilters(facets, { 'do-day-du': 'day-du' })).toBe(false);
  });
});
