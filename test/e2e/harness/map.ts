/** Opens a page of the built site, scrolls its map into view and waits until the map has drawn. */
import type { Page } from 'playwright-core';
import type { PageReport, Session } from './browser.ts';

export async function openMap(
  session: Session,
  href: string,
  viewport = { width: 1280, height: 900 },
): Promise<{ page: Page; report: PageReport }> {
  const { page, report } = await session.newPage();
  await page.setViewportSize(viewport);
  await page.goto(href, { waitUntil: 'load' });
  await page.locator('[data-deployment-map]').scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-deployment-map][data-state="ready"]');
  return { page, report };
}
