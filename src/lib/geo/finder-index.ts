/**
 * The place finder's data in a compact form for the browser (/ranh-gioi/tim-xa.json): repeated
 * district and province names become indexes, and the old unit codes are left out (people type
 * names; the command line keeps code look-ups of former units). Pure: encode at build, decode in
 * the browser into the very shapes the finder takes.
 */
import type { AdminCommune, AdminProvince, FormerUnit } from './admin.ts';

/** [code, name, type index, province index, lon, lat, former rows, formedFrom?] */
type CommuneRow = [string, string, number, number, number, number, FormerRow[], string?];
/** [bare name, unit-type index, district index (-1: none), former province index, 1 when only part] */
type FormerRow = [string, number, number, number, 0 | 1];

export interface FinderIndex {
  provinces: AdminProvince[];
  types: AdminCommune['type'][];
  /** Unit types of former communes ("Xã", "Phường", "Thị trấn"), taken off their names. */
  formerTypes: string[];
  /** Former districts and former province names, shared by the rows. */
  strings: string[];
  communes: CommuneRow[];
}

export function encodeFinderIndex(communes: readonly AdminCommune[], provinces: readonly AdminProvince[]): FinderIndex {
  const strings: string[] = [];
  const seen = new Map<string, number>();
  const ref = (s: string) => seen.get(s) ?? (seen.set(s, strings.push(s) - 1), strings.length - 1);
  const types: AdminCommune['type'][] = ['Xã', 'Phường', 'Đặc khu'];
  const provinceIndex = new Map(provinces.map((p, i) => [p.code, i]));
  const formerTypes = ['Xã', 'Phường', 'Thị trấn', ''];
  const formerRow = (f: FormerUnit): FormerRow => {
    const t = formerTypes.findIndex((t) => t && f.name.startsWith(`${t} `));
    const type = t < 0 ? formerTypes.length - 1 : t;
    const bare = t < 0 ? f.name : f.name.slice(formerTypes[t]!.length + 1);
    return [bare, type, f.district ? ref(f.district) : -1, ref(f.province), f.part ? 1 : 0];
  };
  return {
    provinces: [...provinces],
    types,
    formerTypes,
    strings,
    communes: communes.map((c) => {
      const row: CommuneRow = [
        c.code,
        c.name,
        types.indexOf(c.type),
        provinceIndex.get(c.province)!,
        // 4 decimals ≈ 11 m: enough for a commune's label point.
        Math.round(c.label[0] * 1e4) / 1e4,
        Math.round(c.label[1] * 1e4) / 1e4,
        c.former.map(formerRow),
      ];
      if (c.formedFrom) row.push(c.formedFrom);
      return row;
    }),
  };
}

export function decodeFinderIndex(index: FinderIndex): { communes: AdminCommune[]; provinces: AdminProvince[] } {
  const communes = index.communes.map(
    ([code, name, type, province, lon, lat, former, formedFrom]): AdminCommune => ({
      code,
      name,
      type: index.types[type]!,
      province: index.provinces[province]!.code,
      label: [lon, lat],
      former: former.map(
        ([bare, type, district, p, part]): FormerUnit => ({
          code: '',
          name: index.formerTypes[type] ? `${index.formerTypes[type]} ${bare}` : bare,
          ...(district >= 0 && { district: index.strings[district] }),
          province: index.strings[p]!,
          ...(part === 1 && { part: true as const }),
        }),
      ),
      ...(formedFrom && { formedFrom }),
    }),
  );
  return { communes, provinces: index.provinces };
}
