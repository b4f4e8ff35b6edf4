/**
 * The model list stays the same size at any scale: /mo-hinh/ carries one page of cards; without
 * scripts its static pages reach every model; with scripts "Xem thêm" and the filters load the whole
 * list on demand, and every option counts the models of the whole catalogue, before and after loading.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, type Session } from './harness/browser.ts';
import { loadContent } from './harness/content.ts';

const baseUrl = inject('baseUrl');
const url = (path: string) => new URL(path, baseUrl).href;
const content = loadContent();
const allModels = [...content.models.keys()].map((id) => `/mo-hinh/${id}/`).sort();
/** The most cards a static list page may carry (the page size the issue asks for: a bounded first page). */
const MAX_CARDS = 48;
const DATA_FILE = '/mo-hinh/danh-sach.json';

const cardLinks = (page: Page) =>
  page.$$eval('#danh-sach-mo-hinh > li h2 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
const number = (text: string) => Number(text.replace(/\./g, ''));

/** What the options of a filter say: value → count, read from "Label (n)". */
async function optionCounts(page: Page, name: string): Promise<Map<string, number>> {
  const pairs = await page.$$eval(`select[name="${name}"] option:not([value=""])`, (options) =>
    (options as HTMLOptionElement[]).map((o) => [o.value, o.textContent ?? ''] as const),
  );
  const counts = pairs.map(([value, text]) => [value, number(/\(([\d.]+)\)$/.exec(text.trim())?.[1] ?? 'NaN')] as const);
  // An option that leads to no model says (0); the content has no entry for it.
  return new Map(counts.filter(([, n]) => n !== 0));
}

/** The same counts from the content files: how many models each value of a filter leads to. */
function expectedCounts(name: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (values: Iterable<string>) => {
    for (const v of new Set(values)) counts.set(v, (counts.get(v) ?? 0) + 1);
  };
  const deployments = [...content.deployments.values()];
  for (const [id, m] of content.models) {
    if (name === 'van-de') add(m.problems);
    if (name === 'loai-dia-ban') add(m.unitTypes);
    if (name === 'linh-vuc') add([m.field]);
    if (name === 'tinh') add(deployments.filter((d) => d.model === id).map((d) => d.province));
  }
  return counts;
}

const COUNTED = ['van-de', 'loai-dia-ban', 'linh-vuc', 'tinh'];

describe('the model list without scripts', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  });
  afterAll(async () => session?.close());

  it('carries a bounded page of cards, and its pages reach every model', async () => {
    const { page, report } = await session.newPage();
    const seen: string[] = [];
    let next: string | null = url('/mo-hinh/');
    while (next) {
      await page.goto(next, { waitUntil: 'load' });
      const links = await cardLinks(page);
      expect(links.length, next).toBeGreaterThan(0);
      expect(links.length, next).toBeLessThanOrEqual(MAX_CARDS);
      seen.push(...links);
      // Nothing that needs scripts is offered.
      expect(await page.isVisible('[data-list-more]')).toBe(false);
      const rel = page.locator('[data-list-pager] a[rel="next"]');
      if ((await rel.count()) === 0) break;
      expect(await rel.isVisible()).toBe(true);
      next = await rel.evaluate((a) => (a as HTMLAnchorElement).href);
    }
    expect(seen.sort()).toEqual(allModels);
    expect(report.failedRequests).toEqual([]);
    await page.close();
  });
});

describe('the model list with scripts', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => session?.close());

  it('loads the rest of the list only when asked, then shows every model', async () => {
    const { page, report } = await session.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(url('/mo-hinh/'), { waitUntil: 'networkidle' });
    const first = await cardLinks(page);
    expect(first.length).toBeLessThanOrEqual(MAX_CARDS);
    expect(fetched).not.toContain(DATA_FILE);

    const more = page.locator('[data-list-more]');
    expect(first.length < allModels.length, 'the catalogue is longer than one page').toBe(true);
    expect(await more.isVisible()).toBe(true);
    while (await more.isVisible()) {
      const before = (await cardLinks(page)).length;
      await more.click();
      await page.waitForFunction((n) => document.querySelectorAll('#danh-sach-mo-hinh > li').length > n, before);
    }
    expect(fetched.filter((p) => p === DATA_FILE)).toHaveLength(1);
    const links = await cardLinks(page);
    expect(links.slice(0, first.length)).toEqual(first);
    expect([...links].sort()).toEqual(allModels);
    // The cards added look like the page's own: same parts, same styles.
    const shape = (i: number) =>
      page
        .locator('#danh-sach-mo-hinh > li')
        .nth(i)
        .evaluate((li) => ({
          parts: [...li.querySelectorAll('[class]')].map((e) => e.className),
          border: getComputedStyle(li.querySelector('article')!).borderTopWidth,
        }));
    const firstShape = await shape(0);
    const lastShape = await shape(links.length - 1);
    expect(lastShape.border).toBe(firstShape.border);
    expect(lastShape.parts.slice(0, 4)).toEqual(firstShape.parts.slice(0, 4));
    expect(await page.isVisible('[data-list-pager]')).toBe(false);
    expect(report.consoleErrors).toEqual([]);
    await page.close();
  });

  it('counts the whole catalogue in every option, before and after the list is loaded', async () => {
    const { page, report } = await session.newPage();
    await page.goto(url('/mo-hinh/'), { waitUntil: 'networkidle' });
    for (const name of COUNTED) expect(await optionCounts(page, name), `${name} as built`).toEqual(expectedCounts(name));

    // Choosing a filter loads the list (the result line then counts fewer); clearing it gives back the whole catalogue's counts.
    const problem = (await page.locator('select[name="van-de"] option:not([value=""])').first().getAttribute('value'))!;
    await page.selectOption('select[name="van-de"]', problem);
    await page.waitForFunction(() => /^([\d.]+) \/ (?!\1 )/.test(document.querySelector('[data-filter-result]')?.textContent ?? ''));
    await page.selectOption('select[name="van-de"]', '');
    await page.waitForFunction(
      (n) => document.querySelector('[data-filter-result]')?.textContent === `${n} / ${n} mô hình`,
      String(allModels.length),
    );
    for (const name of COUNTED) expect(await optionCounts(page, name), `${name} after loading`).toEqual(expectedCounts(name));
    expect(report.consoleErrors).toEqual([]);
    await page.close();
  });

  it('filters the whole catalogue, also the models the page did not carry', async () => {
    const { page } = await session.newPage();
    await page.goto(url('/mo-hinh/'), { waitUntil: 'networkidle' });
    const onPage = new Set(await cardLinks(page));
    const elsewhere = allModels.find((m) => !onPage.has(m))!;
    const model = content.models.get(elsewhere.split('/')[2]!)!;
    const expected = [...content.models].filter(([, m]) => m.field === model.field).map(([id]) => `/mo-hinh/${id}/`);

    // A shared address with a filter shows the filtered list straight away.
    await page.goto(url(`/mo-hinh/?linh-vuc=${model.field}`), { waitUntil: 'networkidle' });
    await page.waitForFunction(
      (n) => document.querySelector('[data-filter-result]')?.textContent?.startsWith(`${n} / `),
      String(expected.length),
    );
    const more = page.locator('[data-list-more]');
    while (await more.isVisible()) await more.click();
    expect((await cardLinks(page)).sort()).toEqual(expected.sort());
    expect(await page.isVisible('[data-list-pager]')).toBe(false);
    await page.close();
  });
});
