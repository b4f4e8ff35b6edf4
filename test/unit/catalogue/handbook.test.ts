import { describe, expect, it } from 'vitest';
import { groupByField } from '../../../src/lib/catalogue/handbook.ts';
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
