/** robots.txt: everything may be crawled; the sitemap is at the site's public address (SITE_URL). */
import type { APIRoute } from 'astro';
import { fileResponse } from '../data/responses.ts';

export const GET: APIRoute = ({ site }) =>
  fileResponse(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`, 'text/plain; charset=utf-8');
