/**
 * Reading on a 390 × 844 phone: the model list shows its first model in the first screen with the
 * filters behind one "Lọc (n)" button, each option says how many models it leads to, an empty
 * result says why and offers the nearest choices, a model page stays within about eight screens,
 * and no page scrolls sideways.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSession, type Session } from './harness/browser.ts';
import { loadContent } from './harness/content.ts';
import { handbookVolumePath } from '../../src/lib/site/addresses.ts';

const baseUrl = inject('baseUrl');
const url = (path: string) => new URL(path, baseUrl).href;
const PHONE = { width: 390, height: 844 };
let session: Session;

beforeAll(async () => {
  session = await openSession({ viewport: PHONE, isMobile: true, hasTouch: true });
});
afterAll(async () => session?.close());

describe('the model list on a phone', () => {
  it('shows the first model in the first screen, the filters behind one button that counts them', async () => {
    const { page, report } = await session.newPage();
    await page.goto(url('/mo-hinh/'), { waitUntil: 'load' });
    const title = page.locator('#danh-sach-mo-hinh [data-filter-item] h2').first();
    const box = (await title.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    expect(await page.isVisible('select[name="van-de"]')).toBe(false);

    const toggle = page.locator('[data-filter-toggle]');
    expect(await toggle.textContent()).toContain('Lọc (0)');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.isVisible('select[name="van-de"]')).toBe(true);

    // Each option counts the models it leads to; choosing one filters the list to that many (a page of them shows).
    const pageCards = await page.locator('#danh-sach-mo-hinh [data-filter-item]').count();
    const option = page.locator('select[name="van-de"] option:not([value=""])').first();
    const [, count] = /\((\d+)\)$/.exec((await option.textContent())!.trim())!;
    await page.selectOption('select[name="van-de"]', (await option.getAttribute('value'))!);
    await page.waitForFunction((n) => document.querySelector('[data-filter-result]')?.textContent?.startsWith(`${n} / `), count);
    expect(await page.locator('#danh-sach-mo-hinh [data-filter-item]:visible').count()).toBe(Math.min(Number(count), pageCards));
    expect(await toggle.textContent()).toContain('Lọc (1)');
    expect(report.consoleErrors).toEqual([]);
    await page.close();
  });

  it('says why a choice of filters finds nothing and offers the nearest choices, one tap away', async () => {
    const { page } = await session.newPage();
    await page.goto(url('/mo-hinh/'), { waitUntil: 'load' });
    await page.locator('[data-filter-toggle]').click();
    // Narrow by the first problem, then pick a kind of place that no model for it has.
    const problem = (await page.locator('select[name="van-de"] option:not([value=""])').first().getAttribute('value'))!;
    await page.selectOption('select[name="van-de"]', problem);
    // The counts follow once the whole list is loaded (the result line then counts the filtered list).
    await page.waitForFunction(() => /^([\d.]+) \/ (?!\1 )/.test(document.querySelector('[data-filter-result]')?.textContent ?? ''));
    const empty = await page.$$eval('select[name="dac-diem"] option', (options) =>
      (options as HTMLOptionElement[]).filter((o) => o.value && / \(0\)$/.test(o.textContent ?? '')).map((o) => o.value),
    );
    expect(empty.length, 'some setting has no model for this problem').toBeGreaterThan(0);
    await page.selectOption('select[name="dac-diem"]', empty[0]);

    expect(await page.locator('#danh-sach-mo-hinh [data-filter-item]:visible').count()).toBe(0);
    const message = page.locator('[data-filter-empty]');
    expect(await message.textContent()).toContain('Chưa có mô hình nào khớp cùng lúc');
    await message.locator('button').first().click();
    expect(await page.locator('#danh-sach-mo-hinh [data-filter-item]:visible').count()).toBeGreaterThan(0);
    expect(await message.isVisible()).toBe(false);
    await page.close();
  });
});

describe('the model page on a phone', () => {
  const content = loadContent();
  // The page grows with a model's sources, deployments, claims and steps; the tallest is whichever model
  // has the most of them, so every model page is measured (the richest record among them).
  const PHONE_PAGE_MAX_PX = 7000;
  it(`no model page is taller than ${PHONE_PAGE_MAX_PX} px (about eight screens) at 390 px wide`, async () => {
    const { page } = await session.newPage();
    const heights: Record<string, number> = {};
    for (const id of content.models.keys()) {
      await page.goto(url(`/mo-hinh/${id}/`), { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      heights[id] = await page.evaluate(() => document.documentElement.scrollHeight);
    }
    const tall = Object.entries(heights).filter(([, h]) => h > PHONE_PAGE_MAX_PX);
    expect(tall, `tallest: ${Math.max(...Object.values(heights))} px`).toEqual([]);
    await page.close();
  });
});

describe('no page scrolls sideways on a phone', () => {
  const content = loadContent();
  const paths = [
    '/',
    '/mo-hinh/',
    '/ban-do/',
    '/dia-phuong/',
    '/tim-kiem/',
    '/so-tay/',
    ...[...new Set([...content.models.values()].map((m) => m.field))].map((field) => handbookVolumePath(field)),
    '/du-lieu/',
    '/nhan-rong/',
    ...[...content.models.keys()].map((id) => `/mo-hinh/${id}/`),
  ];
  it(`holds for ${paths.length} pages`, async () => {
    const { page } = await session.newPage();
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(url(path), { waitUntil: 'load' });
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      if (scroll > client) wide.push(`${path}: ${scroll} px`);
    }
    expect(wide).toEqual([]);
    await page.close();
  });
});
