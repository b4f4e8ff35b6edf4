/**
 * The handbook for trainers (/so-tay/): an index of volumes, one per field (split into parts when a
 * field is large), each printable on A4 with a table of contents whose page numbers are the pages on
 * which its models actually start. Chromium cannot compute those numbers when it prints; the print
 * view (/so-tay/<field>/ban-in/) lays the volume out with Paged.js, under the same strict CSP as every page.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, type Session } from './harness/browser.ts';
import { loadContent, modelsAndVolumes } from './harness/content.ts';
import { pdfPages } from './harness/pdf.ts';
import { HANDBOOK_PRINT_LEGACY_FRAGMENT, PAGES, handbookPrintPath, handbookVolumePath } from '../../src/lib/site/addresses.ts';
import { FIELDS } from '../../src/schema/vocab.ts';

const baseUrl = inject('baseUrl');
const url = (path: string) => new URL(path, baseUrl).href;
const content = loadContent();
const { models, volumes } = modelsAndVolumes(content);
/** Every HTML page's budget (issue #15). */
const PAGE_BUDGET_GZIP = 100 * 1024;
let session: Session;

beforeAll(async () => {
  session = await openSession();
  await session.context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});
afterAll(async () => session?.close());

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Opens a volume's print view and waits until Paged.js has laid out its pages. */
async function openPrintView(page: Page, path: string): Promise<void> {
  await page.goto(url(path), { waitUntil: 'load' });
  await page.waitForFunction(() => ['ready', 'failed'].includes(document.documentElement.dataset.handbookPrint ?? ''), null, {
    timeout: 60_000,
  });
  expect(await page.evaluate(() => document.documentElement.dataset.handbookPrint)).toBe('ready');
}

/** The text of each printed A4 page, without its margins: the handbook's name and the page number ("3 / 28"). */
async function printedPages(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  return (await pdfPages(pdf)).map((text) => flat(text).replace(/^(Sổ tay mô hình tiêu biểu |\d+ \/ \d+ )+/, ''));
}

describe('handbook volumes', () => {
  it('the index links every volume and its print view, and the volumes hold every model once, numbered in order', async () => {
    const { page } = await session.newPage();
    await page.goto(url(PAGES.handbook), { waitUntil: 'load' });
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const v of volumes) {
      expect(links).toContain(handbookVolumePath(v.field, v.part));
      expect(links).toContain(handbookPrintPath(v.field, v.part));
    }
    const numbered: string[] = [];
    for (const v of volumes) {
      await page.goto(url(handbookVolumePath(v.field, v.part)), { waitUntil: 'load' });
      numbered.push(...(await page.locator('.handbook-model h2').allTextContents()).map(flat));
    }
    const expected = volumes.flatMap((v) => v.models.map((m, i) => flat(`${v.start + i}. ${m.data.title}`)));
    expect(numbered).toEqual(expected);
    expect(numbered).toHaveLength(models.length);
    await page.close();
  });

  it(`every handbook page weighs at most ${PAGE_BUDGET_GZIP / 1024} KB of gzipped HTML`, async () => {
    const heavy: Record<string, number> = {};
    for (const path of [PAGES.handbook, ...volumes.map((v) => handbookVolumePath(v.field, v.part))]) {
      const res = await fetch(url(path));
      expect(res.status, path).toBe(200);
      const size = gzipSync(Buffer.from(await res.arrayBuffer())).length;
      if (size > PAGE_BUDGET_GZIP) heavy[path] = size;
    }
    expect(heavy).toEqual({});
  });
});

describe('a handbook volume’s print view', () => {
  it('has its own address, linked from its volume, built without the site’s header, footer or skip link, and kept out of search engines', async () => {
    for (const v of volumes) {
      const volume = await (await fetch(url(handbookVolumePath(v.field, v.part)))).text();
      const printPath = handbookPrintPath(v.field, v.part);
      expect(volume).toContain(`href="${printPath}"`);
      const res = await fetch(url(printPath));
      expect(res.status, printPath).toBe(200);
      const html = await res.text();
      // What the first paint shows: the view's bar and the volume, nothing of the site around them.
      expect(html, printPath).toContain('data-handbook-print-view');
      expect(html, printPath).toContain('class="handbook"');
      expect(html, printPath).not.toMatch(/class="(site-header|site-footer|skip-link)/);
      expect(html, printPath).toContain('<meta name="robots" content="noindex"');
    }
    const index = await (await fetch(url('/sitemap-index.xml'))).text();
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const listed = (await Promise.all(sitemaps.map(async (p) => (await fetch(url(p))).text()))).join('');
    expect(listed).toContain(handbookVolumePath(volumes[0]!.field));
    expect(listed).not.toContain(handbookPrintPath(volumes[0]!.field));
  });

  it('an old link to a volume with #ban-in opens its print view', async () => {
    const { page } = await session.newPage();
    const v = volumes[0]!;
    await page.goto(url(`${handbookVolumePath(v.field, v.part)}${HANDBOOK_PRINT_LEGACY_FRAGMENT}`), { waitUntil: 'load' });
    await page.waitForURL(url(handbookPrintPath(v.field, v.part)));
    await page.close();
  });
});

describe('printing a handbook volume', () => {
  it('the table of contents gives, for every model, the page on which it starts in the printed PDF', async () => {
    const wrong: Record<string, unknown> = {};
    for (const v of volumes) {
      const { page, report } = await session.newPage();
      const path = handbookPrintPath(v.field, v.part);
      await openPrintView(page, path);
      const pages = await printedPages(page);
      const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
      if (violations.length || report.consoleErrors.length) wrong[`${path} errors`] = [...violations, ...report.consoleErrors];
      let last = -1;
      v.models.forEach((m, i) => {
        const heading = flat(`${v.start + i}. ${m.data.title}`);
        // The model's page opens with its field and numbered title: it began on a fresh sheet.
        const at = pages.findIndex((text, p) => p > last && text.startsWith(flat(`${FIELDS.label(m.data.field)} ${heading}`)));
        if (at <= last) {
          wrong[`${path} ${heading}`] = 'does not open a page';
          return;
        }
        last = at;
        // The contents come before the first model; its line for this model ends with that page's number.
        const contents = pages
          .slice(
            0,
            pages.findIndex((text) => text.startsWith(FIELDS.label(v.field))),
          )
          .join(' ');
        if (!contents.includes(`${heading} ${at + 1}`)) wrong[`${path} ${heading}`] = `contents lack page ${at + 1}`;
      });
      await page.close();
    }
    expect(wrong).toEqual({});
  });

  it('the print view fits a phone screen without sideways scrolling', async () => {
    const { page } = await session.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const v = volumes.reduce((a, b) => (b.models.length > a.models.length ? b : a));
    await openPrintView(page, handbookPrintPath(v.field, v.part));
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);
    await page.close();
  });
});
