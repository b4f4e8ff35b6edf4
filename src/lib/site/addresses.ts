/**
 * Every address on the site, in one place: pages, map files and open-data files. Pages, islands,
 * endpoints and feeds build links only through these, so a route renamed here is renamed everywhere
 * (the file names under src/pages/ must follow; test/unit/site/addresses.test.ts checks they do).
 */

/** The section pages, as linked from the navigation. */
export const PAGES = {
  home: '/',
  models: '/mo-hinh/',
  map: '/ban-do/',
  provinces: '/dia-phuong/',
  replicate: '/nhan-rong/',
  search: '/tim-kiem/',
  handbook: '/so-tay/',
  data: '/du-lieu/',
} as const;

/** A model's page. `fragment` is an id on that page, without the "#". */
export const modelPath = (slug: string, fragment?: string): string => `/mo-hinh/${slug}/${fragment ? `#${fragment}` : ''}`;

/** A page of the model list as static HTML (page 1 is the list itself): every model, without scripts. */
export const modelListPagePath = (page: number | string): string => (page === 1 ? PAGES.models : `${PAGES.models}trang/${page}/`);

/** The whole model list as data (cards and filter facets), loaded by the list island on demand. */
export const MODEL_LIST_DATA = `${PAGES.models}danh-sach.json`;

/** A model's replication workflow. */
export const modelWorkflowPath = (slug: string): string => `/mo-hinh/${slug}/nhan-rong/`;

/** A model's deployments cut down to what its workflow's "similar places" list needs, fetched once a locality is described. */
export const modelWorkflowDataPath = (slug: string): string => `${modelWorkflowPath(slug)}diem-trien-khai.json`;

/** The records the fit finder on /nhan-rong/ ranks, downloaded when a locality can be scored. */
export const FIT_DATA = `${PAGES.replicate}mo-hinh.json`;

/** A province's page. */
export const provincePath = (id: string): string => `/dia-phuong/${id}/`;

/**
 * A volume of the handbook: a field's models (`/so-tay/tu-quan/`), or a later part of a field that has
 * too many models for one volume (`/so-tay/tu-quan/2/`).
 */
export const handbookVolumePath = (field: string, part = 1): string => `${PAGES.handbook}${field}/${part > 1 ? `${part}/` : ''}`;

/**
 * A handbook volume's print view: the volume laid out on A4 pages (numbered contents), at an address of
 * its own beside the volume's, built without the site's header so nothing moves when the pages arrive.
 */
export const HANDBOOK_PRINT_SEGMENT = 'ban-in';

/** A handbook volume's print view (`/so-tay/tu-quan/ban-in/`, `/so-tay/tu-quan/2/ban-in/`). */
export const handbookPrintPath = (field: string, part = 1): string => `${handbookVolumePath(field, part)}${HANDBOOK_PRINT_SEGMENT}/`;

/** Whether a path is a handbook print view (left out of the sitemap: it is a view of a volume, not indexed). */
export const isHandbookPrintPath = (pathname: string): boolean =>
  pathname.startsWith(PAGES.handbook) && pathname.endsWith(`/${HANDBOOK_PRINT_SEGMENT}/`);

/**
 * The fragment that opened the print view before it had its own address (`/so-tay/tu-quan/#ban-in`):
 * a volume opened with it sends the reader on to the print view, so old bookmarks keep working.
 */
export const HANDBOOK_PRINT_LEGACY_FRAGMENT = `#${HANDBOOK_PRINT_SEGMENT}`;

/** The full-text search page with a query. */
export const searchPath = (query: string): string => `${PAGES.search}?q=${encodeURIComponent(query)}`;

/** Where each map file is served (the map components and the endpoints agree through these). */
export const MAP_FILES = {
  basemap: '/ban-do/nen.json',
  national: '/ban-do/du-lieu.bin',
  model: (slug: string) => `/ban-do/mo-hinh/${slug}.json`,
  province: (id: string) => `/ban-do/tinh/${id}.json`,
} as const;

/** The open-data downloads, in the order the open-data page lists them. */
export const DATA_FILES = {
  modelsJson: '/du-lieu/mo-hinh.json',
  modelsCsv: '/du-lieu/mo-hinh.csv',
  deploymentsJson: '/du-lieu/diem-trien-khai.json',
  deploymentsGeoJson: '/du-lieu/diem-trien-khai.geojson',
  deploymentsCsv: '/du-lieu/diem-trien-khai.csv',
  modelsSpreadsheet: '/du-lieu/mo-hinh-bang-tinh.csv',
  deploymentsSpreadsheet: '/du-lieu/diem-trien-khai-bang-tinh.csv',
  provincesJson: '/du-lieu/tinh-thanh.json',
} as const;

/** The codebook section of the open-data page. */
export const CODEBOOK_PATH = `${PAGES.data}#bang-ma`;

/** A site address made absolute on the site's origin (for feeds, citations, JSON-LD, printed links). */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}
