/**
 * Validates every content file and every cross-reference, and reports all problems at once.
 * Astro stops at the first invalid entry and only logs a broken reference, so the build runs
 * this first (scripts/check-content.ts). Pure: it receives file texts, it reads nothing itself.
 */
import { parseDocument } from 'yaml';
import type { z } from '../../schema/zod.ts';
import { deploymentSchema, type Deployment } from '../../schema/deployment.ts';
import { modelSchema, type Model } from '../../schema/model.ts';
import { provinceSchema, type Province } from '../../schema/province.ts';
import { inBox } from '../../schema/geo.ts';
import { figureSchema, NATIONAL_SCOPE, type Figure } from '../../schema/figure.ts';
import { checkPlace, type AdminGeo } from '../geo/place-check.ts';
import { notInFuture, SLUG_PATTERN } from '../../schema/common.ts';
import { isAfter, todayInVietnam } from '../format/dates.ts';

export interface ContentFile {
  /** Path relative to the content folder, with forward slashes: "models/x.mdx". */
  path: string;
  text: string;
}

export interface Problem {
  file: string;
  field: string;
  message: string;
}

export interface CheckedContent {
  problems: Problem[];
  models: Map<string, Model>;
  deployments: Map<string, Deployment>;
  provinces: Map<string, Province>;
  figures: Map<string, Figure>;
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
    if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && absent)
      message = 'thiếu trường bắt buộc';
    return { file, field: path, message };
  });
}

type Walkable = z.core.$ZodType;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);
const DATE_LIKE = /^\d{4}(-\d{2}){0,2}$/;

/**
 * Dates and years after `today`: the schema is walked beside the value, and every field registered in
 * notInFuture (src/schema/common.ts) is compared with today. The schemas hold no clock, so this is
 * where "not in the future" is decided, for the build, the authoring scripts and the browser alike.
 */
export function futureDates(file: string, schema: Walkable, value: unknown, today: string, prefix: (string | number)[] = []): Problem[] {
  const problems: Problem[] = [];
  const walk = (node: Walkable, v: unknown, path: (string | number)[]) => {
    if (v === undefined || v === null) return;
    const rule = notInFuture.get(node as z.ZodType);
    const date = v instanceof Date ? v.toISOString().slice(0, 10) : v;
    if (rule && (typeof date === 'number' || (typeof date === 'string' && DATE_LIKE.test(date))) && isAfter(date, today))
      problems.push({ file, field: path.join('.'), message: rule.message });
    const def = node._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === 'object' && typeof v === 'object')
      for (const [key, child] of Object.entries(def.shape as Record<string, Walkable>)) walk(child, (v as Record<string, unknown>)[key], [...path, key]);
    else if (def.type === 'array' && Array.isArray(v)) v.forEach((item, i) => walk(def.element as Walkable, item, [...path, i]));
    else if (def.type === 'record' && typeof v === 'object')
      for (const [key, item] of Object.entries(v as Record<string, unknown>)) walk(def.valueType as Walkable, item, [...path, key]);
    else if (def.type === 'union') for (const option of def.options as Walkable[]) walk(option, v, path);
    else if (def.type === 'pipe') walk((def.out as Walkable)._zod.def.type === 'transform' ? (def.in as Walkable) : (def.out as Walkable), v, path);
    else if (WRAPPERS.has(def.type)) walk(def.innerType as Walkable, v, path);
  };
  walk(schema, value, prefix);
  return problems;
}

/**
 * One record checked against its schema: every schema problem, and every date after `today`.
 * `data` is set only when there is no problem.
 */
export function checkRecord<T>(file: string, schema: z.ZodType<T>, raw: unknown, today: string, prefix: (string | number)[] = []): { data?: T; problems: Problem[] } {
  const parsed = schema.safeParse(raw);
  const problems = [
    ...(parsed.success ? [] : issuesToProblems(file, parsed.error, prefix, raw)),
    ...futureDates(file, schema, parsed.success ? parsed.data : raw, today, prefix),
  ];
  return parsed.success && problems.length === 0 ? { data: parsed.data, problems } : { problems };
}

/** YAML text → value, or the parser's first error as a problem. */
export function parseYaml(file: string, text: string): { value?: unknown; problem?: Problem } {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const line = e.linePos?.[0]?.line;
    return { problem: { file, field: '', message: `YAML không đọc được${line ? ` (dòng ${line})` : ''}: ${e.message.split('\n')[0]}` } };
  }
  return { value: doc.toJS() };
}

/** The frontmatter of an MDX file: the YAML between the first two `---` lines. */
export function parseFrontmatter(file: string, text: string): { value?: unknown; problem?: Problem } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { problem: { file, field: '', message: 'thiếu phần frontmatter (--- … ---) ở đầu tệp' } };
  return parseYaml(file, match[1]!);
}

function fileStem(path: string): string {
  return path.split('/').pop()!.replace(/\.[^.]+$/, '');
}

/**
 * With `geo` (today's boundaries, src/data/admin), points are checked against the real province and
 * commune boundaries; without it (the browser), against the province's bounding box only.
 * `today` decides which dates lie in the future (today in Vietnam by default).
 */
export function checkContent(files: ContentFile[], geo?: AdminGeo, today: string = todayInVietnam()): CheckedContent {
  const problems: Problem[] = [];
  const models = new Map<string, Model>();
  const deployments = new Map<string, Deployment>();
  const provinces = new Map<string, Province>();
  const figures = new Map<string, Figure>();

  // Provinces: one file, a list.
  const provinceFile = files.find((f) => f.path === 'provinces.yaml');
  if (!provinceFile) {
    problems.push({ file: 'provinces.yaml', field: '', message: 'thiếu tệp danh mục tỉnh, thành' });
  } else {
    const { value, problem } = parseYaml(provinceFile.path, provinceFile.text);
    if (problem) problems.push(problem);
    else if (!Array.isArray(value)) problems.push({ file: provinceFile.path, field: '', message: 'phải là một danh sách' });
    else
      value.forEach((raw, i) => {
        const parsed = provinceSchema.safeParse(raw);
        if (!parsed.success) return problems.push(...issuesToProblems(provinceFile.path, parsed.error, [i], raw));
        if (provinces.has(parsed.data.id))
          return problems.push({ file: provinceFile.path, field: `${i}.id`, message: `mã "${parsed.data.id}" bị trùng` });
        provinces.set(parsed.data.id, parsed.data);
      });
  }

  for (const f of files.filter((f) => f.path.startsWith('models/'))) {
    if (!f.path.endsWith('.mdx')) {
      problems.push({ file: f.path, field: '', message: 'tệp mô hình phải có đuôi .mdx' });
      continue;
    }
    const slug = fileStem(f.path);
    if (!SLUG_PATTERN.test(slug)) {
      problems.push({ file: f.path, field: '', message: 'tên tệp phải là slug không dấu (chữ thường, số, gạch ngang)' });
    }
    const { value, problem } = parseFrontmatter(f.path, f.text);
    if (problem) {
      problems.push(problem);
      continue;
    }
    const checked = checkRecord(f.path, modelSchema, value, today);
    problems.push(...checked.problems);
    if (checked.data) models.set(slug, checked.data);
  }

  const modelSlugsOnDisk = new Set(files.filter((f) => f.path.startsWith('models/')).map((f) => fileStem(f.path)));
  for (const f of files.filter((f) => f.path.startsWith('deployments/'))) {
    if (!f.path.endsWith('.yaml')) {
      problems.push({ file: f.path, field: '', message: 'tệp điểm triển khai phải có đuôi .yaml' });
      continue;
    }
    const { value, problem } = parseYaml(f.path, f.text);
    if (problem) {
      problems.push(problem);
      continue;
    }
    const checked = checkRecord(f.path, deploymentSchema, value, today);
    problems.push(...checked.problems);
    const d = checked.data;
    if (!d) continue;
    deployments.set(f.path.replace(/^deployments\//, '').replace(/\.yaml$/, ''), d);
    problems.push(...checkDeploymentReferences(f.path, d, { models, modelSlugs: modelSlugsOnDisk, provinces, geo }));
  }

  // National and provincial totals: optional file, a list; each scope is the nation or a known province.
  const figureFile = files.find((f) => f.path === FIGURES_FILE);
  if (figureFile) {
    const { value, problem } = parseYaml(figureFile.path, figureFile.text);
    if (problem) problems.push(problem);
    else if (!Array.isArray(value)) problems.push({ file: figureFile.path, field: '', message: 'phải là một danh sách' });
    else
      value.forEach((raw, i) => {
        const checked = checkRecord(figureFile.path, figureSchema, raw, today, [i]);
        if (!checked.data) return problems.push(...checked.problems);
        const f = checked.data;
        if (figures.has(f.id)) return problems.push({ file: figureFile.path, field: `${i}.id`, message: `mã "${f.id}" bị trùng` });
        if (f.scope !== NATIONAL_SCOPE && !provinces.has(f.scope))
          problems.push({ file: figureFile.path, field: `${i}.scope`, message: `phạm vi phải là "${NATIONAL_SCOPE}" hoặc mã một tỉnh, thành trong provinces.yaml` });
        figures.set(f.id, f);
      });
  }

  return { problems, models, deployments, provinces, figures };
}

export const FIGURES_FILE = 'figures.yaml';

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
          problems.push({ file, field: `reviews.${i}.indicators.${j}.indicator`, message: `mô hình "${d.model}" không có chỉ số "${v.indicator}"` });
      }),
    );
  }
  return problems;
}
