/**
 * The open data: every file parses, holds exactly the records of the collections (same counts, same
 * ids), the codebook page lists every schema field, and the feed and sitemap are XML that list every model.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSession, type Session } from './harness/browser.ts';
import { loadContent } from './harness/content.ts';
import { parseCsv } from '../../src/lib/open-data/csv.ts';
import { schemaFields } from '../../src/lib/open-data/schema-fields.ts';
import { DATA_FILES } from '../../src/lib/site/addresses.ts';
import { deploymentSchema, modelSchema, provinceSchema } from '../../src/schema/index.ts';

const baseUrl = inject('baseUrl');
const content = loadContent();
const modelIds = [...content.models.keys()].sort();
const deploymentIds = [...content.deployments.keys()].sort();
const provinceIds = [...content.provinces.keys()].sort();
let session: Session;

beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => session?.close());

async function get(path: string): Promise<{ type: string; text: string }> {
  const res = await fetch(new URL(path, baseUrl));
  expect(res.status, path).toBe(200);
  return { type: res.headers.get('content-type') ?? '', text: await res.text() };
}

const sorted = (xs: string[]) => [...xs].sort();

/** Parses XML in Chromium; throws with the parser's message when it is not well-formed. */
async function parseXml(text: string): Promise<{ root: string; locs: string[] }> {
  const { page } = await session.newPage();
  const result = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const error = doc.querySelector('parsererror');
    return {
      error: error?.textContent ?? null,
      root: doc.documentElement.nodeName,
      locs: [...doc.querySelectorAll('loc, item > link')].map((n) => n.textContent ?? ''),
    };
  }, text);
  await page.close();
  if (result.error) throw new Error(`XML không hợp lệ: ${result.error}`);
  return result;
}

describe('open data', () => {
  it('models as JSON: same count and ids as the collection, with licence and codebook', async () => {
    const doc = JSON.parse((await get(DATA_FILES.modelsJson)).text);
    expect(doc.count).toBe(modelIds.length);
    expect(sorted(doc.items.map((m: { id: string }) => m.id))).toEqual(modelIds);
    expect(doc.licence.name).toBeTruthy();
    for (const item of doc.items) expect(modelSchema.safeParse(stripComputed(item, ['id', 'url', 'completeness'])).success).toBe(true);
  });

  it('models as CSV: one row per model, the header naming codebook fields', async () => {
    const { type, text } = await get(DATA_FILES.modelsCsv);
    expect(type).toContain('text/csv');
    const [header, ...rows] = parseCsv(text);
    expect(rows.length).toBe(modelIds.length);
    expect(sorted(rows.map((r) => r[header!.indexOf('id')]!))).toEqual(modelIds);
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
  });

  it('deployments as JSON, GeoJSON and CSV: same count and ids everywhere', async () => {
    const json = JSON.parse((await get(DATA_FILES.deploymentsJson)).text);
    expect(json.count).toBe(deploymentIds.length);
    expect(sorted(json.items.map((d: { id: string }) => d.id))).toEqual(deploymentIds);

    const geo = JSON.parse((await get(DATA_FILES.deploymentsGeoJson)).text);
    expect(geo.type).toBe('FeatureCollection');
    expect(sorted(geo.features.map((f: { properties: { id: string } }) => f.properties.id))).toEqual(deploymentIds);
    for (const f of geo.features) {
      const d = content.deployments.get(f.properties.id)!;
      expect(f.geometry).toEqual({ type: 'Point', coordinates: [d.coordinates.lon, d.coordinates.lat] });
    }

    const [header, ...rows] = parseCsv((await get(DATA_FILES.deploymentsCsv)).text);
    expect(sorted(rows.map((r) => r[header!.indexOf('id')]!))).toEqual(deploymentIds);
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
  });

  it('provinces as JSON: same count and ids', async () => {
    const doc = JSON.parse((await get(DATA_FILES.provincesJson)).text);
    expect(doc.count).toBe(provinceIds.length);
    expect(sorted(doc.items.map((p: { id: string }) => p.id))).toEqual(provinceIds);
  });

  it('the codebook on /du-lieu/ lists every schema field and every CSV column', async () => {
    const { page } = await session.newPage();
    await page.goto(new URL('/du-lieu/', baseUrl).href);
    const listed = await page.$$eval('table[data-codebook]', (tables) =>
      tables.map((t) => [...t.querySelectorAll('tr[data-field]')].map((tr) => tr.getAttribute('data-field')!)),
    );
    await page.close();
    expect(listed).toHaveLength(3);
    const [models, deployments, provinces] = listed as [string[], string[], string[]];
    expect(
      schemaFields(modelSchema)
        .map((f) => f.path)
        .filter((p) => !models.includes(p)),
    ).toEqual([]);
    expect(
      schemaFields(deploymentSchema)
        .map((f) => f.path)
        .filter((p) => !deployments.includes(p)),
    ).toEqual([]);
    expect(
      schemaFields(provinceSchema)
        .map((f) => f.path)
        .filter((p) => !provinces.includes(p)),
    ).toEqual([]);
    const csvHeader = async (path: string) => parseCsv((await get(path)).text)[0]!;
    expect((await csvHeader(DATA_FILES.modelsCsv)).filter((c) => !models.includes(c))).toEqual([]);
    expect((await csvHeader(DATA_FILES.deploymentsCsv)).filter((c) => !deployments.includes(c))).toEqual([]);
  });

  it('the RSS feed is XML and lists every model', async () => {
    const { type, text } = await get('/rss.xml');
    expect(type).toMatch(/xml/);
    const { root, locs } = await parseXml(text);
    expect(root).toBe('rss');
    const paths = sorted(locs.map((l) => new URL(l).pathname));
    expect(paths).toEqual(sorted(modelIds.map((id) => `/mo-hinh/${id}/`)));
  });

  it('the sitemap is XML and lists every model page and the new pages', async () => {
    const index = await parseXml((await get('/sitemap-index.xml')).text);
    expect(index.root).toBe('sitemapindex');
    const paths: string[] = [];
    for (const loc of index.locs) {
      const map = await parseXml((await get(new URL(loc).pathname)).text);
      expect(map.root).toBe('urlset');
      paths.push(...map.locs.map((l) => new URL(l).pathname));
    }
    for (const id of modelIds) expect(paths).toContain(`/mo-hinh/${id}/`);
    expect(paths).toEqual(expect.arrayContaining(['/', '/so-tay/', '/du-lieu/']));
  });

  it('every page carries Open Graph, Twitter and JSON-LD descriptions', async () => {
    const { page } = await session.newPage();
    for (const path of ['/', '/so-tay/', '/du-lieu/', ...modelIds.map((id) => `/mo-hinh/${id}/`)]) {
      await page.goto(new URL(path, baseUrl).href);
      const meta = await page.evaluate(() => {
        const content = (sel: string) => document.querySelector(sel)?.getAttribute('content') ?? '';
        return {
          ogTitle: content('meta[property="og:title"]'),
          ogDescription: content('meta[property="og:description"]'),
          ogImage: content('meta[property="og:image"]'),
          twitterCard: content('meta[name="twitter:card"]'),
          jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? 'null')),
        };
      });
      expect(meta.ogTitle, path).toBeTruthy();
      expect(meta.ogDescription, path).toBeTruthy();
      expect(new URL(meta.ogImage).pathname).toBe('/og-image.png');
      expect(meta.twitterCard).toBe('summary_large_image');
      expect(meta.jsonLd).toHaveLength(1);
      expect(meta.jsonLd[0]['@context']).toBe('https://schema.org');
    }
    const image = await fetch(new URL('/og-image.png', baseUrl));
    expect(image.headers.get('content-type')).toBe('image/png');
    await page.close();
  });
});

function stripComputed(item: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).filter(([k]) => !keys.includes(k)));
}
