import { describe, expect, it } from 'vitest';
import { HANDBOOK_PART_SIZE, groupByField, handbookVolumes } from '../../../src/lib/catalogue/handbook.ts';
import type { Field } from '../../../src/schema/vocab.ts';

describe('handbook order', () => {
  it('groups by field in vocabulary order, sorts titles the Vietnamese way and numbers across groups', () => {
    const models: { field: Field; title: string }[] = [
      { field: 'camera-cong-nghe', title: 'Camera' },
      { field: 'tu-quan', title: 'Đội tự quản' },
      { field: 'tu-quan', title: 'Dân phòng' },
      { field: 'tu-quan', title: 'An toàn' },
    ];
    const groups = groupByField(
      models,
      (m) => m.field,
      (m) => m.title,
    );
    expect(groups.map((g) => g.field)).toEqual(['tu-quan', 'camera-cong-nghe']);
    expect(groups[0]!.models.map((m) => m.title)).toEqual(['An toàn', 'Dân phòng', 'Đội tự quản']);
    expect(groups.map((g) => g.start)).toEqual([1, 4]);
  });
});

describe('handbook volumes', () => {
  const models = (field: Field, n: number) =>
    Array.from({ length: n }, (_, i) => ({ field, title: `${field} ${String(i).padStart(2, '0')}` }));
  const volumes = (list: { field: Field; title: string }[], size: number) =>
    handbookVolumes(
      groupByField(
        list,
        (m) => m.field,
        (m) => m.title,
      ),
      size,
    );

  it('makes one volume per field when every field fits', () => {
    const v = volumes([...models('tu-quan', 3), ...models('camera-cong-nghe', 2)], 3);
    expect(v.map((x) => [x.field, x.part, x.parts, x.start, x.models.length])).toEqual([
      ['tu-quan', 1, 1, 1, 3],
      ['camera-cong-nghe', 1, 1, 4, 2],
    ]);
  });

  it('splits a large field into parts of at most the part size, numbering across the whole catalogue', () => {
    const v = volumes([...models('tu-quan', 7), ...models('camera-cong-nghe', 1)], 3);
    expect(v.map((x) => [x.field, x.part, x.parts, x.start, x.models.length])).toEqual([
      ['tu-quan', 1, 3, 1, 3],
      ['tu-quan', 2, 3, 4, 3],
      ['tu-quan', 3, 3, 7, 1],
      ['camera-cong-nghe', 1, 1, 8, 1],
    ]);
    expect(v.flatMap((x) => x.models.map((m) => m.title))).toEqual(
      [...models('tu-quan', 7), ...models('camera-cong-nghe', 1)].map((m) => m.title),
    );
  });

  it('bounds every volume at national scale', () => {
    const big = (['tu-quan', 'camera-cong-nghe', 'to-giac-toi-pham'] as const).flatMap((f) => models(f, 834));
    const v = volumes(big, HANDBOOK_PART_SIZE);
    expect(Math.max(...v.map((x) => x.models.length))).toBe(HANDBOOK_PART_SIZE);
    expect(v.reduce((n, x) => n + x.models.length, 0)).toBe(big.length);
  });
});
