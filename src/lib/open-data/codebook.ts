/**
 * The codebook of the open data, generated from the schemas: every field with its meaning (the
 * schema's Vietnamese description), its type and its allowed values with their Vietnamese labels.
 * Fields computed for publication (id, url, completeness…) are described where they are computed,
 * in open-data.ts, and listed here after the schema fields.
 */
import type { z } from '../../schema/zod.ts';
import * as vocab from '../../schema/vocab.ts';
import { SLUG_PATTERN } from '../../schema/common.ts';
import { schemaFields, type SchemaField } from './schema-fields.ts';

export interface CodebookValue {
  value: string | number;
  label: string;
}

export interface CodebookRow {
  path: string;
  type: string;
  required: boolean;
  description: string;
  values?: CodebookValue[];
  /** Other rules, in Vietnamese: "tối đa 300 ký tự", "từ 0". */
  rules: string[];
  /** True for fields added at publication (not written in the content files). */
  computed: boolean;
}

export interface ComputedField {
  path: string;
  type: SchemaField['type'];
  description: string;
}

const TYPE_LABELS: Record<SchemaField['type'], string> = {
  string: 'chuỗi chữ',
  number: 'số',
  integer: 'số nguyên',
  boolean: 'đúng/sai (true/false)',
  array: 'danh sách',
  object: 'nhóm trường',
  unknown: 'giá trị',
};

interface Vocabulary {
  labels: Record<string, string>;
  keys: readonly string[];
}

const VOCABULARIES: Vocabulary[] = (Object.values(vocab) as unknown[]).filter(
  (v): v is Vocabulary => typeof v === 'object' && v !== null && 'labels' in v && 'keys' in v,
);

/** The Vietnamese label of each allowed value, from the vocabulary that has exactly these keys. */
export function labelValues(values: readonly (string | number)[]): CodebookValue[] {
  const found = VOCABULARIES.find((v) => v.keys.length === values.length && values.every((x) => typeof x === 'string' && x in v.labels));
  return values.map((value) => ({ value, label: found ? found.labels[value as string]! : String(value) }));
}

export function typeLabel(f: Pick<SchemaField, 'type' | 'itemType' | 'format'>): string {
  if (f.format === 'date') return 'ngày (YYYY-MM-DD)';
  if (f.format === 'uri') return 'địa chỉ URL';
  if (f.type === 'array' && f.itemType) return `danh sách ${f.itemType === 'object' ? 'nhóm trường' : TYPE_LABELS[f.itemType]}`;
  return TYPE_LABELS[f.type];
}

function rules(f: SchemaField): string[] {
  const out: string[] = [];
  if (f.minimum !== undefined) out.push(`từ ${f.minimum}`);
  if (f.maximum !== undefined) out.push(`đến ${f.maximum}`);
  if (f.maxLength !== undefined) out.push(`tối đa ${f.maxLength} ký tự`);
  if (f.pattern === SLUG_PATTERN.source) out.push('chữ thường không dấu, số, gạch ngang');
  else if (f.pattern === '^\\d{5}$') out.push('5 chữ số');
  else if (f.pattern === '^\\d{2}$') out.push('2 chữ số');
  else if (f.pattern) out.push(`mẫu ${f.pattern}`);
  return out;
}

export function codebook(schema: z.ZodType, computed: readonly ComputedField[] = []): CodebookRow[] {
  const fromSchema = schemaFields(schema).map((f) => ({
    path: f.path,
    type: typeLabel(f),
    required: f.required,
    description: f.description,
    ...(f.values && { values: labelValues(f.values) }),
    rules: rules(f),
    computed: false,
  }));
  const added = computed.map((c) => ({
    path: c.path,
    type: typeLabel(c),
    required: true,
    description: c.description,
    rules: [],
    computed: true,
  }));
  return [...added, ...fromSchema];
}
