/**
 * The search index build (tools/search-index.ts) on a tiny built site: which pages go in, which bundle
 * holds each, and which parts of a marked page Pagefind keeps. Runs the real Pagefind binary, bundle by
 * bundle as scripts/search-index.ts does in its processes; reads the fragments it writes the way its
 * browser script does (gzip, then a "pagefind_dcd" signature, then JSON).
 */
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACETS_FILE, narrowAndCount, readFacetFile } from '../../../src/lib/search/facet-counts.ts';
import { SEARCH_BUNDLES } from '../../../src/lib/search/search-bundles.ts';
import { indexBundle, writeFacetMap, type IndexReport } from '../../../tools/search-index.ts';

const page = (body: string) =>
  `<!doctype html><html lang="vi"><head><title>t</title></head><body><nav>Điều hướng chính</nav>${body}</body></html>`;

const MODEL = page(`<article data-pagefind-body>
  <h1 id="tieu-de">Camera giám sát an ninh</h1>
  <h2 id="cach-lam">Cách làm</h2>
  <span data-pagefind-filter="tinh:ha-noi"></span><span data-pagefind-filter="tinh:hue"></span>
  <p>Người dân góp tiền lắp camera ở đầu ngõ.</p>
  <ul><li><strong>Thôn Đông</strong>, xã Vĩnh Sơn</li></ul>
  <figure class="deployment-map"><div data-deployment-map></div>
    <p class="deployment-map__placeholder">Bản đồ cần JavaScript và sẽ hiện khi cuộn tới.</p>
    <figcaption><ul><li>Nhóm bản ghi ở gần nhau: nhấn để phóng to.</li></ul></figcaption>
  </figure>
  <p class="print-only">Danh sách đầy đủ các điểm triển khai: https://example.vn/mo-hinh/camera/#noi-trien-khai</p>
</article>`);

/** More model pages, so that every bundle holds some. */
const OTHER_MODELS = ['hom-thu', 'to-hoa-giai', 'dong-ho'];
const other = (slug: string) => page(`<article data-pagefind-body><h1>Mô hình ${slug}</h1><p>Nội dung ${slug}.</p></article>`);

interface Fragment {
  id: string;
  bundle: number;
  url: string;
  content: string;
  anchors: unknown[];
}

let site: string;
let reports: IndexReport[];
let fragments: Fragment[];

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'search-index-'));
  mkdirSync(join(site, 'mo-hinh/camera/nhan-rong'), { recursive: true });
  mkdirSync(join(site, 'dia-phuong/ha-noi'), { recursive: true });
  writeFileSync(join(site, 'mo-hinh/camera/index.html'), MODEL);
  for (const slug of OTHER_MODELS) {
    mkdirSync(join(site, 'mo-hinh', slug));
    writeFileSync(join(site, 'mo-hinh', slug, 'index.html'), other(slug));
  }
  // A page of a searched type without the marker: read, not indexed.
  writeFileSync(join(site, 'dia-phuong/ha-noi/index.html'), page('<main><h1>Thành phố Hà Nội</h1></main>'));
  // Page types nobody searches for (a model's planning workflow, a list): not even read, marker or not.
  writeFileSync(join(site, 'mo-hinh/camera/nhan-rong/index.html'), page('<main data-pagefind-body><h1>Lập kế hoạch nhân rộng</h1></main>'));
  writeFileSync(join(site, 'mo-hinh/index.html'), page('<main data-pagefind-body><h1>Danh sách mô hình</h1></main>'));
  reports = [];
  for (const bundle of SEARCH_BUNDLES.keys()) reports.push(await indexBundle(site, bundle));
  await writeFacetMap(site);
  fragments = SEARCH_BUNDLES.flatMap((dir, bundle) =>
    readdirSync(join(site, dir, 'fragment')).map((f) => {
      const raw = gunzipSync(readFileSync(join(site, dir, 'fragment', f)));
      expect(raw.subarray(0, 12).toString()).toBe('pagefind_dcd');
      return {
        id: f.replace(/\.pf_fragment$/, ''),
        bundle,
        ...(JSON.parse(raw.subarray(12).toString('utf8')) as Omit<Fragment, 'id' | 'bundle'>),
      };
    }),
  );
}, 60_000);

const camera = () => fragments.find((f) => f.url === '/mo-hinh/camera/')!;

afterAll(() => {
  if (site) rmSync(site, { recursive: true, force: true });
});

describe('the search index', () => {
  it('holds only model and province pages marked data-pagefind-body, at their site URLs', () => {
    expect(reports.reduce((n, r) => n + r.pages, 0)).toBe(1 + OTHER_MODELS.length);
    expect(reports.reduce((n, r) => n + r.skipped, 0)).toBe(1);
    expect(fragments.map((f) => f.url).sort()).toEqual(['/mo-hinh/camera/', ...OTHER_MODELS.map((s) => `/mo-hinh/${s}/`)].sort());
  });

  it('puts each page in exactly one bundle, and pages in every bundle', () => {
    const urls = fragments.map((f) => f.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const bundle of SEARCH_BUNDLES.keys()) expect(fragments.some((f) => f.bundle === bundle)).toBe(true);
  });

  it('records no anchors, so a loaded result builds no sub-results, and keeps the headings as text', () => {
    expect(camera().anchors).toEqual([]);
    expect(camera().content).toContain('Cách làm');
  });

  it('keeps what a reader searches for, including the places a model is deployed', () => {
    const { content } = camera();
    expect(content).toContain('Camera giám sát an ninh');
    expect(content).toContain('lắp camera ở đầu ngõ');
    expect(content).toContain('Thôn Đông');
  });

  it("writes the facet values of the pages of every bundle beside the index, by Pagefind's page id", () => {
    const file = JSON.parse(readFileSync(join(site, FACETS_FILE), 'utf8'));
    const index = readFacetFile(file);
    expect([...index.pageNumber.keys()].sort()).toEqual(fragments.map((f) => f.id).sort());
    expect(file.bundles).toEqual([...SEARCH_BUNDLES]);
    const { counts } = narrowAndCount(index, [camera().id], {});
    expect(counts).toEqual({ tinh: { 'ha-noi': 1, hue: 1 } });
  });

  it('leaves out the map controls and the print-only copy of the page address', () => {
    const { content } = camera();
    expect(content).not.toContain('Bản đồ cần JavaScript');
    expect(content).not.toContain('phóng to');
    expect(content).not.toContain('example.vn');
    expect(content).not.toContain('Điều hướng chính');
  });
});

describe('the search index of a site with a single searched page', () => {
  it('builds every bundle, one of them empty, and a facet map of that page', async () => {
    const small = mkdtempSync(join(tmpdir(), 'search-index-one-'));
    try {
      mkdirSync(join(small, 'mo-hinh/camera'), { recursive: true });
      writeFileSync(join(small, 'mo-hinh/camera/index.html'), MODEL);
      const built = [];
      for (const bundle of SEARCH_BUNDLES.keys()) built.push(await indexBundle(small, bundle));
      await writeFacetMap(small);
      expect(built.map((r) => r.pages).sort()).toEqual([0, 1]);
      const file = JSON.parse(readFileSync(join(small, FACETS_FILE), 'utf8'));
      expect(readFacetFile(file).pageNumber.size).toBe(1);
      // The search page opens only the bundle with the page: Pagefind fails on one without ("No language indexes found").
      expect(file.bundles).toEqual([SEARCH_BUNDLES[built.findIndex((r) => r.pages === 1)]]);
    } finally {
      rmSync(small, { recursive: true, force: true });
    }
  }, 60_000);
});
