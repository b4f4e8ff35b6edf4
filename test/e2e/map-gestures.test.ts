/**
 * A map must not trap the page. On a phone (390 × 844, touch) a vertical swipe that starts over the
 * map scrolls the page and leaves the map where it was, with a hint to use two fingers; two fingers
 * move the map. On a desktop the wheel over the map scrolls the page until the map is clicked, and
 * zooms it with Ctrl held or after a click. Touches are sent as raw DevTools touch events, the way
 * a finger reaches the browser, so the browser's own touch-action rules decide what scrolls.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { openSession, type Session } from './harness/browser.ts';

const baseUrl = inject('baseUrl');
const url = (path: string) => new URL(path, baseUrl).href;

type Point = { x: number; y: number };

/** Fingers down at `from`, moved in small steps by (dx, dy), then lifted. */
async function swipe(cdp: CDPSession, from: Point[], dx: number, dy: number) {
  const at = (t: number) => from.map((p, id) => ({ x: p.x + dx * t, y: p.y + dy * t, id }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let step = 1; step <= 12; step++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step / 12) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

const mapCentre = (page: Page) =>
  page.evaluate(() => {
    const pane = document.querySelector<HTMLElement>('.leaflet-map-pane')!;
    return getComputedStyle(pane).transform;
  });
const zoom = (page: Page) => page.getAttribute('[data-deployment-map]', 'data-zoom');

/** A point of the map with nothing on it (no marker, label, popup or control) to click. */
const emptySpot = (page: Page) =>
  page.evaluate(() => {
    const map = document.querySelector<HTMLElement>('[data-deployment-map]')!;
    const box = map.getBoundingClientRect();
    // Within the window: the page may have scrolled part of the map out of view.
    for (let y = Math.max(box.top, 0) + 80; y < Math.min(box.bottom, innerHeight) - 60; y += 20)
      for (let x = box.left + 80; x < box.right - 40; x += 20) {
        const hit = document.elementFromPoint(x, y);
        if (hit && map.contains(hit) && !hit.closest('.leaflet-marker-icon, .leaflet-popup, .leaflet-control, .map-label')) return { x, y };
      }
    throw new Error('no empty spot on the map');
  });

async function openMap(session: Session, viewport: { width: number; height: number }) {
  const { page, report } = await session.newPage();
  await page.setViewportSize(viewport);
  await page.goto(url('/ban-do/'), { waitUntil: 'load' });
  await page.locator('[data-deployment-map]').scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-deployment-map][data-state="ready"]');
  // Start with the map filling the middle of the screen and room to scroll both ways.
  await page.evaluate(() => {
    const box = document.querySelector('[data-deployment-map]')!.getBoundingClientRect();
    window.scrollBy(0, box.top - 120);
  });
  return { page, report };
}

describe('on a phone', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  });
  afterAll(async () => session?.close());

  it('a one-finger vertical swipe over the map scrolls the page, not the map, and says how to move the map', async () => {
    const { page, report } = await openMap(session, { width: 390, height: 844 });
    const cdp = await page.context().newCDPSession(page);
    const box = (await page.locator('[data-deployment-map]').boundingBox())!;
    const start = { x: box.x + box.width / 2, y: Math.min(box.y + box.height - 40, 700) };
    const scrollBefore = await page.evaluate(() => window.scrollY);
    const mapBefore = await mapCentre(page);

    await swipe(cdp, [start], 0, -300);
    await page.waitForTimeout(400);

    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore + 100);
    expect(await mapCentre(page)).toBe(mapBefore);
    expect(await page.getAttribute('[data-deployment-map]', 'data-gesture-handling-touch-content')).toBe(
      'Dùng hai ngón tay để di chuyển bản đồ',
    );
    expect(report.consoleErrors).toEqual([]);
    await page.close();
  });

  it('two fingers move the map and leave the page where it is', async () => {
    const { page } = await openMap(session, { width: 390, height: 844 });
    const cdp = await page.context().newCDPSession(page);
    const box = (await page.locator('[data-deployment-map]').boundingBox())!;
    const y = box.y + box.height / 2;
    const scrollBefore = await page.evaluate(() => window.scrollY);
    const mapBefore = await mapCentre(page);

    await swipe(
      cdp,
      [
        { x: box.x + box.width / 2 - 40, y },
        { x: box.x + box.width / 2 + 40, y },
      ],
      0,
      -150,
    );
    await page.waitForTimeout(400);

    expect(await mapCentre(page)).not.toBe(mapBefore);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    await page.close();
  });
});

describe('on a desktop', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => session?.close());

  it('the wheel over the map scrolls the page; Ctrl + wheel, or the wheel after a click, zooms the map', async () => {
    const { page } = await openMap(session, { width: 1280, height: 900 });
    const box = (await page.locator('[data-deployment-map]').boundingBox())!;
    // An empty corner of the sea, away from markers and controls.
    await page.mouse.move(box.x + box.width - 60, box.y + 90);
    const zoomBefore = await zoom(page);
    const scrollBefore = await page.evaluate(() => window.scrollY);

    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore);
    expect(await zoom(page)).toBe(zoomBefore);
    await expect.poll(() => page.locator('.leaflet-gesture-handling-scroll-warning').count()).toBe(1);

    // A wheel turn is a stream of events; Ctrl held through it.
    await page.keyboard.down('Control');
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    await expect.poll(() => zoom(page)).not.toBe(zoomBefore);

    // Let the zoom animation finish before the next gesture.
    await page.waitForTimeout(800);
    const zoomAfterCtrl = await zoom(page);
    const spot = await emptySpot(page);
    await page.mouse.click(spot.x, spot.y);
    const scrollAtClick = await page.evaluate(() => window.scrollY);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -100);
    await expect.poll(() => zoom(page)).not.toBe(zoomAfterCtrl);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollAtClick);
    await page.close();
  });
});
