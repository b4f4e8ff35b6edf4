/**
 * Serves the built site (dist/) on a free loopback port for the browser tests, with Astro's own
 * preview server (the same one `npm start` uses). The site must have been built first.
 */
import { existsSync } from 'node:fs';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { assertChromium } from '../../../tools/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  assertChromium();
  if (!existsSync('dist/index.html')) {
    throw new Error('Browser tests run against the built site, and dist/ is missing: run `npm run build` first (npm test does).');
  }
  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
  return async () => {
    await server.stop();
  };
}
