import { describe, expect, it } from 'vitest';
import { deploymentsToGeoJson } from '../../../src/lib/open-data/geojson.ts';
import type { DeploymentRecord } from '../../../src/lib/open-data/open-data.ts';
import { deploymentSchema } from '../../../src/schema/deployment.ts';

const record = (id: string, lat: number, lon: number): DeploymentRecord => ({
  id,
  url: `https://mohinhtieubieu.vn/mo-hinh/${id.split('/')[0]}/`,
  latestReview: null,
  needsReview: true,
  ...deploymentSchema.parse({
    model: id.split('/')[0],
    place: 'Điểm thử',
    scope: 'xa',
    province: 'hung-yen',
    coordinates: { lat, lon },
    source: { title: 'Nguồn', publisher: 'Báo', date: '2022-02-21', url: 'https://example.vn/nguon' },
  }),
});

describe('deployments as GeoJSON', () => {
  const geo = deploymentsToGeoJson([record('a/x', 20.61, 106.14), record('b/y', 21.01, 105.72)]);

  it('has one point per deployment, longitude first (RFC 7946)', () => {
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.map((f) => f.id)).toEqual(['a/x', 'b/y']);
    expect(geo.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [106.14, 20.61] });
  });

  it('keeps the record as properties, without repeating the coordinates', () => {
    const props = geo.features[1]!.properties as Record<string, unknown>;
    expect(props.model).toBe('b');
    expect(props.source).toMatchObject({ title: 'Nguồn' });
    expect('coordinates' in props).toBe(false);
  });
});
