/**
 * npm run lighthouse — Lighthouse (mobile and desktop presets) on one page of every page type of a built
 * site, as a Markdown table: performance, accessibility, best practices, SEO, CLS, LCP, TBT, and the
 * accessibility audits that failed, by id.
 *
 * It serves the build with the benchmarks' plain static server (a missing path answers with 404.html and
 * status 404, as a static host does) and runs the `lighthouse` CLI once per page and preset, each time in a
 * fresh headless Chromium (CHROME_PATH, default /usr/bin/chromium). Scores depend on the machine's load:
 * compare tables made on the same machine, and prefer --runs 3 (medians) when the machine is busy.
 *
 * Options:
 *   --dist <dir>        the build to measure (default dist/; build it first with npm run build)
 *   --out <file>        also write the table to this file
 *   --model <slug>      the model page (default: the largest model page in the build, the richest record)
 *   --province <id>     the province page (default: the largest province page in the build)
 *   --runs <n>          runs per page and preset; numbers are medians (default 1)
 *   --only <names>      comma-separated page names to measure (e.g. "home,model"), for a quick look
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { serveStatic } from './bench/lib/static-server.ts';
import { median } from './bench/lib/stats.ts';
import { withLocalBin } from './lib/run.ts';
import { CHROMIUM_PATH, assertChromium } from '../tools/chromium.ts';
import {
  PAGES,
  handbookPrintPath,
  handbookVolumePath,
  modelListPagePath,
  modelPath,
  modelWorkflowPath,
  provincePath,
  searchPath,
} from '../src/lib/site/addresses.ts';

const { values: opts } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string' },
    model: { type: 'string' },
    province: { type: 'string' },
    runs: { type: 'string', default: '1' },
    only: { type: 'string' },
  },
});

const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const PRESETS = ['mobile', 'desktop'] as const;
type Preset = (typeof PRESETS)[number];
/** One run should take well under a minute; a hung Chromium must not hang the table. */
const RUN_TIMEOUT_MS = 240_000;
const run = promisify(execFile);

interface Result {
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  cls: number | null;
  lcp: number | null;
  tbt: number | null;
  /** Failed audits by category, by id. */
  failed: Record<(typeof CATEGORIES)[number], string[]>;
  error?: string;
}

/** The page directory under `root` whose index.html is largest: the richest record of that type. */
function largestPage(root: string): string | undefined {
  if (!existsSync(root)) return undefined;
  const sizes = readdirSync(root)
    .map((name) => ({ name, file: join(root, name, 'index.html') }))
    .filter((d) => existsSync(d.file))
    .map((d) => ({ name: d.name, size: statSync(d.file).size }))
    .sort((a, b) => b.size - a.size);
  return sizes[0]?.name;
}

function pageTypes(dist: string): { name: string; label: string; path: string }[] {
  const model = opts.model ?? largestPage(join(dist, 'mo-hinh'));
  const province = opts.province ?? largestPage(join(dist, 'dia-phuong'));
  if (!model || !province) throw new Error(`${dist} has no model or province pages: is it a build of this site?`);
  // Page types a build before the handbook volumes and the paged model list does not have.
  const volume = largestPage(join(dist, 'so-tay'));
  const listPage2 = existsSync(join(dist, modelListPagePath(2), 'index.html'));
  return [
    { name: 'home', label: 'Trang chủ', path: PAGES.home },
    { name: 'models', label: 'Danh sách mô hình', path: PAGES.models },
    ...(listPage2 ? [{ name: 'models-page', label: 'Danh sách mô hình, trang 2', path: modelListPagePath(2) }] : []),
    { name: 'model', label: `Mô hình (${model})`, path: modelPath(model) },
    { name: 'model-workflow', label: 'Nhân rộng một mô hình', path: modelWorkflowPath(model) },
    { name: 'workflow', label: 'Nhân rộng', path: PAGES.replicate },
    { name: 'provinces', label: 'Địa phương', path: PAGES.provinces },
    { name: 'province', label: `Tỉnh (${province})`, path: provincePath(province) },
    { name: 'map', label: 'Bản đồ', path: PAGES.map },
    { name: 'search', label: 'Tìm kiếm "camera"', path: searchPath('camera') },
    { name: 'data', label: 'Dữ liệu mở', path: PAGES.data },
    { name: 'handbook', label: 'Sổ tay', path: PAGES.handbook },
    ...(volume
      ? [
          { name: 'handbook-volume', label: `Sổ tay, một tập (${volume})`, path: handbookVolumePath(volume) },
          { name: 'handbook-print', label: 'Sổ tay, bản in A4', path: handbookPrintPath(volume) },
        ]
      : []),
    { name: 'not-found', label: '404', path: '/khong-co-trang-nay/' },
  ];
}

async function runLighthouse(url: string, preset: Preset, workDir: string): Promise<Result> {
  const output = join(workDir, 'report.json');
  rmSync(output, { force: true });
  const args = [
    url,
    '--quiet',
    '--output=json',
    `--output-path=${output}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    // The 404 page answers with status 404, as it should; measure it anyway.
    '--ignore-status-code',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  // Asynchronous, so that this process's static server keeps answering Chromium while Lighthouse runs.
  const failure = await run('lighthouse', args, {
    env: { ...withLocalBin(), CHROME_PATH: CHROMIUM_PATH },
    timeout: RUN_TIMEOUT_MS,
  }).then(
    () => undefined,
    (error: { stderr?: string; message: string }) => error.stderr?.trim().split('\n').at(-1) || error.message,
  );
  const empty = { performance: null, accessibility: null, 'best-practices': null, seo: null };
  if (failure || !existsSync(output)) {
    return { scores: empty, cls: null, lcp: null, tbt: null, failed: emptyFailed(), error: failure ?? 'no report written' };
  }
  const lhr = JSON.parse(readFileSync(output, 'utf8'));
  const numeric = (id: string): number | null => lhr.audits[id]?.numericValue ?? null;
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]),
  ) as Result['scores'];
  const failed = Object.fromEntries(
    CATEGORIES.filter((c) => c !== 'performance').map((c) => [
      c,
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref: { id: string; weight: number }) => ref.weight > 0)
        .map((ref: { id: string }) => lhr.audits[ref.id])
        .filter(
          (a: { score: number | null; scoreDisplayMode: string }) =>
            a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative',
        )
        .map((a: { id: string }) => a.id),
    ]),
  ) as Result['failed'];
  failed.performance = [];
  return {
    scores,
    cls: numeric('cumulative-layout-shift'),
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    failed,
    error: lhr.runtimeError?.message,
  };
}

function emptyFailed(): Result['failed'] {
  return { performance: [], accessibility: [], 'best-practices': [], seo: [] };
}

/** Medians of several runs; failed audits are those that failed in any run. */
function combine(runs: Result[]): Result {
  const med = (values: (number | null)[]) => {
    const known = values.filter((v): v is number => v !== null);
    return known.length > 0 ? median(known) : null;
  };
  const failed = emptyFailed();
  for (const c of CATEGORIES) failed[c] = [...new Set(runs.flatMap((r) => r.failed[c]))].sort();
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, med(runs.map((r) => r.scores[c]))])) as Result['scores'],
    cls: med(runs.map((r) => r.cls)),
    lcp: med(runs.map((r) => r.lcp)),
    tbt: med(runs.map((r) => r.tbt)),
    failed,
    error: runs.find((r) => r.error)?.error,
  };
}

const cell = (v: number | null, format: (n: number) => string) => (v === null ? '–' : format(v));
const score = (v: number | null) => cell(v, (n) => String(Math.round(n)));
const seconds = (v: number | null) => cell(v, (n) => `${(n / 1000).toFixed(1)} s`);
const millis = (v: number | null) => cell(v, (n) => `${Math.round(n)} ms`);
const shift = (v: number | null) => cell(v, (n) => n.toFixed(3));

async function main(): Promise<void> {
  assertChromium();
  const dist = resolve(opts.dist!);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`No built site in ${dist}: run npm run build first (or pass --dist).`);
  const runs = Math.max(1, Number(opts.runs));
  const only = opts.only?.split(',').map((s) => s.trim());
  const pages = pageTypes(dist).filter((p) => !only || only.includes(p.name));
  const server = await serveStatic(dist, { notFoundPage: '404.html' });
  const workDir = mkdtempSync(join(tmpdir(), 'mhtb-lighthouse-'));
  const rows: { page: (typeof pages)[number]; preset: Preset; result: Result }[] = [];
  try {
    for (const page of pages) {
      for (const preset of PRESETS) {
        const results: Result[] = [];
        for (let i = 0; i < runs; i++) results.push(await runLighthouse(server.base + page.path, preset, workDir));
        const result = combine(results);
        rows.push({ page, preset, result });
        const s = result.scores;
        console.error(
          `${page.path} ${preset}: ${[s.performance, s.accessibility, s['best-practices'], s.seo].map(score).join(' / ')}, CLS ${shift(result.cls)}${result.error ? ` (${result.error})` : ''}`,
        );
      }
    }
  } finally {
    server.close();
    rmSync(workDir, { recursive: true, force: true });
  }

  const lines = [
    `Lighthouse ${lighthouseVersion()} on \`${opts.dist}\`, ${runs === 1 ? 'one run' : `medians of ${runs} runs`} per page and preset (${new Date().toISOString().slice(0, 16)}Z).`,
    '',
    '| Page | Path | Preset | Performance | Accessibility | Best practices | SEO | CLS | LCP | TBT |',
    '| --- | --- | --- | --: | --: | --: | --: | --: | --: | --: |',
    ...rows
      .map(({ page, preset, result: r }) =>
        [
          page.label,
          `\`${page.path}\``,
          preset,
          score(r.scores.performance),
          score(r.scores.accessibility),
          score(r.scores['best-practices']),
          score(r.scores.seo),
          shift(r.cls),
          seconds(r.lcp),
          millis(r.tbt),
        ].join(' | '),
      )
      .map((row) => `| ${row} |`),
    '',
    ...failedSection(rows, 'accessibility', 'Accessibility audits that failed'),
    ...failedSection(rows, 'best-practices', 'Best-practice audits that failed'),
    ...failedSection(rows, 'seo', 'SEO audits that failed'),
    ...rows.filter((r) => r.result.error).map((r) => `- ${r.page.path} (${r.preset}): ${r.result.error}`),
  ];
  const markdown = `${lines.join('\n').trimEnd()}\n`;
  console.log(markdown);
  if (opts.out) writeFileSync(opts.out, markdown);
}

function failedSection(
  rows: { page: { path: string }; preset: Preset; result: Result }[],
  category: (typeof CATEGORIES)[number],
  title: string,
): string[] {
  const failing = rows.filter((r) => r.result.failed[category].length > 0);
  return [
    `${title}:${failing.length === 0 ? ' none.' : ''}`,
    ...failing.map((r) => `- \`${r.page.path}\` (${r.preset}): ${r.result.failed[category].join(', ')}`),
    '',
  ];
}

function lighthouseVersion(): string {
  const pkg = JSON.parse(readFileSync(join('node_modules', 'lighthouse', 'package.json'), 'utf8'));
  return pkg.version;
}

await main();
