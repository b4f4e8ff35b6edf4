/**
 * The addresses module is the only place links are built, so it must name routes that exist: each
 * address, with its parameter put back as Astro's [param], is served by a file under src/pages/.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DATA_FILES,
  FIT_DATA,
  MAP_FILES,
  MODEL_LIST_DATA,
  PAGES,
  CODEBOOK_PATH,
  absoluteUrl,
  handbookPrintPath,
  handbookVolumePath,
  modelListPagePath,
  modelPath,
  modelWorkflowDataPath,
  modelWorkflowPath,
  provincePath,
  searchPath,
} from '../../../src/lib/site/addresses.ts';

const pages = resolve(import.meta.dirname, '../../../src/pages');

/** The page or endpoint file that serves an address ("/mo-hinh/[slug]/" → mo-hinh/[slug].astro or …/index.astro). */
function servedBy(address: string): boolean {
  const path = address.replace(/[?#].*$/, '');
  const candidates = path.endsWith('/') ? [`${path}index.astro`, `${path.slice(0, -1)}.astro`] : [`${path}.ts`];
  return candidates.some((c) => existsSync(resolve(pages, `.${c}`)));
}

describe('site addresses', () => {
  it('every section page exists', () => {
    for (const path of Object.values(PAGES)) expect(servedBy(path), path).toBe(true);
  });

  it('every page address with a parameter has its route file', () => {
    const paths = [
      modelPath('[slug]'),
      modelWorkflowPath('[slug]'),
      modelListPagePath('[page]'),
      provincePath('[province]'),
      searchPath('x'),
      CODEBOOK_PATH,
      handbookVolumePath('[field]'),
      handbookVolumePath('[field]', 2).replace('/2/', '/[part]/'),
      handbookPrintPath('[field]'),
      handbookPrintPath('[field]', 2).replace('/2/', '/[part]/'),
    ];
    for (const path of paths) expect(servedBy(path), path).toBe(true);
  });

  it('every map, open-data and fit data file has its endpoint', () => {
    const files = [
      MAP_FILES.basemap,
      MAP_FILES.national,
      MAP_FILES.model('[slug]'),
      MAP_FILES.province('[province]'),
      MODEL_LIST_DATA,
      ...Object.values(DATA_FILES),
      FIT_DATA,
      modelWorkflowDataPath('[slug]'),
    ];
    for (const path of files) expect(servedBy(path), path).toBe(true);
  });

  it('builds the links a reader follows', () => {
    expect(modelPath('camera-giam-sat')).toBe('/mo-hinh/camera-giam-sat/');
    expect(modelListPagePath(1)).toBe('/mo-hinh/');
    expect(modelListPagePath(3)).toBe('/mo-hinh/trang/3/');
    expect(modelPath('camera-giam-sat', 'noi-trien-khai')).toBe('/mo-hinh/camera-giam-sat/#noi-trien-khai');
    expect(handbookVolumePath('tu-quan')).toBe('/so-tay/tu-quan/');
    expect(handbookVolumePath('tu-quan', 1)).toBe('/so-tay/tu-quan/');
    expect(handbookVolumePath('tu-quan', 3)).toBe('/so-tay/tu-quan/3/');
    expect(handbookPrintPath('tu-quan')).toBe('/so-tay/tu-quan/ban-in/');
    expect(handbookPrintPath('tu-quan', 3)).toBe('/so-tay/tu-quan/3/ban-in/');
    expect(searchPath('an ninh & trật tự')).toBe('/tim-kiem/?q=an%20ninh%20%26%20tr%E1%BA%ADt%20t%E1%BB%B1');
    expect(absoluteUrl(modelPath('a'), 'https://example.vn/')).toBe('https://example.vn/mo-hinh/a/');
  });
});
