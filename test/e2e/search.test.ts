/**
 * Full-text search on the built site, the way people type Vietnamese: with or without accents, "d"
 * for "đ", half-typed words, two-word phrases. Each query must bring the expected model into the top
 * three; facets must narrow; the page must work offline, pass axe, and explain itself without
 * JavaScript; Pagefind must not load anywhere else.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openSession, type Session } from './harness/browser.ts';
import { loadContent } from './harness/content.ts';
import { SEARCH_BUNDLES } from '../../src/lib/search/search-bundles.ts';

const baseUrl = inject('baseUrl');
const url = (path: string) => new URL(path, baseUrl).href;
let session: Session;

beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => session?.close());

/** Waits for the search page to report its result count, then returns the result paths in order. */
async function resultPaths(page: Page): Promise<string[]> {
  await page.waitForFunction(() => /kết quả|Không tìm thấy/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  return page.$$eval('[data-search-results] h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

async function search(query: string): Promise<string[]> {
  const { page } = await session.newPage();
  await page.goto(url(`/tim-kiem/?q=${encodeURIComponent(query)}`));
  const paths = await resultPaths(page);
  await page.close();
  return paths;
}

// Queries as people type them → the model they mean (content/models/<slug>.mdx).
const QUERIES: [query: string, slug: string][] = [
  ['tu quan', 'tu-quan-ve-an-ninh-trat-tu'],
  ['tự quản', 'tu-quan-ve-an-ninh-trat-tu'],
  ['camera giam sat', 'camera-giam-sat-an-ninh-trat-tu'],
  ['Camera giám sát', 'camera-giam-sat-an-ninh-trat-tu'],
  ['den tran', 'tu-quan-an-ninh-trat-tu-tai-di-tich'],
  ['đền Trần', 'tu-quan-an-ninh-trat-tu-tai-di-tich'],
  ['hom thu to giac', 'hom-thu-to-giac-toi-pham'],
  ['nguoi lam loi', 'quan-ly-giao-duc-nguoi-lam-loi-tai-cong-dong'],
  ['dan van kheo', 'dan-van-kheo-trong-cong-an'],
  ['dien dan lang nghe', 'dien-dan-lang-nghe-y-kien-nhan-dan'],
  ['hoa giai', 'tu-phong-tu-quan-tu-bao-ve-tu-hoa-giai'],
  ['to covid', 'to-covid-19-cong-dong'],
  ['cot can uy tin', 'luc-luong-cot-can-nguoi-co-uy-tin'],
  ['tuyen truyen phap luat', 'tuyen-truyen-giao-duc-phap-luat'],
  ['camera gia', 'camera-giam-sat-an-ninh-trat-tu'],
  ['hom th', 'hom-thu-to-giac-toi-pham'],
  ['an toan ve an ninh', 'an-toan-ve-an-ninh-trat-tu'],
];

describe('search finds what people mean', () => {
  for (const [query, slug] of QUERIES) {
    it(`“${query}” → ${slug} in the top three`, async () => {
      const paths = await search(query);
      expect(paths.slice(0, 3)).toContain(`/mo-hinh/${slug}/`);
    });
  }

  it('“trom cap” puts a model about theft in the top three, and no page with only “cấp” (cấp ủy, cấp xã) above it', async () => {
    const { page } = await session.newPage();
    await page.goto(url('/tim-kiem/?q=trom%20cap'));
    const paths = await resultPaths(page);
    const texts = await page.$$eval('[data-search-results] li', (items) => items.map((li) => li.textContent ?? ''));
    await page.close();
    // Models about theft, from the content itself (the problem vocabulary).
    const theft = [...loadContent().models].filter(([, m]) => m.problems.includes('trom-cap-tai-san')).map(([id]) => `/mo-hinh/${id}/`);
    expect(theft.length).toBeGreaterThan(0);
    const first = paths.findIndex((p) => theft.includes(p));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThan(3);
    // Everything above it shows the phrase itself in its excerpt or title.
    for (const text of texts.slice(0, first)) expect(text.normalize('NFC').toLowerCase()).toMatch(/trộm cắp/);
  });

  it('says plainly when nothing matches', async () => {
    const { page } = await session.newPage();
    await page.goto(url('/tim-kiem/?q=xyzzyq'));
    expect(await resultPaths(page)).toEqual([]);
    expect(await page.textContent('[data-search-status]')).toContain('Không tìm thấy kết quả nào cho “xyzzyq”');
    await page.close();
  });

  it('indexes the main content of a page, not its navigation or footer', async () => {
    const { page } = await session.newPage();
    await page.goto(url('/tim-kiem/'));
    // A string, not a function: Vitest would rewrite a dynamic import() inside a function it compiles.
    const content: string = await page.evaluate(`(async () => {
      const pages = [];
      for (const dir of ${JSON.stringify(SEARCH_BUNDLES)}) {
        const pagefind = await import(new URL('/' + dir + '/pagefind.js', location.href).href);
        const found = await pagefind.search('camera giám sát');
        pages.push(...(await Promise.all(found.results.map((r) => r.data()))));
      }
      return pages.find((p) => p.url === '/mo-hinh/camera-giam-sat-an-ninh-trat-tu/')?.content ?? '';
    })()`);
    expect(content).toContain('Camera giám sát');
    for (const chrome of ['Bỏ qua, đến nội dung chính', 'Điều hướng chính', 'CC BY 4.0', 'thanglequoc'])
      expect(content).not.toContain(chrome);
    await page.close();
  });
});

describe('the search page', () => {
  it('shows results as the user types, highlights the words, and keeps ?q= in the URL', async () => {
    const { page, report } = await session.newPage();
    await page.goto(url('/tim-kiem/'));
    await page.waitForFunction(() => /Gõ từ khóa/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    await page.locator('[data-search-input]').pressSequentially('den tran', { delay: 20 });
    await expect.poll(() => page.textContent('[data-search-status]')).toMatch(/kết quả cho “den tran”/);
    const paths = await resultPaths(page);
    expect(paths.slice(0, 3)).toContain('/mo-hinh/tu-quan-an-ninh-trat-tu-tai-di-tich/');
    const marks = await page.$$eval('[data-search-results] li:first-child mark', (m) => m.map((x) => x.textContent?.toLowerCase()));
    expect(marks).toContain('đền');
    expect(new URL(page.url()).searchParams.get('q')).toBe('den tran');
    expect(report.consoleErrors).toEqual([]);
    expect(report.failedRequests).toEqual([]);
    await page.close();
  });

  it('narrows results with facets, keeps them in the URL, and restores them on reload', async () => {
    const { page } = await session.newPage();
    await page.goto(url('/tim-kiem/?q=an+ninh'));
    const all = await resultPaths(page);
    const allCount = await page.textContent('[data-search-status]');
    expect(all.length).toBeGreaterThan(3);

    await page.selectOption('select[name="linh-vuc"]', 'camera-cong-nghe');
    await expect.poll(() => page.textContent('[data-search-status]')).not.toBe(allCount);
    const narrowed = await resultPaths(page);
    expect(narrowed).toContain('/mo-hinh/camera-giam-sat-an-ninh-trat-tu/');
    expect(narrowed.length).toBeLessThan(all.length);
    expect(narrowed.every((p) => all.includes(p))).toBe(true);
    expect(new URL(page.url()).searchParams.get('linh-vuc')).toBe('camera-cong-nghe');

    await page.reload();
    expect(await resultPaths(page)).toEqual(narrowed);
    expect(await page.inputValue('select[name="linh-vuc"]')).toBe('camera-cong-nghe');

    // A facet alone, without words, lists what it holds.
    await page.fill('[data-search-input]', '');
    await page.selectOption('select[name="linh-vuc"]', 'di-tich-le-hoi');
    // Emptying the box first lists the camera facet alone (also "theo bộ lọc"): wait for the new facet's list.
    await expect.poll(() => resultPaths(page)).toContain('/mo-hinh/tu-quan-an-ninh-trat-tu-tai-di-tich/');
    expect(await page.textContent('[data-search-status]')).toMatch(/theo bộ lọc/);
    await page.close();
  });

  it("counts each facet among the results, a chosen facet's other options as if it were not chosen", async () => {
    const { page } = await session.newPage();
    await page.goto(url('/tim-kiem/?q=an+ninh&linh-vuc=camera-cong-nghe'));
    const shown = await resultPaths(page);
    const status = (await page.textContent('[data-search-status]')) ?? '';
    const total = Number(/^([\d.]+) kết quả/.exec(status)?.[1].replace(/\./g, ''));
    expect(total).toBeGreaterThan(0);
    expect(shown.length).toBe(Math.min(total, 10));
    // The chosen option reads as many results as the search found.
    const chosen = await page.textContent('select[name="linh-vuc"] option[value="camera-cong-nghe"]');
    expect(chosen).toMatch(/\(([\d.]+)\)$/);
    expect(Number(/\(([\d.]+)\)$/.exec(chosen ?? '')?.[1].replace(/\./g, ''))).toBe(total);
    // The field's other options still say what they would show instead, so they are not all 0 and disabled.
    const others = await page.$$eval('select[name="linh-vuc"] option:not([value=""]):not(:disabled)', (o) => o.length);
    expect(others).toBeGreaterThan(1);
    // Another facet counts within the chosen one: no option reads more than the results found.
    const provinceCounts = await page.$$eval('select[name="tinh"] option:not([value=""])', (o) =>
      o.map((x) => Number(/\(([\d.]+)\)$/.exec(x.textContent ?? '')?.[1].replace(/\./g, '') ?? Number.NaN)),
    );
    expect(provinceCounts.every((n) => n >= 0 && n <= total)).toBe(true);
    expect(provinceCounts.some((n) => n > 0)).toBe(true);
    await page.close();
  });

  it('has no axe violations with results and facets shown', async () => {
    const { page } = await session.newPage();
    await page.goto(url('/tim-kiem/?q=tu+quan&bang-chung=dien-hinh'));
    await resultPaths(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('without JavaScript, says how to browse instead', async () => {
    const offline = await openSession({ javaScriptEnabled: false });
    const { page } = await offline.newPage();
    await page.goto(url('/tim-kiem/?q=tu+quan'));
    const text = await page.textContent('[data-search-nojs]');
    expect(text).toContain('cần JavaScript');
    expect(await page.getAttribute('[data-search-nojs] a[href="/mo-hinh/"]', 'href')).toBe('/mo-hinh/');
    expect(await page.isVisible('[data-search-more]')).toBe(false);
    await offline.close();
  });
});

describe('the header search box', () => {
  it('is reached with "/" and Ctrl+K and submits to /tim-kiem/?q=', async () => {
    const { page, report } = await session.newPage();
    await page.goto(url('/'));
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-header-search'))).toBe(true);
    await page.locator('main').click();
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-header-search'))).toBe(true);
    await page.keyboard.type('camera giam sat');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=camera\+giam\+sat/);
    expect((await resultPaths(page)).slice(0, 3)).toContain('/mo-hinh/camera-giam-sat-an-ninh-trat-tu/');
    expect(report.consoleErrors).toEqual([]);
    await page.close();
  });

  it('does not load Pagefind on other pages', async () => {
    const { page } = await session.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    for (const path of ['/', '/mo-hinh/camera-giam-sat-an-ninh-trat-tu/']) {
      await page.goto(url(path), { waitUntil: 'networkidle' });
    }
    expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await page.close();
  });
});

describe('offline', () => {
  it('made no request outside this machine', () => {
    expect(session.blockedExternal).toEqual([]);
  });
});

// Former place names → the province page that now holds them (the former province, or a former district).
const PLACE_QUERIES: [query: string, page: string][] = [
  ['thai binh', '/dia-phuong/hung-yen/'],
  ['ha giang', '/dia-phuong/tuyen-quang/'],
  ['kien xuong', '/dia-phuong/hung-yen/'],
  ['huyện Kiến Xương', '/dia-phuong/hung-yen/'],
  ['quang binh', '/dia-phuong/quang-tri/'],
];

describe('search finds a province page by a former name', () => {
  for (const [query, path] of PLACE_QUERIES) {
    it(`“${query}” → ${path} in the first five`, async () => {
      expect((await search(query)).slice(0, 5)).toContain(path);
    });
  }
});
