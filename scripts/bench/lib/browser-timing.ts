/**
 * Timings a reader feels, in headless Chromium against a built site: the national map's first clustered
 * render, and the search's first results (cold, and while typing on a loaded page).
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, assertChromium } from '../../../tools/chromium.ts';

export async function withBrowser<T>(work: (browser: Browser) => Promise<T>): Promise<T> {
  assertChromium();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}

/** From navigation to the national map drawn with its clusters (Leaflet, data and base map fetched and parsed). */
export async function mapFirstRender(browser: Browser, base: string): Promise<{ ms: number; records: number; markers: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/ban-do/`);
  await page.locator('[data-deployment-map]').scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-deployment-map][data-state="ready"]', { timeout: 120_000 });
  const result = await page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('[data-deployment-map]')!;
    return { ms: performance.now(), records: Number(el.dataset.records), markers: Number(el.dataset.markers) };
  });
  await context.close();
  return result;
}

export async function searchTimings(browser: Browser, base: string, query: string, typed: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  page.on('requestfinished', async (req) => {
    if (!new URL(req.url()).pathname.startsWith('/pagefind/')) return;
    const sizes = await req.sizes().catch(() => undefined);
    if (sizes) bytes += sizes.responseBodySize;
  });
  await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('[data-search-results] li', { timeout: 60_000 });
  const cold = await page.evaluate(() => performance.now());
  await page.waitForLoadState('networkidle');
  const fetched = bytes;
  const before = await page.textContent('[data-search-status]');
  const typing = await page.evaluate(
    async ([q, previous]) => {
      const input = document.querySelector<HTMLInputElement>('[data-search-input]')!;
      const status = document.querySelector('[data-search-status]')!;
      const start = performance.now();
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise<void>((resolve) => {
        const check = () =>
          status.textContent !== previous && /kết quả/.test(status.textContent ?? '') ? resolve() : requestAnimationFrame(check);
        check();
      });
      return performance.now() - start;
    },
    [typed, before] as const,
  );
  await context.close();
  return { cold, typing, fetched };
}
