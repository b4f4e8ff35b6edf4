import { describe, expect, it } from 'vitest';
import { deploymentSchema, inVietnam, isoDate } from '../../src/schema/index.ts';

describe('isoDate', () => {
  it('accepts YAML dates parsed as Date objects and as strings, giving the same string', () => {
    expect(isoDate.parse(new Date('2023-07-24T00:00:00Z'))).toBe('2023-07-24');
    expect(isoDate.parse('2023-07-24')).toBe('2023-07-24');
  });

  it('rejects impossible and badly written dates', () => {
    expect(isoDate.safeParse('2023-02-30').success).toBe(false);
    expect(isoDate.safeParse('24/07/2023').success).toBe(false);
  });

  it('holds no clock: the same date parses the same way whenever it is checked', () => {
    expect(isoDate.safeParse('2999-01-01').success).toBe(true);
  });
});

describe('territory', () => {
  it('includes the mainland, Hoàng Sa and Trường Sa', () => {
    expect(inVietnam({ lat: 21.03, lon: 105.85 })).toBe(true); // Hà Nội
    expect(inVietnam({ lat: 16.53, lon: 111.6 })).toBe(true); // Quần đảo Hoàng Sa
    expect(inVietnam({ lat: 8.65, lon: 111.92 })).toBe(true); // Quần đảo Trường Sa
  });

  it('excludes swapped coordinates and neighbouring capitals', () => {
    expect(inVietnam({ lat: 105.85, lon: 21.03 })).toBe(false);
    expect(inVietnam({ lat: 13.75, lon: 100.5 })).toBe(false); // Bangkok
    expect(inVietnam({ lat: 1.35, lon: 103.82 })).toBe(false); // Singapore
  });
});

describe('deployment schema', () => {
  const base = {
    model: 'mo-hinh',
    place: 'Đền Trần',
    scope: 'diem',
    province: 'hung-yen',
    coordinates: { lat: 20.6, lon: 106.14 },
    source: { title: 'Nguồn', publisher: 'Báo', date: '2022-02-21', url: 'https://example.vn/nguon' },
  };

  it('accepts a minimal record and fills defaults', () => {
    const d = deploymentSchema.parse(base);
    expect(d.reviews).toEqual([]);
    expect(d.formerNames).toEqual([]);
  });

  it('allows a count only on province-wide records, and only with what it counts', () => {
    expect(deploymentSchema.safeParse({ ...base, scope: 'tinh', count: { value: 109, unit: 'don-vi-cap-xa' } }).success).toBe(true);
    expect(deploymentSchema.safeParse({ ...base, scope: 'tinh', count: 109 }).success).toBe(false);
    expect(deploymentSchema.safeParse({ ...base, scope: 'tinh', count: { value: 109 } }).success).toBe(false);
    expect(deploymentSchema.safeParse({ ...base, count: { value: 5, unit: 'to' } }).success).toBe(false);
  });

  it('keeps a start date at the precision the source gives, and its qualifiers', () => {
    expect(deploymentSchema.parse({ ...base, started: 2019 }).started).toBe('2019');
    expect(deploymentSchema.parse({ ...base, started: '2019-03' }).started).toBe('2019-03');
    expect(deploymentSchema.safeParse({ ...base, started: '2019-13' }).success).toBe(false);
    expect(deploymentSchema.safeParse({ ...base, started: '2019-02-30' }).success).toBe(false);
    const d = deploymentSchema.parse({ ...base, scope: 'tinh', count: { value: 2500, unit: 'mo-hinh', qualifier: 'hon' } });
    expect(d.count).toEqual({ value: 2500, unit: 'mo-hinh', qualifier: 'hon' });
  });

  it('needs a web address for a deployment’s source, except the archived founding articles and registrations', () => {
    const { url: _, ...noUrl } = { ...base.source, url: undefined };
    expect(deploymentSchema.safeParse({ ...base, source: noUrl }).success).toBe(false);
    expect(deploymentSchema.safeParse({ ...base, source: { ...noUrl, archive: '001_c5e92e0ad98be39d.txt' } }).success).toBe(true);
    expect(deploymentSchema.safeParse({ ...base, source: { ...noUrl, archive: 'bai-khac.txt' } }).success).toBe(false);
    expect(deploymentSchema.safeParse({ ...base, source: { ...noUrl, registration: true } }).success).toBe(true);
    expect(deploymentSchema.safeParse({ ...base, source: { ...noUrl, url: 'https://baothanhhoa.vn/bai' } }).success).toBe(true);
  });
});
