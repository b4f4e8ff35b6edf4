/**
 * One Chromium for a test file, and pages that record what a user would suffer from: console
 * errors, failed local requests, and any attempt to reach the internet (blocked and counted).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type BrowserType, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, assertChromium } from '../../../tools/chromium.ts';

export interface PageReport {
  consoleErrors: string[];
  failedRequests: string[];
  blockedExternal: string[];
}

export interface Session {
  context: BrowserContext;
  /** Every non-loopback request any page of this session tried: blocked, and listed here. */
  blockedExternal: string[];
  /** Opens a page that records its problems into `report`. */
  newPage(): Promise<{ page: Page; report: PageReport }>;
  close(): Promise<void>;
}

const isLoopback = (url: URL) => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

/** What a session may change: the context's options, and the browser's environment (`env`). */
export type SessionOptions = NonNullable<Parameters<BrowserType['launchPersistentContext']>[1]>;

/** A fresh profile (new user-data dir) every time: no state leaks between tests. */
export async function openSession(options: SessionOptions = {}): Promise<Session> {
  assertChromium();
  const profile = mkdtempSync(join(tmpdir(), 'mhtb-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    ...options,
  });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || isLoopback(url)) return route.continue();
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  return {
    context,
    blockedExternal: blocked,
    async newPage() {
      const page = await context.newPage();
      const report: PageReport = { consoleErrors: [], failedRequests: [], blockedExternal: blocked };
      page.on('console', (msg) => {
        if (msg.type() === 'error') report.consoleErrors.push(msg.text());
      });
      page.on('pageerror', (err) => report.consoleErrors.push(String(err)));
      page.on('requestfailed', (req) => {
        if (isLoopback(new URL(req.url()))) report.failedRequests.push(`${req.url()} (${req.failure()?.errorText})`);
      });
      page.on('response', (res) => {
        if (res.status() >= 400 && isLoopback(new URL(res.url()))) report.failedRequests.push(`${res.url()} (HTTP ${res.status()})`);
      });
      return { page, report };
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core against WCAG 2.1 A and AA; returns the violations, each with where it is. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, so the page's own CSP does not block it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}
