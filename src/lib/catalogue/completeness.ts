/**
 * How complete a model's record is, computed from the schema: every field of the record (and of its
 * resources, replication and evidence groups) counts, with a weight; a field is filled when it holds
 * something (a non-empty text or list, a number, a group). A field added to the schema counts at once.
 */
import type { Model } from '../../schema/model.ts';
import { modelSchema } from '../../schema/model.ts';
import type { CompletenessBand } from '../../schema/vocab.ts';
import { schemaFields, type SchemaField } from '../open-data/schema-fields.ts';

/** Fields that matter more for someone replicating the model count twice; some count nothing. */
const WEIGHTS: Record<string, number> = {
  problem: 2,
  coreComponents: 2,
  'replication.steps': 2,
  'replication.indicators': 2,
  'evidence.claims': 2,
  // Identity and bookkeeping: always present or not about the model's substance.
  title: 0,
  shortTitle: 0,
  tags: 0,
  updated: 0,
  'resources.note': 0,
  // Has a default ([6, 12]), so it is always "filled".
  'replication.reviewMonths': 0,
};

export interface ScoredField {
  path: string;
  description: string;
  weight: number;
}

export interface Completeness {
  /** 0–100, rounded. */
  percent: number;
  filled: ScoredField[];
  missing: ScoredField[];
}

/** The fields scored: top-level fields and the members of object groups, not list items. */
export function scoredFields(fields: readonly SchemaField[] = schemaFields(modelSchema)): ScoredField[] {
  return (
    fields
      .filter((f) => !f.path.includes('[]') && f.segments.length <= 2)
      // A top-level group (resources, replication, evidence) is scored through its members.
      .filter((f) => !(f.type === 'object' && f.segments.length === 1))
      .map((f) => ({ path: f.path, description: f.description, weight: WEIGHTS[f.path] ?? 1 }))
      .filter((f) => f.weight > 0)
  );
}

function valueAt(record: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), record);
}

export function isFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

let cached: ScoredField[] | undefined;

export function completeness(model: Model, fields: readonly ScoredField[] = (cached ??= scoredFields())): Completeness {
  const filled: ScoredField[] = [];
  const missing: ScoredField[] = [];
  for (const f of fields) (isFilled(valueAt(model, f.path)) ? filled : missing).push(f);
  const total = fields.reduce((s, f) => s + f.weight, 0);
  const got = filled.reduce((s, f) => s + f.weight, 0);
  return { percent: total === 0 ? 100 : Math.round((got / total) * 100), filled, missing };
}

/** The completeness filter's value (labels: COMPLETENESS_BANDS in vocab.ts). */
export function completenessBand(percent: number): CompletenessBand {
  return percent >= 80 ? 'day-du' : percent >= 50 ? 'kha-day-du' : 'con-thieu';
}
