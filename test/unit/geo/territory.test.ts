import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inVietnam } from '../../../src/schema/geo.ts';

const communes = JSON.parse(readFileSync(join(import.meta.dirname, '../../../src/data/admin/communes.json'), 'utf8')) as {
  code: string;
  name: string;
  label: [number, number];
}[];

describe('Vietnam’s territory in the schema', () => {
  it('holds the label point of every one of today’s 3,321 communes, special zones included', () => {
    const outside = communes.filter((c) => !inVietnam({ lon: c.label[0], lat: c.label[1] })).map((c) => `${c.code} ${c.name}`);
    expect(communes).toHaveLength(3321);
    expect(outside).toEqual([]);
  });
});
