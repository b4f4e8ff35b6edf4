import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { codebook, labelValues } from '../../../src/lib/open-data/codebook.ts';
import { DEPLOYMENT_COMPUTED, DEPLOYMENT_CSV_COLUMNS, MODEL_COMPUTED, MODEL_CSV_COLUMNS } from '../../../src/lib/open-data/open-data.ts';
import { deploymentSchema, modelSchema, provinceSchema } from '../../../src/schema/index.ts';

/** Every property path of a JSON Schema, walked independently of the code under test. */
function jsonPaths(node: Record<string, any>, prefix = ''): string[] {
  const parts = [node, ...(node.anyOf ?? []), ...(node.allOf ?? [])];
  const out: string[] = [];
  for (const part of parts) {
    for (const [key, child] of Object.entries<Record<string, any>>(part.properties ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      out.push(path, ...jsonPaths(child, path));
      const items = child.items ?? child.anyOf?.find((c: any) => c.items)?.items;
      if (items) out.push(...jsonPaths(items, `${path}[]`));
    }
  }
  return out;
}

describe('codebook', () => {
  for (const [name, schema] of Object.entries({ model: modelSchema, deployment: deploymentSchema, province: provinceSchema })) {
    it(`lists every field of the ${name} schema, each described in Vietnamese`, () => {
      const rows = codebook(schema);
      const expected = [...new Set(jsonPaths(z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as Record<string, any>))];
      expect(rows.map((r) => r.path).sort()).toEqual(expected.sort());
      const undescribed = rows.filter((r) => r.description.trim() === '').map((r) => r.path);
      expect(undescribed).toEqual([]);
    });
  }

  it('gives the Vietnamese label of every allowed value', () => {
    const field = codebook(modelSchema).find((r) => r.path === 'field')!;
    expect(field.values).toContainEqual({ value: 'tu-quan', label: 'Tự phòng, tự quản, tự bảo vệ, tự hòa giải' });
    const status = codebook(deploymentSchema).find((r) => r.path === 'status')!;
    expect(status.required).toBe(false);
    expect(status.values?.map((v) => v.label)).toEqual(['Đang hoạt động', 'Tạm dừng', 'Đã dừng']);
    const leadBodies = codebook(modelSchema).find((r) => r.path === 'leadBodies')!;
    expect(leadBodies.values?.find((v) => v.value === 'mttq')?.label).toBe('Mặt trận Tổ quốc Việt Nam');
    expect(labelValues(['Tỉnh', 'Thành phố']).map((v) => v.label)).toEqual(['Tỉnh', 'Thành phố']);
  });

  it('names types and dates plainly', () => {
    const rows = codebook(modelSchema);
    expect(rows.find((r) => r.path === 'updated')?.type).toBe('ngày (YYYY-MM-DD)');
    expect(rows.find((r) => r.path === 'summary')?.rules).toContain('tối đa 300 ký tự');
    expect(rows.find((r) => r.path === 'sources[].url')?.type).toBe('địa chỉ URL');
  });

  it('describes every CSV column, either as a schema field or as a computed one', () => {
    const models = new Set(codebook(modelSchema, MODEL_COMPUTED).map((r) => r.path));
    const deployments = new Set(codebook(deploymentSchema, DEPLOYMENT_COMPUTED).map((r) => r.path));
    expect(MODEL_CSV_COLUMNS.map((c) => c.name).filter((n) => !models.has(n))).toEqual([]);
    expect(DEPLOYMENT_CSV_COLUMNS.map((c) => c.name).filter((n) => !deployments.has(n))).toEqual([]);
  });
});
