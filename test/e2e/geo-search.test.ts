/**
 * Search finds a province page by the names people still use: a former province ("thai binh",
 * "ha giang") or a former district ("kien xuong"), typed without accents.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSession, type Session } from './harness/browser.ts';

const baseUrl = inject('baseUrl');
const url = (path: string) => new URL(path, baseUrl).href;
let session: Session;

beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => session?.close());

async function search(query: string): Promise<string[]> {
  const { page } = await session.newPage();
  await page.goto(url(`/tim-kiem/?q=${encodeURIComponent(query)}`));
  await page.waitForFunction(() => /kết quả|Không tìm thấy/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  const paths = await page.$$eval('[data-search-results] h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  await page.close();
  return paths;
}

const QUERIES: [query: string, page: string][] = [
  ['thai binh', '/dia-phuong/hung-yen/'],
  ['ha giang', '/dia-phuong/tuyen-quang/'],
  ['kien xuong', '/dia-phuong/hung-yen/'],
  ['huyện Kiến Xương', '/dia-phuong/hung-yen/'],
  ['quang binh', '/dia-phuong/quang-tri/'],
];

describe('search by former place names', () => {
  for (const [query, path] of QUERIES) {
    it(`“${query}” → ${path} in the first five`, async () => {
      expect((await search(query)).slice(0, 5)).toContain(path);
    });
  }
});
