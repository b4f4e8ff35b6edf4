/**
 * npm run bench:search — the search at scale. Generates 2,500 synthetic model pages (plus the real
 * provinces) into bench-out/search-content/, builds the site from them into bench-out/search-dist/
 * (content/ and dist/ are not touched), then reports:
 *   - the size of the Pagefind index (files and bytes, and what a visitor downloads at most),
 *   - the bytes the search page fetches from /pagefind/ for a typical query,
 *   - time to first results in headless Chromium: opening /tim-kiem/?q=… cold, and typing a query on
 *     a page already loaded; medians of several runs.
 * Run it under the shared build lock: flock /tmp/mhtb-build.lock npm run bench:search
 * Options: --models N (default 2500), --runs N (default 7), --skip-build (reuse the last build).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, assertChromium } from '../../test/e2e/harness/chromium.ts';
import { run, withLocalBin } from '../lib/run.ts';
import { BODIES, EFFECT_LEVELS, FIELDS, PROBLEMS, RECOGNITION, SETTING_TRAITS, UNIT_TYPES } from '../../src/schema/vocab.ts';
import { slugify } from '../../src/lib/format/slug.ts';

const { values: opts } = parseArgs({
  options: {
    models: { type: 'string', default: '2500' },
    runs: { type: 'string', default: '7' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const MODELS = Number(opts.models);
const RUNS = Number(opts.runs);
const CONTENT = 'bench-out/search-content';
const DIST = 'bench-out/search-dist';
const QUERY = 'den tran';
const TYPED = 'camera giam sat';

// ---------------------------------------------------------------- synthetic content (deterministic)

function prng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}
const rand = prng(20250701);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
const some = <T>(list: readonly T[], n: number): T[] => [...new Set(Array.from({ length: n }, () => pick(list)))];

const TOPICS = [
  'Tự quản an ninh trật tự', 'Camera giám sát an ninh', 'Hòm thư tố giác tội phạm', 'Tổ hòa giải ở cơ sở',
  'Đội thanh niên xung kích', 'Dân vận khéo', 'Giáo dục người lầm lỗi', 'Diễn đàn lắng nghe ý kiến nhân dân',
  'Tổ liên gia an toàn', 'Chợ an toàn về an ninh trật tự', 'Bến đò an toàn', 'Đường hoa, đường cờ, đường camera',
  'Zalo an ninh khu dân cư', 'Phụ nữ tham gia phòng chống tội phạm', 'Cựu chiến binh giúp nhau',
];
const PLACES = [
  'đền Trần', 'đền Tiên La', 'xã Long Hưng', 'phường Hoàn Kiếm', 'xã Đồng Tâm', 'thôn Đông', 'khu phố 3', 'bản Nà Phặc',
  'chợ Đồng Xuân', 'khu công nghiệp Đình Vũ', 'phường Điện Biên', 'xã Đắk Mil', 'đặc khu Phú Quốc', 'thị trấn cũ Đức Thọ',
];
const WORDS = (
  'an ninh trật tự tổ dân phố khu dân cư người dân công an xã phường mặt trận tổ quốc đoàn thể hội phụ nữ cựu chiến binh ' +
  'thanh niên tuần tra canh gác phòng ngừa phát hiện tố giác tội phạm tệ nạn xã hội ma túy trộm cắp đánh bạc hòa giải mâu thuẫn ' +
  'tuyên truyền pháp luật đội tự quản đăng ký tạm trú lưu trú camera giám sát điện thoại kết nối đường dây nóng họp định kỳ ' +
  'sơ kết tổng kết khen thưởng kinh phí xã hội hóa ngân sách địa bàn trọng điểm phức tạp đền chùa di tích lễ hội du lịch ' +
  'đồng bào dân tộc tôn giáo biên giới biển đảo nông thôn đô thị nhà trường doanh nghiệp cơ quan đơn vị gia đình học sinh'
).split(' ');

const sentence = (n: number) => {
  const s = Array.from({ length: n }, () => pick(WORDS)).join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
};
const paragraph = () => Array.from({ length: 4 + Math.floor(rand() * 4) }, () => sentence(10 + Math.floor(rand() * 10))).join(' ');
const yamlList = (items: string[]) => `[${items.join(', ')}]`;

function modelFile(i: number): { slug: string; text: string } {
  const title = `${pick(TOPICS)} tại ${pick(PLACES)} số ${i + 1}`;
  const slug = slugify(title);
  const field = pick(FIELDS.keys);
  const text = `---
title: "${title}"
summary: "${sentence(18)}"
field: ${field}
tags: ${yamlList(some(WORDS, 3))}
unitTypes: ${yamlList(some(UNIT_TYPES.keys, 2))}
settingTraits: ${yamlList(some(SETTING_TRAITS.keys, 2))}
leadBodies: ${yamlList(some(BODIES.keys, 1))}
partners: ${yamlList(some(BODIES.keys, 2))}
problem: "${sentence(14)}"
coreComponents: ["${sentence(8)}", "${sentence(8)}"]
risks: ["${sentence(10)}"]
problems: ${yamlList(some(PROBLEMS.keys, 2))}
evidence:
  recognition: [{ kind: ${pick(RECOGNITION.keys)}, source: nguon-tong-hop }]
  effect: { prevention: ${pick(EFFECT_LEVELS.keys)}, detection: ${pick(EFFECT_LEVELS.keys)} }
sources:
  - { id: nguon-tong-hop, title: "Nguồn tổng hợp dùng cho đo hiệu năng", publisher: Benchmark, date: "2023-07-24", url: "https://example.vn/nguon" }
updated: 2025-01-01
---

## Bối cảnh

${paragraph()}

## Cách làm

${paragraph()}

${paragraph()}

## Kết quả

${paragraph()}
`;
  return { slug, text };
}

function generate(): void {
  rmSync(CONTENT, { recursive: true, force: true });
  mkdirSync(join(CONTENT, 'models'), { recursive: true });
  mkdirSync(join(CONTENT, 'deployments'), { recursive: true });
  cpSync('content/provinces.yaml', join(CONTENT, 'provinces.yaml'));
  for (let i = 0; i < MODELS; i += 1) {
    const { slug, text } = modelFile(i);
    writeFileSync(join(CONTENT, 'models', `${slug}.mdx`), text);
  }
}

// ---------------------------------------------------------------- measuring

function sizeOf(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    files += 1;
    bytes += statSync(join(e.parentPath, e.name)).size;
  }
  return { files, bytes };
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** A plain static server for the bench build (bytes on the wire = file sizes; Pagefind files are already compressed). */
function serve(root: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    let path = join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${Math.round(n)} ms`;

async function measure(base: string) {
  assertChromium();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const cold: number[] = [];
  const typed: number[] = [];
  const fetched: number[] = [];
  let firstResult = '';
  try {
    for (let i = 0; i < RUNS; i += 1) {
      // A fresh context each run: nothing cached.
      const context = await browser.newContext();
      const page = await context.newPage();
      let bytes = 0;
      page.on('requestfinished', async (req) => {
        if (!new URL(req.url()).pathname.startsWith('/pagefind/')) return;
        const sizes = await req.sizes().catch(() => undefined);
        if (sizes) bytes += sizes.responseBodySize;
      });
      await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(QUERY)}`);
      await page.waitForSelector('[data-search-results] li', { timeout: 60_000 });
      cold.push(await page.evaluate(() => performance.now()));
      await page.waitForLoadState('networkidle');
      fetched.push(bytes);
      firstResult = await page.textContent('[data-search-results] li h2') ?? '';

      // Typing on a page whose index is already loaded: from the keystroke to the first new result.
      const before = await page.textContent('[data-search-status]');
      const elapsed = await page.evaluate(async ([query, previous]) => {
        const input = document.querySelector<HTMLInputElement>('[data-search-input]')!;
        const status = document.querySelector('[data-search-status]')!;
        const start = performance.now();
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise<void>((resolve) => {
          const check = () => (status.textContent !== previous && /kết quả/.test(status.textContent ?? '') ? resolve() : requestAnimationFrame(check));
          check();
        });
        return performance.now() - start;
      }, [TYPED, before] as const);
      typed.push(elapsed);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { cold, typed, fetched, firstResult };
}

// ---------------------------------------------------------------- main

if (!opts['skip-build']) {
  const env = { ...withLocalBin(), CONTENT_DIR: CONTENT };
  console.log(`Generating ${MODELS} synthetic model pages into ${CONTENT}/ …`);
  generate();
  const started = performance.now();
  run('node', ['scripts/check-content.ts'], { env });
  run('astro', ['build', '--outDir', DIST], { env });
  console.log(`build (content check + astro build + index): ${ms(performance.now() - started)}`);
}

const index = sizeOf(join(DIST, 'pagefind'));
const indexDir = (sub: string) => (existsSync(join(DIST, 'pagefind', sub)) ? sizeOf(join(DIST, 'pagefind', sub)) : { files: 0, bytes: 0 });
const { server, base } = await serve(DIST);
try {
  const m = await measure(base);
  console.log(`
Search benchmark — ${MODELS} synthetic model pages, ${RUNS} runs in headless Chromium
  index total ................ ${index.files} files, ${kb(index.bytes)}
    word index chunks ........ ${indexDir('index').files} files, ${kb(indexDir('index').bytes)}
    page fragments ........... ${indexDir('fragment').files} files, ${kb(indexDir('fragment').bytes)}
    filter chunks ............ ${indexDir('filter').files} files, ${kb(indexDir('filter').bytes)}
  fetched for "${QUERY}" ....... median ${kb(median(m.fetched))} from /pagefind/ (min ${kb(Math.min(...m.fetched))}, max ${kb(Math.max(...m.fetched))})
  first results, cold page ... median ${ms(median(m.cold))} from navigation (runs: ${m.cold.map(ms).join(', ')})
  first results, typing ...... median ${ms(median(m.typed))} from the keystroke, index loaded (runs: ${m.typed.map(ms).join(', ')}; includes the ${120} ms typing pause)
  first result for "${QUERY}": ${m.firstResult.trim()}
`);
} finally {
  server.close();
}
