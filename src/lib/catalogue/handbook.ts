/**
 * The handbook's order and its volumes. Models are grouped by field (in the vocabulary's order), then
 * by title, and numbered once across the whole catalogue. Each field is a volume; a field with more
 * than a part's worth of models is split into parts, so no printed volume (one HTML page) grows with
 * the catalogue.
 */
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

/**
 * Most models in one volume. The richest model today weighs about 9.3 KB of gzipped HTML in the
 * handbook, the page around it about 7 KB: eight such models stay under the 100 KB budget of a page.
 */
export const HANDBOOK_PART_SIZE = 8;

/** One printable volume: a field's models, or one part of them when the field has many. */
export interface HandbookVolume<T> extends HandbookGroup<T> {
  /** 1-based part of the field, and how many parts the field has. */
  part: number;
  parts: number;
}

/** Splits each field into parts of at most `size` models, keeping the catalogue's numbering. */
export function handbookVolumes<T>(groups: readonly HandbookGroup<T>[], size = HANDBOOK_PART_SIZE): HandbookVolume<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`part size must be a positive integer, got ${size}`);
  return groups.flatMap((g) => {
    const parts = Math.ceil(g.models.length / size);
    return Array.from({ length: parts }, (_, i) => ({
      ...g,
      start: g.start + i * size,
      models: g.models.slice(i * size, (i + 1) * size),
      part: i + 1,
      parts,
    }));
  });
}
