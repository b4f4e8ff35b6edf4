/**
 * Printing: the handbook and every model page go to PDF as Chromium prints them (A4), and what lands
 * on paper is what a trainer needs: each model on a new page, no navigation, buttons or forms, and
 * the sources' addresses. The handouts are printed twice: with the machine's fonts, and in a second
 * Chromium that sees DejaVu as the only system font; the site's own typeface makes both the same.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, type Session } from './harness/browser.ts';
import { loadContent, modelsAndVolumes } from './harness/content.ts';
import { pdfPages } from './harness/pdf.ts';
import { dejavuOnlyEnv } from './harness/fonts.ts';
import { handbookVolumePath } from '../../src/lib/site/addresses.ts';
import { FIELDS } from '../../src/schema/vocab.ts';
import { FEEDBACK } from '../../src/site.ts';

const baseUrl = inject('baseUrl');
const content = loadContent();
const { models, volumes } = modelsAndVolumes(content);
let session: Session;

beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => session?.close());

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
/** A model page prints as a one- or two-page handout for a training course. */
const HANDOUT_MAX_PAGES = 2;

async function printToPdf(page: Page, path: string): Promise<string[]> {
  await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.fonts.ready);
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  // The page number ("3 / 12", printed in the page margin) comes first in a page's text: drop it.
  return (await pdfPages(pdf)).map((text) => flat(text).replace(/^(\d+ \/ \d+ |Sổ tay mô hình tiêu biểu )+/, ''));
}

/** Elements that must not print: site header and footer, navigation (except the handbook's contents), controls. */
async function visibleChrome(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('header.site-header, footer, nav, button, form, select, .feedback-link, .skip-link')]
      .filter((el) => !el.matches('.handbook-toc') && el.checkVisibility())
      .map((el) => el.outerHTML.slice(0, 80)),
  );
}

/** Families of the web fonts a page has loaded (the site's typeface, if it reached the page). */
function loadedWebFonts(page: Page): Promise<string[]> {
  return page.evaluate(() => [...new Set([...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family))]);
}

/** Every model page printed as a handout: what is wrong with each, by model id (empty when all is well). */
async function handoutProblems(browser: Session): Promise<Record<string, unknown>> {
  const problems: Record<string, unknown> = {};
  for (const m of models) {
    const { page } = await browser.newPage();
    const pages = await printToPdf(page, `/mo-hinh/${m.id}/`);
    const chrome = await visibleChrome(page);
    const fonts = await loadedWebFonts(page);
    const text = pages.join(' ');
    const found = {
      ...(pages.length > HANDOUT_MAX_PAGES && { pages: pages.length }),
      ...(!fonts.some((f) => f.startsWith('Be Vietnam Pro') && !f.includes('fallback')) && {
        typeface: `not loaded (${fonts.join(', ')})`,
      }),
      ...(chrome.length > 0 && { chrome }),
      ...(!pages[0]!.includes(flat(m.data.title)) && { title: 'not on page 1' }),
      ...(text.includes(FEEDBACK.label) && { feedback: 'printed' }),
      ...(m.data.sources.some((s) => s.url && !text.replace(/\s/g, '').includes(s.url)) && { sourceUrls: 'missing' }),
    };
    if (Object.keys(found).length) problems[m.id] = found;
    await page.close();
  }
  return problems;
}

describe('printing', () => {
  it('every handbook volume starts every model on a new page, in the order of its table of contents', async () => {
    const { page } = await session.newPage();
    for (const v of volumes) {
      const pages = await printToPdf(page, handbookVolumePath(v.field, v.part));
      expect(pages.length).toBeGreaterThanOrEqual(v.models.length + 1);
      let last = -1;
      v.models.forEach((m, i) => {
        const heading = flat(`${v.start + i}. ${m.data.title}`);
        // The page opens with the model's field and its numbered title: it began on a fresh sheet.
        // Searched after the previous model: the table of contents, written out with its numbers, can
        // also open a sheet with a numbered title.
        const at = pages.findIndex((text, p) => p > last && text.startsWith(flat(`${FIELDS.label(m.data.field)} ${heading}`)));
        expect(at, `"${heading}" does not open a page`).toBeGreaterThan(last);
        last = at;
      });
    }
    await page.close();
  });

  it('the handbook prints no navigation, buttons or feedback link, and prints the sources’ addresses', async () => {
    const { page } = await session.newPage();
    let text = '';
    for (const v of volumes) {
      const pages = await printToPdf(page, handbookVolumePath(v.field, v.part));
      expect(await visibleChrome(page)).toEqual([]);
      text += ` ${pages.join(' ')}`;
    }
    expect(text).not.toContain(FEEDBACK.label);
    expect(text).not.toContain('Bỏ qua, đến nội dung chính');
    expect(text).toContain('Mục lục');
    for (const m of models) for (const s of m.data.sources) if (s.url) expect(text.replace(/\s/g, '')).toContain(s.url);
    await page.close();
  });

  it(`every model page prints as a clean handout of at most ${HANDOUT_MAX_PAGES} A4 pages`, async () => {
    expect(await handoutProblems(session)).toEqual({});
  });
});

describe('printing with DejaVu as the only system font', () => {
  let narrowed: Session;
  beforeAll(async () => {
    narrowed = await openSession({ env: dejavuOnlyEnv() });
  });
  afterAll(async () => narrowed?.close());

  it(`every model page still prints in the site's typeface, in at most ${HANDOUT_MAX_PAGES} A4 pages`, async () => {
    expect(await handoutProblems(narrowed)).toEqual({});
  });
});
