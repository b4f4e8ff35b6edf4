/**
 * The fields of a Zod schema as a flat list (path, type, required, description, allowed values),
 * read from its JSON Schema. The codebook and the completeness score both walk this list, so the
 * data, its description and its score never drift from the schema.
 */
import { z } from '../../schema/zod.ts';

export type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'unknown';

export interface SchemaField {
  /** Dotted path; array items are marked with "[]": "sources[].title", "resources.startupCost.min". */
  path: string;
  /** Path segments without the array marks: ["sources", "title"]. */
  segments: string[];
  type: FieldType;
  /** Type of the items when type is "array". */
  itemType?: FieldType;
  /** Always present in the parsed data (required, or filled with a default). */
  required: boolean;
  description: string;
  /** Allowed values, when the field (or each item) comes from a closed list. */
  values?: readonly (string | number)[];
  /** "date" for YYYY-MM-DD strings, "uri" for URLs. */
  format?: 'date' | 'uri';
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
}

interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: (string | number)[];
  const?: string | number;
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  maxLength?: number;
}

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** The JSON Schema of what the schema produces (defaults applied): the shape of the published data. */
export function outputJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;
}

function typeOf(s: JsonSchema): FieldType {
  const t = Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type;
  if (t === 'string' || t === 'number' || t === 'integer' || t === 'boolean' || t === 'array' || t === 'object') return t;
  if (s.enum) return typeof s.enum[0] === 'number' ? 'number' : 'string';
  return 'unknown';
}

/** Merges the parts of an anyOf/allOf (optional fields and refinements may wrap the real schema). */
function flatten(s: JsonSchema): JsonSchema {
  const parts = [...(s.anyOf ?? []), ...(s.allOf ?? [])].filter((p) => p.type !== 'null');
  if (parts.length === 0) return s;
  const merged: JsonSchema = Object.assign({}, ...parts.map(flatten));
  return { ...merged, ...s, anyOf: undefined, allOf: undefined, description: s.description ?? merged.description };
}

function describeField(path: string, segments: string[], raw: JsonSchema, required: boolean): SchemaField {
  const s = flatten(raw);
  const type = typeOf(s);
  const items = s.items ? flatten(s.items) : undefined;
  const enumSource = type === 'array' ? items : s;
  const values = enumSource?.enum ?? (enumSource?.const !== undefined ? [enumSource.const] : undefined);
  const format = s.format === 'uri' ? 'uri' : s.pattern === DATE_PATTERN ? 'date' : undefined;
  return {
    path,
    segments,
    type,
    ...(items && { itemType: typeOf(items) }),
    required,
    description: s.description ?? '',
    ...(values && { values }),
    ...(format && { format }),
    ...(s.pattern && !format && { pattern: s.pattern }),
    ...(s.minimum !== undefined && { minimum: s.minimum }),
    ...(s.exclusiveMinimum !== undefined && { minimum: s.exclusiveMinimum }),
    ...(s.maximum !== undefined && { maximum: s.maximum }),
    ...(s.maxLength !== undefined && { maxLength: s.maxLength }),
  };
}

/** Every field of an object schema, depth first, in declaration order (parents before children). */
export function schemaFields(schema: z.ZodType): SchemaField[] {
  const out: SchemaField[] = [];
  const walk = (node: JsonSchema, prefix: string, segments: string[]) => {
    const obj = flatten(node);
    const required = new Set(obj.required ?? []);
    for (const [key, child] of Object.entries(obj.properties ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      const field = describeField(path, [...segments, key], child, required.has(key));
      out.push(field);
      const flat = flatten(child);
      if (field.type === 'object') walk(flat, path, [...segments, key]);
      else if (field.type === 'array' && flat.items && field.itemType === 'object') walk(flat.items, `${path}[]`, [...segments, key]);
    }
  };
  walk(outputJsonSchema(schema), '', []);
  return out;
}
