/**
 * Every page of the built site, as a visitor meets it: it answers 200, logs no errors, loads
 * nothing that fails, reaches nothing outside this machine, links nowhere broken, and passes
 * axe-core's WCAG 2.1 A/AA rules.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openSession, type Session } from './harness/browser.ts';
import { crawl, type CrawlResult } from './harness/crawl.ts';

const baseUrl = inject('baseUrl');
/** Visiting every page with axe takes a while on a busy two-core machine: a ceiling, not a timing test. */
const CRAWL_LIMIT_MS = 400_000;
let site: CrawlResult;
let session: Session;

beforeAll(async () => {
  site = await crawl(baseUrl);
  session = await openSession();
});
afterAll(async () => session?.close());

describe('the whole site', () => {
  it('reaches every kind of page from the home page', () => {
    const kinds = ['/', '/mo-hinh/', '/dia-phuong/'];
    for (const k of kinds) expect(site.pages).toContain(k);
    expect(site.pages.some((p) => /^\/mo-hinh\/[a-z0-9-]+\/$/.test(p))).toBe(true);
    expect(site.pages.some((p) => /^\/dia-phuong\/[a-z0-9-]+\/$/.test(p))).toBe(true);
  });

  it('has no broken local links', () => {
    expect(site.broken).toEqual([]);
  });

  it('serves a 404 page for unknown addresses', async () => {
    const res = await fetch(new URL('/khong-co-trang-nay/', baseUrl));
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Không tìm thấy trang');
  });

  it(
    'every page loads cleanly, offline, and passes axe (WCAG 2.1 A/AA)',
    async () => {
      const problems: Record<string, unknown> = {};
      for (const path of site.pages) {
        const { page, report } = await session.newPage();
        const response = await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
        const violations = await axeViolations(page);
        const lang = await page.getAttribute('html', 'lang');
        const found = {
          ...(response?.status() !== 200 && { status: response?.status() }),
          ...(lang !== 'vi' && { lang }),
          ...(report.consoleErrors.length && { consoleErrors: report.consoleErrors }),
          ...(report.failedRequests.length && { failedRequests: report.failedRequests }),
          ...(violations.length && { axe: violations }),
        };
        if (Object.keys(found).length) problems[path] = found;
        await page.close();
      }
      expect(problems).toEqual({});
    },
    CRAWL_LIMIT_MS,
  );

  it('made no request outside this machine', () => {
    expect(session.blockedExternal).toEqual([]);
  });
});
