/**
 * Page weight as a visitor pays it on first load: HTML + CSS + JS, gzipped. Islands that load
 * later (a map once scrolled into view) are not part of the first load and are not counted.
 * The site's typeface is counted on its own: the font files a first visit downloads.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSession, type Session } from './harness/browser.ts';

const baseUrl = inject('baseUrl');
const BUDGET = 40 * 1024;
/** Font files (woff2, already compressed) a first visit downloads. */
const FONT_BUDGET = 80 * 1000;
let session: Session;

beforeAll(async () => {
  session = await openSession({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => session?.close());

async function firstLoadWeight(path: string) {
  const { page } = await session.newPage();
  const bodies: Promise<{ type: string; url: string; gzip: number }>[] = [];
  page.on('response', (res) => {
    const type = res.request().resourceType();
    if (['document', 'stylesheet', 'script'].includes(type)) {
      bodies.push(res.body().then((b) => ({ type, url: res.url(), gzip: gzipSync(b).length })));
    }
  });
  await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
  const files = await Promise.all(bodies);
  await page.close();
  return { total: files.reduce((sum, f) => sum + f.gzip, 0), files };
}

async function firstModelPath(): Promise<string> {
  const html = await (await fetch(new URL('/mo-hinh/', baseUrl))).text();
  const match = /href="(\/mo-hinh\/[a-z0-9-]+\/)"/.exec(html);
  if (!match) throw new Error('no model page linked from /mo-hinh/');
  return match[1]!;
}

describe('first-load weight (gzipped HTML + CSS + JS)', () => {
  it('home page is under 40 KB', async () => {
    const { total, files } = await firstLoadWeight('/');
    console.log(`weight / = ${(total / 1024).toFixed(1)} KB gzip`, files.map((f) => `${f.type} ${f.gzip}`).join(', '));
    expect(total).toBeLessThan(BUDGET);
  });

  it('a model page is under 40 KB', async () => {
    const path = await firstModelPath();
    const { total, files } = await firstLoadWeight(path);
    console.log(`weight ${path} = ${(total / 1024).toFixed(1)} KB gzip`, files.map((f) => `${f.type} ${f.gzip}`).join(', '));
    expect(total).toBeLessThan(BUDGET);
  });
});

describe('workflow pages: JavaScript (gzip) before the Word library', () => {
  // The replication workflow pages: their JavaScript only, until the person asks for a Word file
  // (the docx library is a separate chunk) or focuses the commune search (its index is data, not code).
  for (const path of ['/nhan-rong/', '/mo-hinh/camera-giam-sat-an-ninh-trat-tu/nhan-rong/']) {
    it(`${path} loads at most 60 KB of JavaScript (gzip) before the Word library is requested`, async () => {
      const { files } = await firstLoadWeight(path);
      const scripts = files.filter((f) => f.type === 'script');
      const js = scripts.reduce((sum, f) => sum + f.gzip, 0);
      console.log(`JS ${path} = ${(js / 1024).toFixed(1)} KB gzip`, scripts.map((f) => `${f.url.split('/').pop()} ${f.gzip}`).join(', '));
      expect(scripts.some((f) => /docx|document-docx/.test(f.url))).toBe(false);
      expect(js).toBeGreaterThan(0);
      expect(js).toBeLessThanOrEqual(60 * 1024);
    });
  }
});

describe('font files on a first visit', () => {
  it(`the home page and then a model page download at most ${FONT_BUDGET / 1000} KB of fonts, all woff2 from this site`, async () => {
    // A fresh browser profile, so nothing is cached. Each file is counted once: the files under /_astro/ have
    // content-hashed names, which a visitor's browser keeps for the second page (the preview server here
    // does not send cache headers, so Chromium fetches them again).
    const visit = await openSession({ viewport: { width: 1280, height: 800 } });
    const fonts: Promise<{ url: string; bytes: number }>[] = [];
    visit.context.on('response', (res) => {
      if (res.request().resourceType() === 'font') fonts.push(res.body().then((b) => ({ url: res.url(), bytes: b.length })));
    });
    for (const path of ['/', await firstModelPath()]) {
      const { page } = await visit.newPage();
      await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      await page.close();
    }
    const files = [...new Map((await Promise.all(fonts)).map((f) => [f.url, f])).values()];
    await visit.close();
    const total = files.reduce((sum, f) => sum + f.bytes, 0);
    console.log(
      `fonts on a first visit = ${(total / 1000).toFixed(1)} KB`,
      files.map((f) => `${new URL(f.url).pathname} ${f.bytes}`).join(', '),
    );
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => !f.url.startsWith(baseUrl) || !f.url.endsWith('.woff2'))).toEqual([]);
    expect(total).toBeLessThanOrEqual(FONT_BUDGET);
  });
});
