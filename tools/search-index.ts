/**
 * Builds the Pagefind search index of a built site (scripts/search-index.ts, run by `npm run build`
 * after `astro build`), as the bundles of src/lib/search/search-bundles.ts: each is built by
 * indexBundle, in a process of its own, and writeFacetMap then reads them all.
 *
 * It runs once Astro has exited, not in Astro's build:done hook: Pagefind's indexer grows to about
 * 1.2 GB at national scale, and beside the Astro process (2.4 GB by then: the bundler, the compiled
 * pages, every deployment) the build's peak was the sum of both, 3.6 GB.
 *
 * Only the page types a reader searches for are read (SEARCHED_PAGES: one model, one province), and of
 * those only pages that mark their main content with data-pagefind-body are indexed, so navigation,
 * footers, list pages, a model's planning workflow and the data pages stay out. Each page is handed to
 * Pagefind with a folded copy of its đ-words added as searchable metadata (see
 * src/lib/search/search-fold.ts) and without element ids (see withoutAnchors); the files on disk are
 * not changed. Beside the bundles goes the map of each page's facet values that the search page counts
 * facets with (src/lib/search/facet-counts.ts).
 */
import { existsSync } from 'node:fs';
import { glob, readFile, readdir, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { SEARCH_BUNDLES, bundleOfPage } from '../src/lib/search/search-bundles.ts';
import { FACETS_FILE, writeFacetFile, type PageFacets } from '../src/lib/search/facet-counts.ts';
import { PAGES } from '../src/lib/site/addresses.ts';
import { withFoldedMeta } from '../src/lib/search/search-fold.ts';

/**
 * The built files that can hold a searched page: /mo-hinh/<slug>/ and /dia-phuong/<province>/. Nothing
 * deeper (a model's /nhan-rong/ workflow) and no list page; at national scale this spares reading
 * about 270 MB of HTML that would be left out anyway.
 */
export const SEARCHED_PAGES = [PAGES.models, PAGES.provinces].map((dir) => `${dir.slice(1)}*/index.html`);

async function htmlFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for await (const path of glob(SEARCHED_PAGES, { cwd: dir })) files.push(join(dir, path));
  return files.sort();
}

/**
 * Parts of a marked page that are not what a reader searches for: the map's controls and legend (the
 * places themselves are listed in text beside it), and print-only lines that repeat the page's own address.
 */
export const EXCLUDED_FROM_INDEX = ['.deployment-map', '.print-only'] as const;

/**
 * The page without its elements' ids. Pagefind records every element with an id in the indexed part as
 * an anchor and, for each result it loads, builds a sub-result excerpt per anchor, each a pass over the
 * whole page text. The search page never shows sub-results, and a model page has about ten headings.
 */
export function withoutAnchors(html: string): string {
  return html.replace(/(<[a-zA-Z][\w-]*\b[^<>]*?)\sid="[^"]*"/g, '$1');
}

export interface IndexReport {
  pages: number;
  skipped: number;
}

/** Index the marked pages of one bundle (bundleOfPage) under `siteDir`, into `<siteDir>/<its folder>`. */
export async function indexBundle(siteDir: string, bundle: number): Promise<IndexReport> {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi', excludeSelectors: [...EXCLUDED_FROM_INDEX] });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const report: IndexReport = { pages: 0, skipped: 0 };
  try {
    const files = (await htmlFiles(siteDir)).filter((_, n) => bundleOfPage(n) === bundle);
    const addOne = async (file: string) => {
      const html = withFoldedMeta(await readFile(file, 'utf8'));
      if (html === null) {
        report.skipped += 1;
        return;
      }
      // The URL is given explicitly: it must match the site's trailing-slash URLs.
      const added = await index.addHTMLFile({ url: toUrl(relative(siteDir, file)), content: withoutAnchors(html) });
      if (added.errors.length) throw new Error(`Pagefind failed on ${file}: ${added.errors.join('; ')}`);
      report.pages += 1;
    };
    // A few files in flight at once: the Pagefind service parses in parallel while we read the next ones.
    for (let i = 0; i < files.length; i += 16) await Promise.all(files.slice(i, i + 16).map(addOne));
    const written = await index.writeFiles({ outputPath: join(siteDir, SEARCH_BUNDLES[bundle]) });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  return report;
}

/** The facet map of the pages of every bundle, and which bundles hold pages, written to `<siteDir>/FACETS_FILE` once all are built. */
export async function writeFacetMap(siteDir: string): Promise<void> {
  const pages: PageFacets = {};
  const withPages: string[] = [];
  for (const dir of SEARCH_BUNDLES) {
    const found = await facetsOfFragments(join(siteDir, dir, 'fragment'));
    if (Object.keys(found).length > 0) withPages.push(dir);
    Object.assign(pages, found);
  }
  await writeFile(join(siteDir, FACETS_FILE), JSON.stringify(writeFacetFile(pages, withPages)));
}

/**
 * Each indexed page's facet values, by Pagefind's page id, read back from the fragments Pagefind wrote
 * (gzip, then a "pagefind_dcd" signature, then JSON): its ids are known only once it has written them.
 * A bundle without pages (a site with one searched page, or none) has no fragment folder.
 */
async function facetsOfFragments(dir: string): Promise<PageFacets> {
  const pages: PageFacets = {};
  if (!existsSync(dir)) return pages;
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.pf_fragment')) continue;
    const raw = gunzipSync(await readFile(join(dir, name)));
    const { filters } = JSON.parse(raw.subarray('pagefind_dcd'.length).toString('utf8')) as { filters?: Record<string, string[]> };
    pages[name.slice(0, -'.pf_fragment'.length)] = filters ?? {};
  }
  return pages;
}

/** "mo-hinh/x/index.html" → "/mo-hinh/x/" (the site is built with build.format 'directory'). */
export function toUrl(path: string): string {
  const url = `/${path.split('\\').join('/')}`;
  return url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
}
