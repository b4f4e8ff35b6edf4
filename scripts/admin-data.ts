/**
 * npm run admin-data [-- --from ../shared/geodata]
 *
 * Regenerates the project's own copy of Vietnam's administrative units (34 provinces, 3,321 communes,
 * in force since 1/7/2025, with the 30/4/2026 changes of NQ 237/NQ-UBTVQH16) from the MIT-licensed
 * reference folder. Run by a maintainer when the reference data changes; the output is committed, and
 * nothing in the build, the tests or the browser reads the reference folder.
 *
 * Inputs (in the --from folder; provenance in its SOURCES.md):
 * - vn_34_provinces.csv, vn_communes_2025.csv, vn_old_to_new_communes.csv, vn_old_to_new_provinces.csv
 * - vn_3321_communes_simplified.topojson (mapshaper 4 % of the commune polygons)
 * Upstream: thanglequoc/vietnamese-provinces-database @ cd58063299585146ded3981f2272946ef19ced54 (MIT;
 * geometry from sapnhap.bando.com.vn) and dvhcvn/20250701 @ dd94887ce32324380bc5bb0a76fe39867dafc73b (MIT).
 *
 * Outputs:
 * - src/data/admin/provinces.json, communes.json: codes, names, types, label points, former units
 * - src/data/admin/communes.topo.json: commune boundaries as given (build-time point-in-commune checks)
 * - public/ranh-gioi/tinh.json: the 34 provinces, merged from the communes (so both layers agree), light
 * - public/ranh-gioi/xa/<province code>.json: one province's communes, light, loaded only when needed
 */
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { feature, merge } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { parseFlags } from './lib/args.ts';
import type { AdminCommune, AdminProvince, FormerUnit } from '../src/lib/geo/admin.ts';

const flags = parseFlags(process.argv.slice(2));
const from = resolve(flags.get('from') ?? '../shared/geodata');
const dataOut = resolve('src/data/admin');
const webOut = resolve('public/ranh-gioi');

/** RFC 4180 rows (quoted fields may hold commas and doubled quotes) as records keyed by the header. */
function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(join(from, file), 'utf8').replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field.replace(/\r$/, '')), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;

// Reference spelling uses "Hoà, Hoá, Thuỵ"; the site writes "Hòa, Hóa, Thụy" as the resolutions do
// (content/provinces.yaml does the same), so both spellings fold to one form. Only a syllable-final
// pair moves ("Hoàng" keeps its mark), and never after "q" ("Quý", "Quỳ" are the same in both styles).
const TONE_MOVES: Record<string, string> = {
  oà: 'òa',
  oá: 'óa',
  oả: 'ỏa',
  oã: 'õa',
  oạ: 'ọa',
  oè: 'òe',
  oé: 'óe',
  oẻ: 'ỏe',
  oẽ: 'õe',
  oẹ: 'ọe',
  uỳ: 'ùy',
  uý: 'úy',
  uỷ: 'ủy',
  uỹ: 'ũy',
  uỵ: 'ụy',
};
const OLD_TONE_END = new RegExp(`(?<![qQ])(${Object.keys(TONE_MOVES).join('|')})$`, 'i');
function modernTones(name: string): string {
  return name.normalize('NFC').replace(/\p{L}+/gu, (word) =>
    word.replace(OLD_TONE_END, (pair) => {
      const lower = TONE_MOVES[pair.toLowerCase()]!;
      return pair[0] === pair[0]!.toUpperCase() ? lower[0]!.toUpperCase() + lower.slice(1) : lower;
    }),
  );
}

/** "Tỉnh Thái Bình" → "Thái Bình"; "Thành phố Hà Nội" → "Hà Nội". */
const shortProvince = (full: string) => full.replace(/^(Tỉnh|Thành phố)\s+/, '');

const provinceRows = readCsv('vn_34_provinces.csv');
const communeRows = readCsv('vn_communes_2025.csv');
const oldToNew = readCsv('vn_old_to_new_communes.csv');
const oldProvinces = readCsv('vn_old_to_new_provinces.csv');

const provinces: AdminProvince[] = provinceRows.map((r) => ({
  code: r.code!,
  name: modernTones(r.name!),
  fullName: modernTones(r.full_name!),
  type: r.type as AdminProvince['type'],
  label: [round(Number(r.label_lon)), round(Number(r.label_lat))],
  former: oldProvinces
    .filter((o) => o.new_province_code === r.code)
    .map((o) => ({ code: o.old_province_code!, name: modernTones(o.old_province_name!) })),
}));

// Six rows of the dvhcvn table carry a new code that is not today's official one (Xã Ba Chẽ 06970 for
// 06978, Xã Ia Mơ 23737 for 23938): place them by today's name inside the province their old
// province became, and only when that name is unique there.
const communeCodes = new Set(communeRows.map((r) => r.code));
const newProvinceOfOld = new Map(oldProvinces.map((o) => [o.old_province_code, o.new_province_code]));
function newCodeOf(r: Record<string, string>): string {
  if (communeCodes.has(r.new_code)) return r.new_code!;
  const province = newProvinceOfOld.get(r.old_province_code);
  const same = communeRows.filter((c) => c.province_code === province && c.full_name === r.new_name);
  if (same.length !== 1) throw new Error(`old→new row ${r.old_code} → ${r.new_code} ${r.new_name}: no unique unit of that name today`);
  console.log(`  ${r.old_code} ${r.old_name}: mã mới ${r.new_code} → ${same[0]!.code} (${r.new_name})`);
  return same[0]!.code!;
}

const formerByCommune = new Map<string, FormerUnit[]>();
for (const r of oldToNew) {
  r.new_code = newCodeOf(r);
  const list = formerByCommune.get(r.new_code) ?? [];
  list.push({
    code: r.old_code!,
    name: modernTones(r.old_name!),
    ...(r.old_district_name && { district: modernTones(r.old_district_name) }),
    province: shortProvince(modernTones(r.old_province_name!)),
    ...(r.split === 'yes' && { part: true }),
  });
  formerByCommune.set(r.new_code!, list);
}

const communes: AdminCommune[] = communeRows.map((r) => {
  const former = formerByCommune.get(r.code!) ?? [];
  return {
    code: r.code!,
    name: modernTones(r.full_name!),
    type: r.unit_type as AdminCommune['type'],
    province: r.province_code!,
    label: [round(Number(r.lon)), round(Number(r.lat))],
    former,
    // A few units have no row in the old→new table (Đặc khu Hoàng Sa was a district without communes):
    // keep the official "formed from" text instead.
    ...(former.length === 0 && r.merged_from_bando && { formedFrom: modernTones(r.merged_from_bando) }),
  };
});

// Boundaries: the commune topology, properties reduced to the code (as the feature id).
const source = JSON.parse(readFileSync(join(from, 'vn_3321_communes_simplified.topojson'), 'utf8')) as Topology;
const sourceObject = source.objects.communes as GeometryCollection<{ code: string }>;
for (const g of sourceObject.geometries) {
  g.id = (g.properties as { code: string }).code;
  delete g.properties;
}
const fine: Topology = { ...source, objects: { communes: sourceObject } };

// Browser layers: simplified on the shared arcs, so neighbours still meet and the province outline
// is exactly the union of its communes.
function simplified(keep: number): Topology {
  const copy = JSON.parse(JSON.stringify(fine)) as Topology<Objects<{}>>;
  const pre = presimplify(copy);
  return simplify(pre, quantile(pre, 1 - keep));
}
const provinceOf = new Map(communes.map((c) => [c.code, c.province]));
const provinceLayerTopology = simplified(Number(flags.get('keep-provinces') ?? 0.25));
const provinceFeatures: Feature<MultiPolygon, { code: string; name: string }>[] = provinces.map((p) => ({
  type: 'Feature',
  id: p.code,
  properties: { code: p.code, name: p.name },
  geometry: merge(
    provinceLayerTopology,
    (provinceLayerTopology.objects.communes as GeometryCollection).geometries.filter(
      (g) => provinceOf.get(String(g.id)) === p.code,
    ) as never,
  ),
}));

const communeLayerTopology = simplified(Number(flags.get('keep-communes') ?? 0.5));
const communeFeatures = feature(communeLayerTopology, communeLayerTopology.objects.communes as GeometryCollection) as unknown as {
  features: Feature<Polygon | MultiPolygon>[];
};

/** A compact topology: quantized, then without the `bbox` the server adds. */
function webTopology(name: string, features: Feature[], quantization: number): string {
  const t = topology({ [name]: { type: 'FeatureCollection', features } as never }, quantization) as Topology & { bbox?: unknown };
  delete t.bbox;
  return JSON.stringify(t);
}

mkdirSync(dataOut, { recursive: true });
rmSync(webOut, { recursive: true, force: true });
mkdirSync(join(webOut, 'xa'), { recursive: true });
writeFileSync(join(dataOut, 'provinces.json'), JSON.stringify(provinces, null, 1) + '\n');
writeFileSync(join(dataOut, 'communes.json'), `[\n${communes.map((c) => JSON.stringify(c)).join(',\n')}\n]\n`);
writeFileSync(join(dataOut, 'communes.topo.json'), JSON.stringify(fine));
writeFileSync(join(webOut, 'tinh.json'), webTopology('provinces', provinceFeatures, 1e5));
for (const p of provinces) {
  const own = communeFeatures.features.filter((f) => provinceOf.get(String(f.id)) === p.code).map((f) => ({ ...f, properties: {} }));
  writeFileSync(join(webOut, 'xa', `${p.code}.json`), webTopology('communes', own, 1e5));
}
copyFileSync(join(from, 'sources/thanglequoc-vietnamese-provinces-database/LICENSE'), join(dataOut, 'LICENSE-thanglequoc.txt'));
copyFileSync(join(from, 'sources/dvhcvn-20250701/LICENSE'), join(dataOut, 'LICENSE-dvhcvn.txt'));
for (const f of ['LICENSE-thanglequoc.txt', 'LICENSE-dvhcvn.txt']) chmodSync(join(dataOut, f), 0o644);
console.log(
  `✓ ${provinces.length} tỉnh, thành; ${communes.length} xã, phường, đặc khu; ${oldToNew.length} dòng cũ→mới → ${dataOut}, ${webOut}`,
);
