/**
 * The checks of one record, shared by the build's content check, the authoring scripts and the
 * browser (the workflow checks the deployment record it writes before the user downloads it):
 * schema problems named by file and field, dates after today, and a deployment's cross-references.
 */
import type { z } from '../../schema/zod.ts';
import type { Deployment } from '../../schema/deployment.ts';
import type { Model } from '../../schema/model.ts';
import type { Province } from '../../schema/province.ts';
import { inBox } from '../../schema/geo.ts';
import { notInFuture } from '../../schema/common.ts';
import { checkPlace, type AdminGeo } from '../geo/place-check.ts';
import { isAfter } from '../format/dates.ts';

export interface Problem {
  file: string;
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.field ? ` › ${p.field}` : ''}: ${p.message}`;
}

/** The value at a Zod issue path inside the raw input ("absent" when any step of the path is missing). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Zod issues as problems naming the file and the field. `input` is the raw value that was parsed: with
 * it, a missing field is told apart from a field of the wrong type (Zod reports both as invalid_type).
 */
export function issuesToProblems(file: string, error: z.ZodError, prefix: (string | number)[] = [], input?: unknown): Problem[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path].map(String).join('.');
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') message = `trường không được phép: ${issue.keys.join(', ')}`;
    if (issue.code === 'invalid_value' && 'values' in issue)
      message = `giá trị không hợp lệ; chọn một trong: ${issue.values.map(String).join(', ')}`;
    const absent = input === undefined ? issue.input === undefined : valueAt(input, issue.path) === undefined;
    if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && absent) message = 'thiếu trường bắt buộc';
    return { file, field: path, message };
  });
}

type Walkable = z.core.$ZodType;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);
const DATE_LIKE = /^\d{4}(-\d{2}){0,2}$/;

/** The schemas nested in one schema node, as `futureDates` walks them. */
function childrenOf(node: Walkable): Walkable[] {
  const def = node._zod.def as unknown as Record<string, unknown> & { type: string };
  if (def.type === 'object') return Object.values(def.shape as Record<string, Walkable>);
  if (def.type === 'array') return [def.element as Walkable];
  if (def.type === 'record') return [def.valueType as Walkable];
  if (def.type === 'union') return def.options as Walkable[];
  if (def.type === 'pipe') return [def.in as Walkable, def.out as Walkable];
  if (WRAPPERS.has(def.type)) return [def.innerType as Walkable];
  return [];
}

/** Whether a schema node or one nested in it is registered in notInFuture (remembered per node). */
const holdsDateRule = new WeakMap<Walkable, boolean>();
function hasDateRule(node: Walkable): boolean {
  let known = holdsDateRule.get(node);
  if (known === undefined) {
    holdsDateRule.set(node, false); // a recursive schema is not walked twice
    known = notInFuture.get(node as z.ZodType) !== undefined || childrenOf(node).some(hasDateRule);
    holdsDateRule.set(node, known);
  }
  return known;
}

/**
 * Dates and years after `today`: the schema is walked beside the value, and every field registered in
 * notInFuture (src/schema/common.ts) is compared with today. The schemas hold no clock, so this is
 * where "not in the future" is decided, for the build, the authoring scripts and the browser alike.
 */
export function futureDates(file: string, schema: Walkable, value: unknown, today: string, prefix: (string | number)[] = []): Problem[] {
  const problems: Problem[] = [];
  const walk = (node: Walkable, v: unknown, path: (string | number)[]) => {
    // Most of a record holds no date: 124,000 deployments are checked in seconds only if those parts are skipped.
    if (v === undefined || v === null || !hasDateRule(node)) return;
    const rule = notInFuture.get(node as z.ZodType);
    const date = v instanceof Date ? v.toISOString().slice(0, 10) : v;
    if (rule && (typeof date === 'number' || (typeof date === 'string' && DATE_LIKE.test(date))) && isAfter(date, today))
      problems.push({ file, field: path.join('.'), message: rule.message });
    const def = node._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === 'object' && typeof v === 'object')
      for (const [key, child] of Object.entries(def.shape as Record<string, Walkable>))
        walk(child, (v as Record<string, unknown>)[key], [...path, key]);
    else if (def.type === 'array' && Array.isArray(v)) v.forEach((item, i) => walk(def.element as Walkable, item, [...path, i]));
    else if (def.type === 'record' && typeof v === 'object')
      for (const [key, item] of Object.entries(v as Record<string, unknown>)) walk(def.valueType as Walkable, item, [...path, key]);
    else if (def.type === 'union') for (const option of def.options as Walkable[]) walk(option, v, path);
    else if (def.type === 'pipe')
      walk((def.out as Walkable)._zod.def.type === 'transform' ? (def.in as Walkable) : (def.out as Walkable), v, path);
    else if (WRAPPERS.has(def.type)) walk(def.innerType as Walkable, v, path);
  };
  walk(schema, value, prefix);
  return problems;
}

/**
 * One record checked against its schema: every schema problem, and every date after `today`.
 * `data` is set only when there is no problem.
 */
export function checkRecord<T>(
  file: string,
  schema: z.ZodType<T>,
  raw: unknown,
  today: string,
  prefix: (string | number)[] = [],
): { data?: T; problems: Problem[] } {
  const parsed = schema.safeParse(raw);
  const problems = [
    ...(parsed.success ? [] : issuesToProblems(file, parsed.error, prefix, raw)),
    ...futureDates(file, schema, parsed.success ? parsed.data : raw, today, prefix),
  ];
  return parsed.success && problems.length === 0 ? { data: parsed.data, problems } : { problems };
}

/**
 * Cross-references of one deployment: its model and province exist, its coordinates fall in the
 * province (its boundary with `geo`, else its box) and in its commune when the code is given, its review indicators are the model's, and its folder is its model's slug.
 * Shared with the browser, which checks a deployment record before the user downloads it.
 */
export function checkDeploymentReferences(
  file: string,
  d: Deployment,
  refs: { models: Map<string, Model>; modelSlugs?: Set<string>; provinces: Map<string, Province>; geo?: AdminGeo },
): Problem[] {
  const problems: Problem[] = [];
  const knownModel = refs.modelSlugs ? refs.modelSlugs.has(d.model) : refs.models.has(d.model);
  if (!knownModel) problems.push({ file, field: 'model', message: `không có mô hình "${d.model}" (content/models/${d.model}.mdx)` });
  const folder = file.split('/').slice(-2, -1)[0];
  if (file.startsWith('deployments/') && folder !== d.model) {
    problems.push({ file, field: 'model', message: `tệp phải nằm trong thư mục deployments/${d.model}/` });
  }
  const province = refs.provinces.get(d.province);
  if (!province) {
    problems.push({ file, field: 'province', message: `không có tỉnh, thành "${d.province}" trong provinces.yaml` });
  } else if (refs.geo) {
    problems.push(...checkPlace(file, d, province, refs.geo));
  } else if (!inBox(d.coordinates, province.bounds)) {
    problems.push({
      file,
      field: 'coordinates',
      message: `tọa độ (${d.coordinates.lat}, ${d.coordinates.lon}) nằm ngoài phạm vi ${province.fullName}`,
    });
  }
  const model = refs.models.get(d.model);
  if (model) {
    const indicatorIds = new Set(model.replication.indicators.map((i) => i.id));
    d.reviews.forEach((r, i) =>
      r.indicators.forEach((v, j) => {
        if (!indicatorIds.has(v.indicator))
          problems.push({
            file,
            field: `reviews.${i}.indicators.${j}.indicator`,
            message: `mô hình "${d.model}" không có chỉ số "${v.indicator}"`,
          });
      }),
    );
  }
  return problems;
}
