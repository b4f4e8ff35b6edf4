/**
 * The search index build (tools/search-index.ts) on a tiny built site: which pages go in, and
 * which parts of a marked page Pagefind keeps. Runs the real Pagefind binary; reads the fragment it
 * writes the way its browser script does (gzip, then a "pagefind_dcd" signature, then JSON).
 */
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACETS_FILE, narrowAndCount, readFacetFile } from '../../../src/lib/search/facet-counts.ts';
import { buildSearchIndex, type IndexReport } from '../../../tools/search-index.ts';

const page = (body: string) =>
  `<!doctype html><html lang="vi"><head><title>t</title></head><body><nav>Điều hướng chính</nav>${body}</body></html>`;

const MODEL = page(`<article data-pagefind-body>
  <h1>Camera giám sát an ninh</h1>
  <span data-pagefind-filter="tinh:ha-noi"></span><span data-pagefind-filter="tinh:hue"></span>
  <p>Người dân góp tiền lắp camera ở đầu ngõ.</p>
  <ul><li><strong>Thôn Đông</strong>, xã Vĩnh Sơn</li></ul>
  <figure class="deployment-map"><div data-deployment-map></div>
    <p class="deployment-map__placeholder">Bản đồ cần JavaScript và sẽ hiện khi cuộn tới.</p>
    <figcaption><ul><li>Nhóm bản ghi ở gần nhau: nhấn để phóng to.</li></ul></figcaption>
  </figure>
  <p class="print-only">Danh sách đầy đủ các điểm triển khai: https://example.vn/mo-hinh/camera/#noi-trien-khai</p>
</article>`);

let site: string;
let report: IndexReport;
let fragments: { id: string; url: string; content: string }[];

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'search-index-'));
  mkdirSync(join(site, 'mo-hinh/camera/nhan-rong'), { recursive: true });
  mkdirSync(join(site, 'dia-phuong/ha-noi'), { recursive: true });
  writeFileSync(join(site, 'mo-hinh/camera/index.html'), MODEL);
  // A page of a searched type without the marker: read, not indexed.
  writeFileSync(join(site, 'dia-phuong/ha-noi/index.html'), page('<main><h1>Thành phố Hà Nội</h1></main>'));
  // Page types nobody searches for (a model's planning workflow, a list): not even read, marker or not.
  writeFileSync(join(site, 'mo-hinh/camera/nhan-rong/index.html'), page('<main data-pagefind-body><h1>Lập kế hoạch nhân rộng</h1></main>'));
  writeFileSync(join(site, 'mo-hinh/index.html'), page('<main data-pagefind-body><h1>Danh sách mô hình</h1></main>'));
  report = await buildSearchIndex(site);
  const dir = join(site, 'pagefind/fragment');
  fragments = readdirSync(dir).map((f) => {
    const raw = gunzipSync(readFileSync(join(dir, f)));
    expect(raw.subarray(0, 12).toString()).toBe('pagefind_dcd');
    return { id: f.replace(/\.pf_fragment$/, ''), ...(JSON.parse(raw.subarray(12).toString('utf8')) as { url: string; content: string }) };
  });
}, 60_000);

afterAll(() => {
  if (site) rmSync(site, { recursive: true, force: true });
});

describe('the search index', () => {
  it('holds only model and province pages marked data-pagefind-body, at their site URLs', () => {
    expect(report).toEqual({ pages: 1, skipped: 1 });
    expect(fragments.map((f) => f.url)).toEqual(['/mo-hinh/camera/']);
  });

  it('keeps what a reader searches for, including the places a model is deployed', () => {
    const [{ content }] = fragments;
    expect(content).toContain('Camera giám sát an ninh');
    expect(content).toContain('lắp camera ở đầu ngõ');
    expect(content).toContain('Thôn Đông');
  });

  it("writes the facet values of each page beside the index, by Pagefind's page id", () => {
    const index = readFacetFile(JSON.parse(readFileSync(join(site, FACETS_FILE), 'utf8')));
    const { counts } = narrowAndCount(index, [fragments[0].id], {});
    expect(counts).toEqual({ tinh: { 'ha-noi': 1, hue: 1 } });
  });

  it('leaves out the map controls and the print-only copy of the page address', () => {
    const [{ content }] = fragments;
    expect(content).not.toContain('Bản đồ cần JavaScript');
    expect(content).not.toContain('phóng to');
    expect(content).not.toContain('example.vn');
    expect(content).not.toContain('Điều hướng chính');
  });
});
