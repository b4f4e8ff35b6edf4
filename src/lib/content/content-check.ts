/**
 * Validates every content file and every cross-reference, and reports all problems at once.
 * Astro stops at the first invalid entry and only logs a broken reference, so the build runs
 * this first (scripts/check-content.ts). Pure: it receives file texts, it reads nothing itself.
 * Files are read with Astro's own readers (frontmatter: @astrojs/internal-helpers; YAML: js-yaml),
 * so a file that builds passes this check and the reverse.
 */
import { load, YAMLException } from 'js-yaml';
import { extractFrontmatter, parseFrontmatter as astroFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { z } from '../../schema/zod.ts';
import { deploymentSchema, type Deployment } from '../../schema/deployment.ts';
import { modelSchema, type Model } from '../../schema/model.ts';
import { provinceSchema, type Province } from '../../schema/province.ts';
import { figureSchema, NATIONAL_SCOPE, type Figure } from '../../schema/figure.ts';
import type { AdminGeo } from '../geo/place-check.ts';
import { SLUG_PATTERN } from '../../schema/common.ts';
import { todayInVietnam } from '../format/dates.ts';
import { checkDeploymentReferences, checkRecord, issuesToProblems, type Problem } from './records.ts';

export interface ContentFile {
  /** Path relative to the content folder, with forward slashes: "models/x.mdx". */
  path: string;
  text: string;
}

/** A content file as parsed (YAML, before any schema): what a later reader may take instead of the text. */
export interface ParsedFile {
  path: string;
  value: unknown;
}

export interface CheckedContent {
  problems: Problem[];
  models: Map<string, Model>;
  deployments: Map<string, Deployment>;
  /** The valid deployment files as parsed, in file order: kept for the build (tools/deployment-snapshot.ts). */
  parsedDeployments: ParsedFile[];
  provinces: Map<string, Province>;
  figures: Map<string, Figure>;
}

/** A reader's error as a problem, with the line when the YAML parser knows it. */
function unreadable(file: string, error: unknown, firstLine = 1): Problem {
  if (error instanceof YAMLException) {
    const line = error.mark ? ` (dòng ${error.mark.line + firstLine})` : '';
    return { file, field: '', message: `YAML không đọc được${line}: ${error.reason}` };
  }
  return { file, field: '', message: `không đọc được: ${error instanceof Error ? error.message : String(error)}` };
}

/** A YAML file → value, read as Astro reads data files (js-yaml), or the parser's error as a problem. */
export function parseYaml(file: string, text: string): { value?: unknown; problem?: Problem } {
  try {
    return { value: load(text, { filename: file }) };
  } catch (error) {
    return { problem: unreadable(file, error) };
  }
}

/** The frontmatter of an MDX file, found and read exactly as Astro does (a byte-order mark, blank lines first…). */
export function parseFrontmatter(file: string, text: string): { value?: unknown; problem?: Problem } {
  if (extractFrontmatter(text) === undefined)
    return { problem: { file, field: '', message: 'thiếu phần frontmatter (--- … ---) ở đầu tệp' } };
  try {
    return { value: astroFrontmatter(text).frontmatter };
  } catch (error) {
    // The frontmatter's first line is the one after the opening ---.
    return { problem: unreadable(file, error, 1) };
  }
}

/** "deployments/<model-slug>/<place-slug>.yaml" → the deployment's id, "<model-slug>/<place-slug>". */
export function deploymentId(path: string): string {
  return path.replace(/^deployments\//, '').replace(/\.yaml$/, '');
}

/**
 * One deployment file read and validated with the schema, as the site reads it (src/data/collections.ts):
 * the record, or its problems. The content check adds dates and cross-references on top.
 */
export function readDeploymentFile(f: ContentFile): { data?: Deployment; problems: Problem[] } {
  const { value, problem } = parseYaml(f.path, f.text);
  return problem ? { problems: [problem] } : deploymentFromValue(f.path, value);
}

/** One deployment file's parsed YAML validated with the schema: the record, or its problems. */
export function deploymentFromValue(path: string, value: unknown): { data?: Deployment; problems: Problem[] } {
  const parsed = deploymentSchema.safeParse(value);
  return parsed.success ? { data: parsed.data, problems: [] } : { problems: issuesToProblems(path, parsed.error, [], value) };
}

function fileStem(path: string): string {
  return path
    .split('/')
    .pop()!
    .replace(/\.[^.]+$/, '');
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
  const parsedDeployments: ParsedFile[] = [];
  const provinces = new Map<string, Province>();
  const figures = new Map<string, Figure>();
  /** A file as parsed, checked against its schema; its problems are collected, the record returned when valid. */
  const readRecord = <T>(path: string, { value, problem }: ReturnType<typeof parseYaml>, schema: z.ZodType<T>): T | undefined => {
    const checked = problem ? { problems: [problem] } : checkRecord(path, schema, value, today);
    problems.push(...checked.problems);
    return checked.data;
  };

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
    const model = readRecord(f.path, parseFrontmatter(f.path, f.text), modelSchema);
    if (model) models.set(slug, model);
  }

  const modelSlugsOnDisk = new Set(files.filter((f) => f.path.startsWith('models/')).map((f) => fileStem(f.path)));
  for (const f of files.filter((f) => f.path.startsWith('deployments/'))) {
    if (!f.path.endsWith('.yaml')) {
      problems.push({ file: f.path, field: '', message: 'tệp điểm triển khai phải có đuôi .yaml' });
      continue;
    }
    const parsed = parseYaml(f.path, f.text);
    const d = readRecord(f.path, parsed, deploymentSchema);
    if (!d) continue;
    parsedDeployments.push({ path: f.path, value: parsed.value });
    if (!SLUG_PATTERN.test(fileStem(f.path))) {
      // The file name is the record's id in the site (src/data/collections.ts) and part of its address.
      problems.push({ file: f.path, field: '', message: 'tên tệp phải là slug không dấu (chữ thường, số, gạch ngang)' });
    }
    deployments.set(deploymentId(f.path), d);
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
          problems.push({
            file: figureFile.path,
            field: `${i}.scope`,
            message: `phạm vi phải là "${NATIONAL_SCOPE}" hoặc mã một tỉnh, thành trong provinces.yaml`,
          });
        figures.set(f.id, f);
      });
  }

  return { problems, models, deployments, parsedDeployments, provinces, figures };
}

export const FIGURES_FILE = 'figures.yaml';
