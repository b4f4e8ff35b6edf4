/**
 * The deployment maps as a visitor meets them, with every request outside this machine blocked:
 * Vietnam is drawn from the shipped base map with the archipelagos named in Vietnamese, markers and
 * popups carry each deployment, the filter moves the map and the list together (and lives in the
 * URL), a keyboard reaches every marker, and axe finds nothing. Expectations come from the built
 * map file, so the tests hold for whatever content the site is built from.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openSession, type Session } from './harness/browser.ts';
import { openMap as openMapAt } from './harness/map.ts';
import { hasDetails, mapPoint, markerRadius, rowsIn, type MapData, type MapMarkers } from '../../src/lib/geo/map-data.ts';
import { decodeMapMarkers } from '../../src/lib/geo/map-binary.ts';
import { MAP_FILES } from '../../src/lib/site/addresses.ts';
import { LIST_PAGE_ROWS, LIST_PREVIEW_ROWS } from '../../src/lib/content/deployment-rows.ts';
import { formatNumber, formatPartialDate } from '../../src/lib/format/format.ts';

const baseUrl = inject('baseUrl');
const url = (path: string) => new URL(path, baseUrl).href;
let session: Session;
let data: MapMarkers;
const rows = () => Array.from({ length: rowsIn(data) }, (_, i) => i);
const AGGREGATE = 2; // index of 'tinh' in SCOPES.keys

beforeAll(async () => {
  session = await openSession();
  data = decodeMapMarkers(await (await fetch(url(MAP_FILES.national))).arrayBuffer());
});

const fetchMapFile = async (path: string) => (await (await fetch(url(path))).json()) as MapData;
afterAll(async () => session?.close());

/** Opens a page, scrolls its map into view and waits until the map has drawn its markers. */
const openMap = (path: string, viewport?: { width: number; height: number }) => openMapAt(session, url(path), viewport);

/** The province or model with the most records that still leaves some out, and its number of records. */
function largestPart(column: 'province' | 'model'): [number, number] {
  const counts = new Map<number, number>();
  for (const i of rows()) counts.set(data[column][i], (counts.get(data[column][i]) ?? 0) + 1);
  const largest = [...counts].filter(([, c]) => c < rowsIn(data)).sort((a, b) => b[1] - a[1])[0];
  expect(largest, `the content has more than one ${column} on the map`).toBeDefined();
  return largest!;
}

/** Reloads a map page and waits until its map has drawn again. */
async function reloadMap(page: Page) {
  await page.reload({ waitUntil: 'load' });
  await page.locator('[data-deployment-map]').scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-deployment-map][data-state="ready"]');
}

/** Waits until the map shows `n` records (after a filter). */
const shownRecords = (page: Page, n: number) =>
  page.waitForFunction((want) => document.querySelector<HTMLElement>('[data-deployment-map]')!.dataset.shown === want, String(n));

/** Records drawn on the map now: a cluster counts its records, a marker one. */
const drawnRecords = (page: Page) =>
  page.$$eval('.leaflet-marker-icon[data-records]', (els) => els.reduce((n, e) => n + Number((e as HTMLElement).dataset.records), 0));

/** Clicks clusters until a single record is drawn (or the list of an inseparable cluster opens). */
async function zoomToSingle(page: Page) {
  for (let i = 0; i < 12; i++) {
    if ((await page.locator('.leaflet-marker-icon[data-records="1"]').count()) > 0) return;
    const before = await page.getAttribute('[data-deployment-map]', 'data-zoom');
    await page.locator('.map-cluster').first().click();
    await page.waitForFunction(
      (b) => document.querySelector<HTMLElement>('[data-deployment-map]')!.dataset.zoom !== b || !!document.querySelector('.map-popup'),
      before,
    );
    if (await page.locator('.map-popup').count()) return;
  }
}

/** A (model, province) pair with exactly one record, and that record. */
function loneRecord(filter: (i: number) => boolean = () => true) {
  const pairs = new Map<string, number[]>();
  for (const i of rows())
    pairs.set(`${data.model[i]}/${data.province[i]}`, [...(pairs.get(`${data.model[i]}/${data.province[i]}`) ?? []), i]);
  const i = rows().find((r) => filter(r) && pairs.get(`${data.model[r]}/${data.province[r]}`)!.length === 1);
  expect(i, 'the content has a record alone for its model and province').toBeDefined();
  return { i: i!, query: `?mo-hinh=${data.models[data.model[i!]][0]}&tinh=${data.provinces[data.province[i!]][0]}` };
}

describe('the national map (/ban-do/)', () => {
  it('draws Vietnam and names the archipelagos as Vietnamese, offline', async () => {
    const { page, report } = await openMap('/ban-do/');
    expect(await page.locator('.leaflet-overlay-pane path').count()).toBeGreaterThan(0);
    const labels = await page.locator('.map-label--archipelago').allTextContents();
    expect(labels).toEqual(['Quần đảo Hoàng Sa(Đặc khu Hoàng Sa, Đà Nẵng)', 'Quần đảo Trường Sa(Đặc khu Trường Sa, Khánh Hòa)']);
    expect(await page.locator('.leaflet-tile').count()).toBe(0);
    expect(report.consoleErrors).toEqual([]);
    expect(report.failedRequests).toEqual([]);
    await page.close();
  });

  it('draws every deployment; the list shows the newest, then all of them a page at a time', async () => {
    const { page } = await openMap('/ban-do/');
    const total = rowsIn(data);
    expect(total).toBeGreaterThan(LIST_PREVIEW_ROWS);
    expect(await drawnRecords(page)).toBe(total);
    expect(await page.textContent('[data-map-status]')).toContain(`${formatNumber(total)} điểm triển khai`);
    const rowsShown = () => page.locator('#danh-sach-diem-trien-khai tbody tr:visible').count();
    expect(await rowsShown()).toBe(LIST_PREVIEW_ROWS);
    await page.click('[data-list-all]');
    await page.waitForSelector('[data-deployment-list][data-state="ready"]');
    expect(await rowsShown()).toBe(Math.min(total, LIST_PAGE_ROWS));
    expect(await page.textContent('[data-list-status]')).toContain(`${formatNumber(total)} điểm triển khai`);
    if (total > LIST_PAGE_ROWS) {
      await page.getByRole('button', { name: 'Trang sau ›' }).click();
      expect(await rowsShown()).toBe(Math.min(total - LIST_PAGE_ROWS, LIST_PAGE_ROWS));
    }
    await page.close();
  });

  it('filters the map and the list together, keeps the filter in the URL and across a reload', async () => {
    const [province, n] = largestPart('province');
    const id = data.provinces[province][0];

    const { page } = await openMap('/ban-do/');
    await page.selectOption('select[name="tinh"]', id);
    await shownRecords(page, n);
    expect(page.url()).toContain(`tinh=${id}`);
    expect(await drawnRecords(page)).toBe(n);
    await page.waitForSelector('[data-deployment-list][data-state="ready"]');
    expect(await page.locator('#danh-sach-diem-trien-khai tbody tr:visible').count()).toBe(Math.min(n, LIST_PAGE_ROWS));
    expect(await page.textContent('[data-list-status]')).toContain(`${formatNumber(n)} điểm triển khai`);
    expect(await page.textContent('[data-filter-result]')).toContain(`${formatNumber(n)} / ${formatNumber(rowsIn(data))}`);

    await reloadMap(page);
    expect(await page.inputValue('select[name="tinh"]')).toBe(id);
    expect(await drawnRecords(page)).toBe(n);
    await page.waitForSelector('[data-deployment-list][data-state="ready"]');
    expect(await page.locator('#danh-sach-diem-trien-khai tbody tr:visible').count()).toBe(Math.min(n, LIST_PAGE_ROWS));

    await page.click('button[type="reset"]');
    await shownRecords(page, rowsIn(data));
    expect(page.url()).not.toContain('tinh=');
    await page.close();
  });

  it('fills the model filter once a reader reaches it or the URL names a model, and filters by it', async () => {
    const [model, n] = largestPart('model');
    const slug = data.models[model][0];
    const select = 'select[name="mo-hinh"]';
    const options = (page: Page) => page.$$eval(`${select} option`, (os) => os.length);

    const { page } = await openMap('/ban-do/');
    // Until reached, only "Tất cả": the catalogue's every model in a select is laid out at every layout.
    expect(await options(page)).toBe(1);
    await page.focus(select);
    expect(await options(page)).toBe(data.models.length + 1);
    await page.selectOption(select, slug);
    await shownRecords(page, n);
    expect(page.url()).toContain(`mo-hinh=${slug}`);
    expect(await drawnRecords(page)).toBe(n);

    await reloadMap(page);
    expect(await page.inputValue(select)).toBe(slug);
    expect(await drawnRecords(page)).toBe(n);
    await page.close();
  });

  it('draws an aggregate as a circle labelled with its count and sized by it', async () => {
    const { i, query } = loneRecord((r) => data.scope[r] === AGGREGATE && data.count[r] > 0);
    const { page } = await openMap(`/ban-do/${query}`);
    const circle = page.locator('.map-aggregate');
    await expect.poll(() => circle.count()).toBe(1);
    expect((await circle.textContent())?.trim()).toBe(formatNumber(data.count[i]));
    const box = await circle.boundingBox();
    expect(Math.round(box!.width)).toBe(2 * markerRadius(data.count[i]));
    await page.close();
  });

  it('keeps the national file to what the map draws: details come with the model and province files', async () => {
    expect(hasDetails(data)).toBe(false);
    const file = await fetchMapFile(`/ban-do/mo-hinh/${data.models[data.model[0]][0]}.json`);
    expect(hasDetails(file)).toBe(true);
    expect(file.place.length).toBeGreaterThan(0);
  });

  it('opens a popup with the place, model, scope and source, reachable by keyboard alone', async () => {
    const { i, query } = loneRecord();
    // The record's details, from its model's file: its only row in that province.
    const file = await fetchMapFile(`/ban-do/mo-hinh/${data.models[data.model[i]][0]}.json`);
    const province = data.provinces[data.province[i]][0];
    const mine = file.lat.flatMap((_, r) => (file.provinces[file.province[r]][0] === province ? [r] : []));
    expect(mine).toHaveLength(1);
    const p = mapPoint(file, mine[0]);
    const { page } = await openMap(`/ban-do/${query}`);
    await page.focus('[data-deployment-map]');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('leaflet-marker-icon'))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('button');
    await page.keyboard.press('Enter');
    const popup = page.locator('.map-popup');
    await popup.waitFor();
    expect(await page.evaluate(() => !!document.activeElement?.closest('.leaflet-popup'))).toBe(true);
    const text = await popup.textContent();
    expect(text).toContain(p.place);
    expect(text).toContain(data.models[data.model[i]][1]);
    expect(text).toContain(p.source.title);
    if (p.started) expect(text).toContain(`bắt đầu: ${formatPartialDate(p.started)}`);
    if (p.formerNames) expect(text).toContain(p.formerNames);
    expect(await popup.locator(`a[href="/mo-hinh/${data.models[data.model[i]][0]}/"]`).count()).toBe(1);
    // The close button speaks Vietnamese to a screen reader, not Leaflet's "Close popup".
    expect(await page.locator('.leaflet-popup').getByRole('button', { name: 'Đóng', exact: true }).count()).toBe(1);
    // Leaflet fades a popup in (0.2 s): axe measures contrast once it is fully shown (a busy machine once caught it halfway).
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.leaflet-popup')!).opacity === '1');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await popup.waitFor({ state: 'detached' });
    await page.close();
  });

  it('draws no marker over another, so each is a target of its own, on a phone and a desktop', async () => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 900 },
    ]) {
      const { page } = await openMap('/ban-do/', viewport);
      const boxes = await page.$$eval('.leaflet-marker-icon[data-records]', (els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        }),
      );
      expect(boxes.length).toBeGreaterThan(0);
      const overlapping = boxes.flatMap((a, k) =>
        boxes.slice(k + 1).filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom),
      );
      expect(overlapping, `markers overlapping at ${viewport.width} px`).toEqual([]);
      expect(await drawnRecords(page)).toBe(rowsIn(data));
      await page.close();
    }
  });

  it('passes axe with the map drawn, on a phone and a desktop', async () => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 900 },
    ]) {
      const { page } = await openMap('/ban-do/', viewport);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }
  });

  it('offers the same deployments as GeoJSON', async () => {
    const { page } = await openMap('/ban-do/');
    const href = await page.getAttribute('a[href$=".geojson"]', 'href');
    await page.close();
    const geo = (await (await fetch(url(href!))).json()) as { type: string; features: { geometry: { coordinates: number[] } }[] };
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(rowsIn(data));
    // The map file keeps 1e-5 degree (about a metre); the GeoJSON keeps the source's precision.
    const coords = new Set(
      geo.features.map((f) => `${Math.round(f.geometry.coordinates[0] * 1e5)},${Math.round(f.geometry.coordinates[1] * 1e5)}`),
    );
    expect(rows().every((r) => coords.has(`${data.spots.lon[data.spot[r]]},${data.spots.lat[data.spot[r]]}`))).toBe(true);
  });

  it('loads no online tiles unless asked, then credits OpenStreetMap', async () => {
    const { page } = await openMap('/ban-do/');
    expect(await page.textContent('.leaflet-control-attribution')).not.toContain('OpenStreetMap');
    const before = session.blockedExternal.length;
    await page.check('[data-map-tiles]');
    await expect.poll(() => session.blockedExternal.length).toBeGreaterThan(before);
    expect(session.blockedExternal.slice(before).every((u) => u.startsWith('https://tile.openstreetmap.org/'))).toBe(true);
    expect(await page.textContent('.leaflet-control-attribution')).toContain('OpenStreetMap');
    session.blockedExternal.splice(before); // asked for on purpose; the last test checks nothing else left
    await page.close();
  });
});

describe('maps on model and province pages', () => {
  const modelOf = (i: number) => data.models[data.model[i]][0];
  const provinceOf = (i: number) => data.provinces[data.province[i]][0];

  it('a model page loads no map code or data until its map scrolls into view, then shows that model’s deployments', async () => {
    const slug = modelOf(0);
    const { page } = await session.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(url(`/mo-hinh/${slug}/`), { waitUntil: 'load' });
    expect(requested.filter((p) => p.includes('deployment-map') || p.startsWith('/ban-do/'))).toEqual([]);
    await page.locator('[data-deployment-map]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-deployment-map][data-state="ready"]');
    expect(requested).toContain(`/ban-do/mo-hinh/${slug}.json`);
    expect(requested).not.toContain(MAP_FILES.national);
    const mine = rows().filter((i) => modelOf(i) === slug).length;
    expect(await drawnRecords(page)).toBe(mine);
    await zoomToSingle(page);
    expect(
      (await page.locator('.leaflet-marker-icon[data-records="1"]').count()) + (await page.locator('.map-popup').count()),
    ).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('a province page maps the deployments in that province', async () => {
    const id = provinceOf(0);
    const { page } = await openMap(`/dia-phuong/${id}/`);
    expect(await drawnRecords(page)).toBe(rows().filter((i) => provinceOf(i) === id).length);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('made no request outside this machine', () => {
    expect(session.blockedExternal).toEqual([]);
  });
});
