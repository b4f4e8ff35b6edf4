/** The handbook's order: models grouped by field (in the vocabulary's order), then by title. */
import { FIELDS, type Field } from '../../schema/vocab.ts';
import { compareVietnamese } from '../format/format.ts';

export interface HandbookGroup<T> {
  field: Field;
  label: string;
  /** Number of the first model of this group in the whole handbook (1-based). */
  start: number;
  models: T[];
}

export function groupByField<T>(models: readonly T[], field: (m: T) => Field, title: (m: T) => string): HandbookGroup<T>[] {
  const groups: HandbookGroup<T>[] = [];
  let next = 1;
  for (const key of FIELDS.keys) {
    const mine = models.filter((m) => field(m) === key).sort((a, b) => compareVietnamese(title(a), title(b)));
    if (mine.length === 0) continue;
    groups.push({ field: key, label: FIELDS.label(key), start: next, models: mine });
    next += mine.length;
  }
  return groups;
}
