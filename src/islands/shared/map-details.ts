/**
 * The details of map rows (place, dates, source), for popups and list pages. A model's or a
 * province's map file carries them; the national file does not, so they are fetched from the model
 * or the province files of the rows asked for (whichever holds fewer rows in all: a popup or a list
 * page of 50 rows then costs a few small files), each file once.
 */
import { detailRows, hasDetails, spotsOf, type MapData, type MapFile, type MapRows } from '../../lib/geo/map-data.ts';
import { MAP_FILES } from '../../lib/site/addresses.ts';
import { decodeMapMarkers } from '../../lib/geo/map-binary.ts';
import { fetchBytes, fetchJson } from '../load.ts';

/** Row `row` of `data` holds the details of the row asked for. */
export interface RowDetails {
  data: MapData;
  row: number;
}

type Group = 'model' | 'province';

/** Each row's number in its group's file, and each group's number of rows. */
function groupSizes(rows: MapRows, by: Group) {
  const row = detailRows(rows, by);
  const size = new Int32Array(by === 'model' ? rows.models.length : rows.provinces.length);
  for (const g of rows[by]) size[g]!++;
  return { row, size };
}

export type DetailsOf = (rows: readonly number[]) => Promise<Map<number, RowDetails>>;

export function detailsLoader(rows: MapFile): DetailsOf {
  if (hasDetails(rows)) return async (wanted) => new Map(wanted.map((i) => [i, { data: rows, row: i }]));
  const files = new Map<string, Promise<MapData>>();
  const file = (url: string) => {
    let f = files.get(url);
    if (!f) {
      f = fetchJson<MapData>(url);
      // A failed fetch is tried again next time rather than remembered.
      f.catch(() => files.delete(url));
      files.set(url, f);
    }
    return f;
  };
  const { lat, lon, spot } = spotsOf(rows);
  let local: Record<Group, { row: Int32Array; size: Int32Array }> | undefined;
  /** Rows in all of the files of `by` that hold the wanted rows. */
  const cost = (wanted: readonly number[], by: Group) => {
    let sum = 0;
    for (const g of new Set(wanted.map((i) => rows[by][i]!))) sum += local![by].size[g]!;
    return sum;
  };
  return async (wanted) => {
    local ??= { model: groupSizes(rows, 'model'), province: groupSizes(rows, 'province') };
    const by: Group = cost(wanted, 'model') <= cost(wanted, 'province') ? 'model' : 'province';
    const urlOf = (i: number) =>
      by === 'model' ? MAP_FILES.model(rows.models[rows.model[i]]![0]) : MAP_FILES.province(rows.provinces[rows.province[i]]![0]);
    const urls = [...new Set(wanted.map(urlOf))];
    const loaded = new Map(await Promise.all(urls.map(async (u) => [u, await file(u)] as const)));
    const out = new Map<number, RowDetails>();
    for (const i of wanted) {
      const data = loaded.get(urlOf(i))!;
      const row = local[by].row[i]!;
      // The files of one build agree; a mismatch means files from two builds (a stale cache).
      if (data.lat[row] !== lat[spot[i]!] || data.lon[row] !== lon[spot[i]!])
        throw new Error(`${urlOf(i)}: row ${row} is not row ${i} of the map`);
      out.set(i, { data, row });
    }
    return out;
  };
}

/** A map file, as either kind is served: the national one as bytes (map-binary.ts), the others as JSON. */
export async function fetchMapFile(url: string): Promise<MapFile> {
  return url === MAP_FILES.national ? decodeMapMarkers(await fetchBytes(url)) : fetchJson<MapData>(url);
}
