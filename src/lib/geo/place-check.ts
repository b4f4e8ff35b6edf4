/**
 * A deployment's place checked against today's boundaries: its commune code exists, belongs to its
 * province and carries that commune's name; its point lies in its commune (when the code is given) or
 * else in its province; a point at sea only for a special zone (đặc khu, the island units). Each
 * problem names the unit the point really falls in, so the author can see what went wrong.
 */
import type { Deployment } from '../../schema/deployment.ts';
import type { Province } from '../../schema/province.ts';
import type { Problem } from '../content/records.ts';
import { bareName, type AdminCommune, type AdminProvince } from './admin.ts';
import type { CommuneLocator } from './locate.ts';

export interface AdminGeo {
  communes: Map<string, AdminCommune>;
  provinces: Map<string, AdminProvince>;
  locator: CommuneLocator;
}

export function adminGeo(communes: readonly AdminCommune[], provinces: readonly AdminProvince[], locator: CommuneLocator): AdminGeo {
  return { communes: new Map(communes.map((c) => [c.code, c])), provinces: new Map(provinces.map((p) => [p.code, p])), locator };
}

export function checkPlace(file: string, d: Deployment, province: Province, geo: AdminGeo): Problem[] {
  const problems: Problem[] = [];
  const { lat, lon } = d.coordinates;
  const point = `tọa độ (${lat}, ${lon})`;
  const where = (code: string | undefined) => {
    if (code === undefined) return 'ngoài khơi, không thuộc xã, phường, đặc khu nào';
    const c = geo.communes.get(code)!;
    return `trong ${c.name} (mã ${c.code}), ${geo.provinces.get(c.province)?.fullName ?? c.province}`;
  };
  const code = d.commune?.code;
  const commune = code === undefined ? undefined : geo.communes.get(code);
  if (code !== undefined && !commune) {
    problems.push({ file, field: 'commune.code', message: `không có xã, phường, đặc khu nào mang mã ${code}` });
  } else if (commune && commune.province !== province.code) {
    problems.push({
      file,
      field: 'commune.code',
      message: `mã ${code} là ${commune.name}, thuộc ${geo.provinces.get(commune.province)?.fullName}, không thuộc ${province.fullName}`,
    });
  }
  if (commune && d.commune && d.commune.name !== commune.name && d.commune.name !== bareName(commune.name)) {
    problems.push({ file, field: 'commune.name', message: `mã ${commune.code} là "${commune.name}", không phải "${d.commune.name}"` });
  }

  const at = geo.locator.communeAt(lon, lat);
  const atSea = at === undefined;
  if (commune && commune.province === province.code) {
    if (at !== commune.code && !(atSea && commune.type === 'Đặc khu'))
      problems.push({ file, field: 'coordinates', message: `${point} không nằm trong ${commune.name} mà ${where(at)}` });
  } else if (atSea) {
    problems.push({
      file,
      field: 'coordinates',
      message: `${point} nằm ${where(at)}; chỉ điểm của đặc khu mới được ở ngoài khơi (ghi commune.code của đặc khu)`,
    });
  } else if (geo.communes.get(at)!.province !== province.code) {
    problems.push({ file, field: 'coordinates', message: `${point} nằm ngoài ranh giới ${province.fullName}: điểm ở ${where(at)}` });
  }
  return problems;
}
