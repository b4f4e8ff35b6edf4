/**
 * Deployments for the maps: a compact, columnar file the map island downloads when it becomes
 * visible (about 124,000 records nationally), the same records as GeoJSON for open data, and the
 * sizes of the markers. Pure, so the build, the browser, the benchmark and tests share it.
 */
import type { Deployment } from '../../schema/deployment.ts';
import type { Model } from '../../schema/model.ts';
import type { Province } from '../../schema/province.ts';
import { COUNT_UNITS, QUALIFIERS, SCOPES, STATUSES, type CountUnit, type Qualifier, type Scope, type Status } from '../../schema/vocab.ts';
import { currentPlace, unitsLabel } from '../content/deployments.ts';
import { latestReview } from '../content/reviews.ts';
import { QUALITY_FILTER_KEYS, matchesFilters, modelKindFacets, type FilterState } from '../search/filters.ts';

/** Coordinates are stored as integers of 1e-5 degree (about a metre). */
const COORD_SCALE = 1e5;
const SCOPE_KEYS = SCOPES.keys as readonly Scope[];
const STATUS_KEYS = STATUSES.keys as readonly Status[];
const COUNT_UNIT_KEYS = COUNT_UNITS.keys as readonly CountUnit[];
const QUALIFIER_KEYS = QUALIFIERS.keys as readonly Qualifier[];

export type MapModelInfo = Pick<Model, 'title' | 'shortTitle' | 'field' | 'unitTypes' | 'settingTraits' | 'problems' | 'evidence'>;
export type MapProvinceInfo = Pick<Province, 'id' | 'name' | 'fullName'>;

/** A map file with its lookup tables and no rows yet. */
function emptyMapData(
  models: MapData['models'],
  provinces: MapData['provinces'],
  texts: MapData['texts'],
  sources: MapData['sources'],
): MapData {
  return {
    version: 1,
    models,
    provinces,
    texts,
    sources,
    lat: [],
    lon: [],
    model: [],
    province: [],
    scope: [],
    count: [],
    countUnit: [],
    countQualifier: [],
    status: [],
    started: [],
    reviewed: [],
    place: [],
    commune: [],
    former: [],
    source: [],
  };
}

/** A column of numbers: an array when built or read from JSON, a typed array when decoded from the national file. */
export type Column = ArrayLike<number> & Iterable<number>;

/**
 * What a map filters by and draws, one array per column: model, province, kind and count of each
 * record, and its status (positions are stored differently by the two kinds of file below).
 */
export interface MapRows<C extends Column = Column> {
  /** [slug, name, field, unit types (space-separated), setting traits, problems, effect on prevention, effect on detection] */
  models: [string, string, string, string, string, string, string, string][];
  /** [id, name, full name] */
  provinces: [string, string, string][];
  model: C;
  province: C;
  /** index into SCOPES.keys */
  scope: C;
  /** count of an aggregate; 0 when the source gives none */
  count: C;
  /** index into COUNT_UNITS.keys; -1 when there is no count */
  countUnit: C;
  /** index into QUALIFIERS.keys; -1 when the count has none */
  countQualifier: C;
  /** index into STATUSES.keys + 1; 0 when the source gives none */
  status: C;
}

/**
 * The national map file: only what the map filters by and draws (its first download must stay small
 * at 124,000 records), newest first like every map file. Records share positions (a commune's or a
 * province's point), so each distinct position is stored once and clustered once. A record's place,
 * dates and source come from its model's or its province's file when a popup or a list page needs
 * them (see detailRows).
 */
export interface MapMarkers extends MapRows {
  version: 2;
  /** Distinct positions, in 1e-5 degree. */
  spots: { lat: Column; lon: Column };
  /** index into spots, per row */
  spot: Column;
}

/** Either kind of map file, as the islands fetch them. */
export type MapFile = MapMarkers | MapData;

/**
 * A map file with every detail of its rows (a model's, a province's; at build time the nation's).
 * Strings that repeat are stored once in a table. Rows are newest first.
 */
export interface MapData extends MapRows<number[]> {
  version: 1;
  /** in 1e-5 degree */
  lat: number[];
  lon: number[];
  /** Commune names and former names, each stored once. */
  texts: string[];
  /** [title, publisher, date, url] */
  sources: [string, string, string, string][];
  /** start date at the precision the source gives ("2019", "2019-03"); "" when unknown */
  started: string[];
  /** latest review date (YYYY-MM-DD); "" when never reviewed */
  reviewed: string[];
  place: string[];
  /** index into texts, -1 when none */
  commune: number[];
  /** index into texts (former names joined by "; "), -1 when none */
  former: number[];
  source: number[];
}

export interface MapInput {
  deployments: readonly Deployment[];
  models: ReadonlyMap<string, MapModelInfo>;
  provinces: ReadonlyMap<string, MapProvinceInfo>;
}

class Table<T> {
  readonly items: T[] = [];
  private readonly index = new Map<string, number>();
  add(key: string, item: T): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.items.push(item) - 1;
      this.index.set(key, i);
    }
    return i;
  }
}

/** The map file of these deployments, newest first (see newestFirst). */
export function toMapData(input: MapInput): MapData {
  const asGiven = tabulate(input);
  return pickRows(asGiven, newestFirst(asGiven));
}

function tabulate({ deployments, models, provinces }: MapInput): MapData {
  const modelTable = new Table<MapData['models'][number]>();
  const provinceTable = new Table<MapData['provinces'][number]>();
  const texts = new Table<string>();
  const sources = new Table<MapData['sources'][number]>();
  const data = emptyMapData(modelTable.items, provinceTable.items, texts.items, sources.items);
  for (const d of deployments) {
    const m = models.get(d.model);
    const p = provinces.get(d.province);
    if (!m || !p) continue; // the content check rejects broken references before any build
    data.lat.push(Math.round(d.coordinates.lat * COORD_SCALE));
    data.lon.push(Math.round(d.coordinates.lon * COORD_SCALE));
    data.model.push(
      modelTable.add(d.model, [
        d.model,
        m.shortTitle ?? m.title,
        m.field,
        m.unitTypes.join(' '),
        m.settingTraits.join(' '),
        m.problems.join(' '),
        m.evidence.effect.prevention,
        m.evidence.effect.detection,
      ]),
    );
    data.province.push(provinceTable.add(p.id, [p.id, p.name, p.fullName]));
    data.scope.push(SCOPE_KEYS.indexOf(d.scope));
    data.count.push(d.count?.value ?? 0);
    data.countUnit.push(d.count ? COUNT_UNIT_KEYS.indexOf(d.count.unit) : -1);
    data.countQualifier.push(d.count?.qualifier ? QUALIFIER_KEYS.indexOf(d.count.qualifier) : -1);
    data.status.push(d.status ? STATUS_KEYS.indexOf(d.status) + 1 : 0);
    data.started.push(d.started ?? '');
    data.reviewed.push(latestReview(d) ?? '');
    data.place.push(d.place);
    data.commune.push(d.commune ? texts.add(d.commune.name, d.commune.name) : -1);
    const former = d.formerNames.join('; ');
    data.former.push(former ? texts.add(former, former) : -1);
    const s = d.source;
    const row: MapData['sources'][number] = [s.title, s.publisher ?? '', s.date ?? '', s.url ?? ''];
    data.source.push(sources.add(row.join('\u0000'), row));
  }
  return data;
}

/**
 * Rows newest first: by start date, then by the source's date (both at the precision known), then
 * as given. Every map file keeps this order, so the first rows a list shows are the most recent news
 * of the model or the place, and the browser never sorts.
 */
export function newestFirst(data: MapData): number[] {
  const rows = Array.from({ length: data.lat.length }, (_, i) => i);
  const sourceDate = (i: number) => data.sources[data.source[i]][2];
  return rows.sort(
    (a, b) =>
      (data.started[b] || '').localeCompare(data.started[a] || '') || (sourceDate(b) || '').localeCompare(sourceDate(a) || '') || a - b,
  );
}

/** The national map file: the rows' columns without their details (place, dates, source). */
export function toMapMarkers(data: MapData): MapMarkers {
  const { models, provinces, model, province, scope, count, countUnit, countQualifier, status } = data;
  const { lat, lon, spot } = spotsOf(data);
  return { version: 2, models, provinces, model, province, scope, count, countUnit, countQualifier, status, spots: { lat, lon }, spot };
}

/** True when the file carries its rows' details (a model's or a province's file). */
export const hasDetails = (rows: MapFile): rows is MapData => 'place' in rows;

/** How many records a map file holds. */
export const rowsIn = (rows: MapRows): number => rows.model.length;

/** The distinct positions of a file's rows (1e-5 degree) and each row's index among them. */
export interface Spots {
  lat: Column;
  lon: Column;
  spot: Column;
}

export function spotsOf(rows: MapFile): Spots {
  if (!hasDetails(rows)) return { ...rows.spots, spot: rows.spot };
  const seen = new Map<string, number>();
  const out = { lat: [] as number[], lon: [] as number[], spot: [] as number[] };
  for (let i = 0; i < rows.lat.length; i++) {
    const key = `${rows.lat[i]},${rows.lon[i]}`;
    let k = seen.get(key);
    if (k === undefined) {
      k = out.lat.push(rows.lat[i]) - 1;
      out.lon.push(rows.lon[i]);
      seen.set(key, k);
    }
    out.spot.push(k);
  }
  return out;
}

/**
 * Where each row's details are: the row's number in its model's file (`by` 'model') or its province's
 * file ('province'). Those files are the national rows of one model or province in the national order
 * (groupRows, pickRows), so the k-th row of a model in this file is row k of the model's file.
 */
export function detailRows(rows: MapRows, by: 'model' | 'province'): Int32Array {
  const groups = rows[by];
  const seen = new Int32Array(by === 'model' ? rows.models.length : rows.provinces.length);
  const out = new Int32Array(groups.length);
  for (let i = 0; i < groups.length; i++) out[i] = seen[groups[i]]++;
  return out;
}

/** One deployment read back from the columns, with everything a popup shows. */
export interface MapPoint {
  index: number;
  lat: number;
  lon: number;
  modelSlug: string;
  modelName: string;
  provinceId: string;
  scope: Scope;
  count?: { value: number; unit: CountUnit; qualifier?: Qualifier };
  status?: Status;
  started?: string;
  /** latest review date, when there was one */
  reviewed?: string;
  place: string;
  /** "Xã Long Hưng, Tỉnh Hưng Yên" */
  current: string;
  formerNames?: string;
  /** "109 đơn vị cấp xã", "Một địa điểm" */
  units: string;
  source: { title: string; publisher?: string; date?: string; url?: string };
}

export function mapPoint(data: MapData, i: number): MapPoint {
  const model = data.models[data.model[i]];
  const province = data.provinces[data.province[i]];
  const scope = SCOPE_KEYS[data.scope[i]];
  const count = countOf(data, i);
  const commune = data.commune[i] >= 0 ? { name: data.texts[data.commune[i]] } : undefined;
  const [title, publisher, date, url] = data.sources[data.source[i]];
  return {
    index: i,
    lat: data.lat[i] / COORD_SCALE,
    lon: data.lon[i] / COORD_SCALE,
    modelSlug: model[0],
    modelName: model[1],
    provinceId: province[0],
    scope,
    count,
    status: data.status[i] ? STATUS_KEYS[data.status[i] - 1] : undefined,
    started: data.started[i] || undefined,
    reviewed: data.reviewed[i] || undefined,
    place: data.place[i],
    current: currentPlace({ place: data.place[i], scope, commune }, { fullName: province[2] }),
    formerNames: data.former[i] >= 0 ? data.texts[data.former[i]] : undefined,
    units: rowUnits(data, i),
    source: { title, publisher: publisher || undefined, date: date || undefined, url: url || undefined },
  };
}

function countOf(data: MapRows, i: number): MapPoint['count'] {
  if (!data.count[i]) return undefined;
  const qualifier = data.countQualifier[i] >= 0 ? QUALIFIER_KEYS[data.countQualifier[i]] : undefined;
  return { value: data.count[i], unit: COUNT_UNIT_KEYS[data.countUnit[i]], qualifier };
}

/** "109 đơn vị cấp xã", "Một địa điểm": what a row counts, known from any map file. */
export const rowUnits = (data: MapRows, i: number): string => unitsLabel({ scope: SCOPE_KEYS[data.scope[i]], count: countOf(data, i) });

/** True when the record is drawn as an aggregate (a province-wide total), not as one place. */
export const isAggregate = (data: MapRows, i: number): boolean => SCOPE_KEYS[data.scope[i]] === 'tinh';

/**
 * The filter of the lists, for rows of the map file: the same answer as
 * matchesFilters(deploymentFacets(d, m), state), computed once per model rather than per row. The
 * model's own keys go through modelKindFacets, their one definition; the record-quality keys are not
 * in map rows (the map pages do not offer them) and are ignored.
 */
export function rowMatcher(data: MapRows, state: FilterState): (i: number) => boolean {
  const { tinh, 'tinh-trang': status, ...rest } = state;
  const modelState: FilterState = { ...rest };
  for (const key of QUALITY_FILTER_KEYS) delete modelState[key];
  const modelOk = data.models.map(([slug, , field, unitTypes, traits, problems, prevention, detection]) =>
    matchesFilters(
      modelKindFacets(slug, {
        field,
        unitTypes: split(unitTypes),
        settingTraits: split(traits),
        problems: split(problems),
        evidence: { effect: { prevention, detection } },
      }),
      modelState,
    ),
  );
  const provinceIndex = tinh === undefined ? -2 : data.provinces.findIndex((p) => p[0] === tinh);
  const statusCode = status === undefined ? -2 : STATUS_KEYS.indexOf(status as Status) + 1;
  return (i) =>
    modelOk[data.model[i]] &&
    (provinceIndex === -2 || data.province[i] === provinceIndex) &&
    // An unknown status value matches nothing, as in matchesFilters.
    (statusCode === -2 || (statusCode > 0 && data.status[i] === statusCode));
}
const split = (s: string) => (s ? s.split(' ') : []);

/**
 * The rows of `data` for which `keep` holds, as a new, smaller map file (per model, per province).
 * Its tables hold only what those rows refer to, re-indexed: a province's file does not carry the
 * place names and sources of the whole country.
 */
export function selectRows(data: MapData, keep: (i: number) => boolean): MapData {
  const rows: number[] = [];
  for (let i = 0; i < data.lat.length; i++) if (keep(i)) rows.push(i);
  return pickRows(data, rows);
}

/** Row numbers of `data` grouped by a column's value (model, province): computed once, then each group is picked directly. */
export function groupRows(data: MapData, column: 'model' | 'province'): Map<string, number[]> {
  const table = column === 'model' ? data.models : data.provinces;
  const groups = new Map<string, number[]>();
  const values = data[column];
  for (let i = 0; i < values.length; i++) {
    const key = table[values[i]][0];
    const rows = groups.get(key);
    if (rows) rows.push(i);
    else groups.set(key, [i]);
  }
  return groups;
}

/** The given rows of `data`, in that order, as a new, smaller map file. */
export function pickRows(data: MapData, rows: readonly number[]): MapData {
  const models = new Table<MapData['models'][number]>();
  const provinces = new Table<MapData['provinces'][number]>();
  const texts = new Table<string>();
  const sources = new Table<MapData['sources'][number]>();
  const text = (old: number) => (old < 0 ? -1 : texts.add(String(old), data.texts[old]));
  const out = emptyMapData(models.items, provinces.items, texts.items, sources.items);
  const copied = ['lat', 'lon', 'scope', 'count', 'countUnit', 'countQualifier', 'status', 'started', 'reviewed', 'place'] as const;
  for (const i of rows) {
    for (const c of copied) (out[c] as (string | number)[]).push(data[c][i]);
    out.model.push(models.add(String(data.model[i]), data.models[data.model[i]]));
    out.province.push(provinces.add(String(data.province[i]), data.provinces[data.province[i]]));
    out.commune.push(text(data.commune[i]));
    out.former.push(text(data.former[i]));
    out.source.push(sources.add(String(data.source[i]), data.sources[data.source[i]]));
  }
  return out;
}

/** Radius in pixels of an aggregate's circle: its area grows with the number of units, within bounds. */
export function markerRadius(count: number | undefined): number {
  if (!count) return 14;
  return Math.round(Math.min(34, 11 + 2.2 * Math.sqrt(count)));
}

/** Radius in pixels of a cluster of records: grows slowly, so big clusters do not cover the country. */
export function clusterRadius(records: number): number {
  return Math.round(Math.min(30, 13 + 3 * Math.log10(Math.max(1, records)) * 1.6));
}
