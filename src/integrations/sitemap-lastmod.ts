/**
 * <lastmod> for the sitemap, from the records' own `updated` dates: a model's pages (/mo-hinh/<slug>/ and
 * the pages under it) carry that model's date; every other page (lists, maps, provinces, the handbook)
 * is drawn from all the records, so it carries the newest date of any model. Deployment files carry no
 * date, so nothing finer is known. The build has already validated the content when this runs; like the
 * collections it reads CONTENT_DIR when set (src/data/content-root.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SitemapItem } from '@astrojs/sitemap';
import { parseFrontmatter } from '../lib/content/content-check.ts';
import { CONTENT_ROOT } from '../data/content-root.ts';

function modelUpdatedDates(contentDir: string): Map<string, string> {
  const dir = join(contentDir, 'models');
  const dates = new Map<string, string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
    const { value } = parseFrontmatter(name, readFileSync(join(dir, name), 'utf8'));
    // Astro's YAML reader (js-yaml) reads an unquoted 2026-11-21 as a Date: both forms are the same day.
    const raw = (value as { updated?: unknown } | undefined)?.updated;
    const updated = raw instanceof Date ? raw.toISOString().slice(0, 10) : raw;
    if (typeof updated === 'string') dates.set(name.replace(/\.mdx$/, ''), updated);
  }
  return dates;
}

/** The sitemap integration's `serialize` hook that adds <lastmod> to every address. */
export function lastmodFromRecords(contentDir = CONTENT_ROOT): (item: SitemapItem) => SitemapItem {
  const dates = modelUpdatedDates(contentDir);
  const newest = [...dates.values()].sort().at(-1);
  return (item) => {
    const slug = /\/mo-hinh\/([^/]+)\//.exec(new URL(item.url).pathname)?.[1];
    const date = (slug && dates.get(slug)) ?? newest;
    return date ? { ...item, lastmod: `${date}T00:00:00+07:00` } : item;
  };
}
