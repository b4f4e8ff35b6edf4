/**
 * Page weight as a visitor pays it on first load: HTML + CSS + JS, gzipped. Islands that load
 * later (a map once scrolled into view) are not part of the first load and are not counted.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSession, type Session } from './harness/browser.ts';

const baseUrl = inject('baseUrl');
const BUDGET = 40 * 1024;
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
