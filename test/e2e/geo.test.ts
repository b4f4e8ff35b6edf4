/**
 * Today's administrative units in the browser. Maps: the national map draws the 34 provinces shaded
 * by the records the filter shows, with a legend, and a province opens its page; a province page draws
 * its communes, shading those with deployments, framed on the province. The commune picker on
 * /dia-phuong/: a former name typed without accents suggests today's commune with "trước 1/7/2025: …",
 * the keyboard alone chooses it, screen readers get the combobox roles and a status line, an unknown
 * name says "Không tìm thấy", and axe finds nothing. Screenshots for a phone and a desktop go to
 * test-results/geo/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openSession, type Session } from './harness/browser.ts';
import { loadContent } from './harness/content.ts';
import { openMap as openMapAt } from './harness/map.ts';

const baseUrl = inject('baseUrl');
const url = (path: string) => new URL(path, baseUrl).href;
const SHOTS = 'test-results/geo';
let session: Session;

beforeAll(async () => {
  session = await openSession();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => session?.close());

const openMap = (path: string, viewport: { width: number; height: number }) => openMapAt(session, url(path), viewport);

describe('maps with provinces and communes', () => {
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`national map draws the 34 provinces with a legend at ${viewport.width}×${viewport.height}`, async () => {
      const { page, report } = await openMap('/ban-do/', viewport);
      const map = page.locator('[data-deployment-map]');
      expect(await map.getAttribute('data-province-shapes')).toBe('34');
      expect(await page.locator('.leaflet-areas-pane path.leaflet-interactive').count()).toBe(34);
      const legend = await page.locator('[data-map-areas-legend] li').allTextContents();
      expect(legend[0]).toContain('Chưa có');
      expect(legend.length).toBeGreaterThan(1);
      const labels = await page.locator('.map-label--archipelago').allTextContents();
      expect(labels).toEqual(['Quần đảo Hoàng Sa(Đặc khu Hoàng Sa, Đà Nẵng)', 'Quần đảo Trường Sa(Đặc khu Trường Sa, Khánh Hòa)']);
      expect(report.consoleErrors).toEqual([]);
      expect(report.blockedExternal).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/ban-do-${viewport.width}.png`, fullPage: false });
    });
  }

  it('shades provinces by the filtered records, and a click on a province opens its page', async () => {
    const content = loadContent();
    const withRecords = new Set([...content.deployments.values()].map((d) => d.province));
    const { page } = await openMap('/ban-do/', { width: 1280, height: 900 });
    const fills = await page.$$eval('.leaflet-areas-pane path', (ps) => ps.map((p) => p.getAttribute('fill')));
    const shaded = fills.filter((f) => f !== '#fbf6ea').length;
    expect(shaded).toBe(withRecords.size);
    expect(await axeViolations(page)).toEqual([]);
    // Paths follow the features of the province file: click Hưng Yên's.
    const topology = (await (await fetch(url('/ranh-gioi/tinh.json'))).json()) as {
      objects: { provinces: { geometries: { properties: { name: string } }[] } };
    };
    const k = topology.objects.provinces.geometries.findIndex((g) => g.properties.name === 'Hưng Yên');
    expect(k).toBeGreaterThanOrEqual(0);
    await Promise.all([
      page.waitForURL(url('/dia-phuong/hung-yen/')),
      page.locator('.leaflet-areas-pane path').nth(k).dispatchEvent('click'),
    ]);
  });

  it('a province page draws its communes, shading those with deployments, and lists them by commune', async () => {
    const content = loadContent();
    const deployedCodes = new Set(
      [...content.deployments.values()].filter((d) => d.province === 'hung-yen').flatMap((d) => (d.commune?.code ? [d.commune.code] : [])),
    );
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const { page, report } = await openMap('/dia-phuong/hung-yen/', viewport);
      const map = page.locator('[data-deployment-map]');
      expect(Number(await map.getAttribute('data-commune-shapes'))).toBeGreaterThan(100);
      expect(Number(await map.getAttribute('data-deployed-shapes'))).toBe(deployedCodes.size);
      for (const code of deployedCodes) expect(await page.locator(`#xa-${code}`).count()).toBe(1);
      expect(await page.locator('#xa-12613').textContent()).toContain('Xã Tiến Đức');
      expect(report.consoleErrors).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/hung-yen-${viewport.width}.png`, fullPage: false });
    }
  });

  it('every province page draws its communes; only a province without records lists the nearest ones elsewhere', async () => {
    const content = loadContent();
    const withRecords = new Set([...content.deployments.values()].map((d) => d.province));
    // The content decides which case a province is in: check one of each kind that exists.
    const empty = [...content.provinces.values()].find((p) => !withRecords.has(p.id));
    const full = [...content.provinces.values()].find((p) => withRecords.has(p.id) && p.id !== 'hung-yen')!;
    for (const p of [empty, full].filter((x) => x !== undefined)) {
      const { page } = await openMap(`/dia-phuong/${p.id}/`, { width: 390, height: 844 });
      expect(Number(await page.locator('[data-deployment-map]').getAttribute('data-commune-shapes'))).toBeGreaterThan(10);
      const nearest = await page.getByRole('heading', { name: 'Điểm triển khai gần nhất ở tỉnh, thành khác' }).count();
      expect(nearest, p.id).toBe(p === empty ? 1 : 0);
    }
  });
});

async function openPicker(viewport = { width: 1280, height: 900 }) {
  const { page, report } = await session.newPage();
  await page.setViewportSize(viewport);
  await page.goto(url('/dia-phuong/'), { waitUntil: 'load' });
  return { page, report, input: page.getByRole('combobox', { name: 'Tìm xã, phường theo tên hiện nay hoặc tên cũ' }) };
}

describe('commune picker', () => {
  it("finds today's Xã Long Hưng from the former name typed without accents, by keyboard alone", async () => {
    const { page, report, input } = await openPicker();
    await input.focus();
    await input.pressSequentially('tien duc hung ha', { delay: 10 });
    const first = page.getByRole('option').first();
    await first.waitFor();
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    expect(await first.textContent()).toContain('Xã Long Hưng, Tỉnh Hưng Yên · mã 12613');
    expect(await first.textContent()).toContain('trước 1/7/2025: xã Tiến Đức, huyện Hưng Hà, tỉnh Thái Bình');
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await input.inputValue()).toBe('Xã Long Hưng, Tỉnh Hưng Yên');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('[data-picker-status]').textContent()).toContain('Đã chọn Xã Long Hưng');
    const link = page.locator('[data-picker-chosen] a');
    expect(await link.getAttribute('href')).toMatch(/^\/dia-phuong\/hung-yen\/(#xa-12613)?$/);
    expect(report.consoleErrors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/picker-desktop.png` });
  });

  it('lists every same-named commune with its province on a phone, and says when nothing matches', async () => {
    const { page, input } = await openPicker({ width: 390, height: 844 });
    await input.focus();
    await input.pressSequentially('tan hoa', { delay: 10 });
    await page.getByRole('option').first().waitFor();
    const texts = await page.getByRole('option').allTextContents();
    expect(texts.length).toBeGreaterThan(5);
    expect(texts.join('\n')).toContain('Xã Tân Hòa, Tỉnh Tây Ninh');
    expect(await page.locator('[data-picker-status]').textContent()).toContain('cùng khớp');
    await page.screenshot({ path: `${SHOTS}/picker-phone.png` });
    await input.fill('');
    await input.pressSequentially('tien dc', { delay: 10 });
    await page.waitForFunction(() => document.querySelector('[data-picker-status]')?.textContent?.includes('Không tìm thấy'));
    expect(await page.locator('[data-picker-status]').textContent()).toContain('Có phải: ');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
  });
});
