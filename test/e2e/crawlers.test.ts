/**
 * What crawlers and feed readers read: robots.txt leads to the sitemap, the sitemap says when each page
 * last changed, the feed dates each model by its record and names its own address, and the 404 page
 * claims no address of its own.
 */
import { describe, expect, inject, it } from 'vitest';
import { loadContent } from './harness/content.ts';

const baseUrl = inject('baseUrl');
const content = loadContent();
const modelUpdated = new Map([...content.models].map(([id, m]) => [id, new Date(`${m.updated}T00:00:00+07:00`).getTime()]));

async function text(path: string): Promise<string> {
  const res = await fetch(new URL(path, baseUrl));
  expect(res.status, path).toBe(200);
  return res.text();
}

const all = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);

describe('crawlers and feed readers', () => {
  it('robots.txt points to the sitemap, which is served', async () => {
    const robots = await text('/robots.txt');
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemap, robots).toBeDefined();
    const index = await text(new URL(sitemap!).pathname);
    expect(all(index, 'loc').length).toBeGreaterThan(0);
  });

  it('the sitemap gives every address a <lastmod>, a model page its record’s `updated` date', async () => {
    const index = await text('/sitemap-index.xml');
    const urls = (await Promise.all(all(index, 'loc').map((loc) => text(new URL(loc).pathname)))).flatMap((xml) => all(xml, 'url'));
    expect(urls.length).toBeGreaterThan(content.models.size);
    const missing = urls.filter((u) => !u.includes('<lastmod>')).map((u) => all(u, 'loc')[0]);
    expect(missing).toEqual([]);
    for (const [id, updated] of modelUpdated) {
      const entry = urls.find((u) => all(u, 'loc')[0]!.endsWith(`/mo-hinh/${id}/`));
      expect(entry, id).toBeDefined();
      expect(new Date(all(entry!, 'lastmod')[0]!).getTime(), id).toBe(updated);
    }
  });

  it('the feed dates each model by its `updated` date and names its own address', async () => {
    const rss = await text('/rss.xml');
    expect(rss).toMatch(/<atom:link href="[^"]*\/rss\.xml" rel="self" type="application\/rss\+xml"\/>/);
    expect(rss).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
    const items = all(rss, 'item');
    expect(items).toHaveLength(content.models.size);
    for (const item of items) {
      const id = /\/mo-hinh\/([^/]+)\/<\/link>/.exec(item)?.[1];
      expect(modelUpdated.has(id!), item).toBe(true);
      expect(new Date(all(item, 'pubDate')[0]!).getTime(), id).toBe(modelUpdated.get(id!));
    }
  });

  it('the 404 page declares no canonical address and asks not to be indexed', async () => {
    const res = await fetch(new URL('/khong-co-trang-nay/', baseUrl));
    const html = await res.text();
    expect(res.status).toBe(404);
    expect(html).not.toContain('rel="canonical"');
    expect(html).toMatch(/<meta name="robots" content="noindex"/);
  });
});
