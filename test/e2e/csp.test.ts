/**
 * The Content Security Policy (src/security.ts): every page the crawler finds carries it, loads under
 * it with zero violations and zero console errors, and nothing inline escapes it. 'wasm-unsafe-eval'
 * is allowed on the search page only, the optional map tile host on map pages only.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSession, type Session } from './harness/browser.ts';
import { crawl, type CrawlResult } from './harness/crawl.ts';
import { MAP_TILE_HOSTS } from '../../src/security.ts';

const baseUrl = inject('baseUrl');
const SEARCH_PAGE = '/tim-kiem/';
let site: CrawlResult;
let session: Session;

beforeAll(async () => {
  site = await crawl(baseUrl);
  session = await openSession();
  // Record violations from the first moment of every page.
  await session.context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
});
afterAll(async () => session?.close());

const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];

describe('content security policy', () => {
  it('every page declares a strict policy: hashes, no unsafe-inline or unsafe-eval, no other host', async () => {
    const problems: Record<string, string> = {};
    for (const path of site.pages) {
      const html = await (await fetch(new URL(path, baseUrl))).text();
      const policy = policyOf(html);
      if (!policy) problems[path] = 'no policy';
      else if (/'unsafe-inline'|'unsafe-eval'/.test(policy)) problems[path] = 'unsafe source';
      // Another host only for the optional map tiles, only in img-src, only on pages with a map.
      else if (
        /https?:/.test(
          policy.replace(/img-src [^;]*/, (d) =>
            html.includes('data-deployment-map') ? MAP_TILE_HOSTS.reduce((x, h) => x.replace(h, ''), d) : d,
          ),
        )
      )
        problems[path] = 'another host allowed';
      else if (!/script-src 'self'/.test(policy) || !/default-src 'self'/.test(policy)) problems[path] = 'not self-only';
      else if (policy.includes("'wasm-unsafe-eval'") && path !== SEARCH_PAGE) problems[path] = "'wasm-unsafe-eval' outside search";
      // Inline style attributes and event handlers cannot be hashed; none may exist.
      else if (/<[a-z][^>]*\s(style|on[a-z]+)=/i.test(html.replace(/<script[\s\S]*?<\/script>/g, '')))
        problems[path] = 'inline style or handler';
    }
    expect(problems).toEqual({});
  });

  it('every page loads with zero violations and zero console errors', async () => {
    expect(site.pages.length).toBeGreaterThan(3);
    const problems: Record<string, unknown> = {};
    for (const path of site.pages) {
      const { page, report } = await session.newPage();
      await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
      const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
      if (violations.length || report.consoleErrors.length) problems[path] = { violations, consoleErrors: report.consoleErrors };
      await page.close();
    }
    expect(problems).toEqual({});
  }, 400_000); // every page, on a busy two-core machine: a ceiling, not a timing test

  it('is enforced: an inline script injected into a page is refused and reported', async () => {
    const { page } = await session.newPage();
    await page.goto(new URL('/', baseUrl).href, { waitUntil: 'load' });
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return {
        injected: 'injected' in window ? true : (window as unknown as { __injected?: boolean }).__injected === true,
        csp: (window as unknown as { __csp: string[] }).__csp,
      };
    });
    expect(ran.injected).toBe(false);
    expect(ran.csp.some((v) => v.startsWith('script-src'))).toBe(true);
    await page.close();
  });

  it('made no request outside this machine', () => {
    expect(session.blockedExternal).toEqual([]);
  });
});
