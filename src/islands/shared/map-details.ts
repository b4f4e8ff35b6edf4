/**
 * The details of map rows (place, dates, source), for popups and list pages. A model's or a
 * province's map file carries them; the national file does not, so they are fetched from the model
 * or province files of the rows asked for (whichever takes fewer files), once each.
 */
import { detailRows, hasDetails, type MapData, type MapRows } from '../../lib/geo/map-data.ts';
import { MAP_FILES } from '../../lib/site/addresses.ts';
import { fetchJson } from '../load.ts';

/** Row `row` of `data` holds the details of the row asked for. */
export interface RowDetails {
  data: MapData;
  row: number;
}

export type DetailsOf = (rows: readonly number[]) => Promise<Map<number, RowDetails>>;

export function detailsLoader(rows: MapRows): DetailsOf {
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
  let local: Record<'model' | 'province', Int32Array> | undefined;
  return async (wanted) => {
    local ??= { model: detailRows(rows, 'model'), province: detailRows(rows, 'province') };
    const models = new Set(wanted.map((i) => rows.model[i]));
    const provinces = new Set(wanted.map((i) => rows.province[i]));
    const by = models.size <= provinces.size ? 'model' : 'province';
    const urlOf = (i: number) =>
      by === 'model' ? MAP_FILES.model(rows.models[rows.model[i]]![0]) : MAP_FILES.province(rows.provinces[rows.province[i]]![0]);
    const urls = [...new Set(wanted.map(urlOf))];
    const loaded = new Map(await Promise.all(urls.map(async (u) => [u, await file(u)] as const)));
    const out = new Map<number, RowDetails>();
    for (const i of wanted) {
      const data = loaded.get(urlOf(i))!;
      const row = local[by][i]!;
      // The files of one build agree; a mismatch means files from two builds (a stale cache).
      if (data.lat[row] !== rows.lat[i] || data.lon[row] !== rows.lon[i]) throw new Error(`${urlOf(i)}: row ${row} is not row ${i} of the map`);
      out.set(i, { data, row });
    }
    return out;
  };
}
