/**
 * npm run new:deployment [-- --model <slug> --place "…" --province <id> --lat 20.61 --lon 106.14 …] [--content <folder>]
 * npm run new:deployment [-- --model <slug> --place "…" --commune "tien duc hung ha" [--lat … --lon …] …]
 * Writes content/deployments/<model>/<place-slug>.yaml, checked with the same schema and cross-reference
 * check as the build (src/schema/deployment.ts, src/lib/content/content-check.ts). Asks for what is missing when run
 * at a terminal; otherwise lists every missing or wrong field and writes nothing.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { toYaml } from '../src/lib/content/yaml.ts';
import { checkContent } from '../src/lib/content/content-check.ts';
import { checkDeploymentReferences, checkRecord, formatProblem } from '../src/lib/content/records.ts';
import { deploymentSchema } from '../src/schema/deployment.ts';
import { todayInVietnam } from '../src/lib/format/dates.ts';
import { COUNT_UNITS, SCOPES, STATUSES } from '../src/schema/vocab.ts';
import { parseDecimal, parsePositiveInt } from '../src/lib/format/numbers.ts';
import { slugify } from '../src/lib/format/slug.ts';
import { complete, parseFlags } from './lib/args.ts';
import { listContentFiles } from '../tools/content-files.ts';
import { adminCommunes, adminProvinces } from '../tools/admin-data.ts';
import { loadAdminGeo } from '../tools/admin-geo.ts';
import { placeFinder } from '../src/lib/geo/place-finder.ts';
import { describeMatch } from '../src/lib/geo/place-text.ts';
import { COMMUNE_LABEL_NOTE, formerPlaceText } from '../src/lib/geo/admin.ts';

const given = parseFlags(process.argv.slice(2));
// With --commune, the place finder supplies the province, the code, the former names and (unless
// --lat/--lon are given) the commune's label point.
const byCommune = given.has('commune') || given.has('commune-code');
const flags = await complete(given, [
  { flag: 'model', prompt: 'Mã mô hình (tên tệp trong content/models, không có .mdx)', required: true },
  { flag: 'place', prompt: 'Tên điểm triển khai', required: true },
  { flag: 'scope', prompt: `Phạm vi (${SCOPES.keys.join(' | ')})`, required: true },
  { flag: 'province', prompt: 'Mã tỉnh, thành (id trong content/provinces.yaml)', required: !byCommune },
  { flag: 'lat', prompt: 'Vĩ độ (ví dụ 20.61)', required: !byCommune },
  { flag: 'lon', prompt: 'Kinh độ (ví dụ 106.14)', required: !byCommune },
  { flag: 'source-title', prompt: 'Nguồn: tiêu đề bài viết, văn bản', required: true },
  { flag: 'source-url', prompt: 'Nguồn: địa chỉ URL (http:// hoặc https://)', required: true },
  { flag: 'source-publisher', prompt: 'Nguồn: cơ quan, báo đăng' },
  { flag: 'source-date', prompt: 'Nguồn: ngày đăng như trang ghi (YYYY-MM-DD, YYYY-MM hoặc YYYY; để trống nếu không ghi)' },
  { flag: 'commune', prompt: 'Xã, phường: tên hiện nay, tên cũ hoặc mã (npm run find:commune để tra)' },
  { flag: 'commune-code', prompt: 'Mã xã (5 chữ số)' },
  { flag: 'count', prompt: 'Số lượng (chỉ với phạm vi tinh)' },
  { flag: 'count-unit', prompt: `Đơn vị đếm của số lượng (${COUNT_UNITS.keys.join(' | ')})` },
  { flag: 'former-names', prompt: 'Tên cũ trước 1/7/2025 (phân cách bằng dấu ;)' },
  { flag: 'started', prompt: 'Thời điểm bắt đầu như nguồn nêu (YYYY, YYYY-MM hoặc YYYY-MM-DD)' },
  { flag: 'status', prompt: `Tình trạng (${STATUSES.keys.join(' | ')})` },
  { flag: 'lead-unit', prompt: 'Đơn vị chủ trì' },
  { flag: 'teams', prompt: 'Số tổ' },
  { flag: 'members', prompt: 'Số thành viên' },
  { flag: 'notes', prompt: 'Ghi chú' },
]);

const get = (k: string) => flags.get(k)?.trim() || undefined;
/** Numbers typed on the command line; text that is not a number is kept so the schema names the field. */
const num = (k: string, parse: (s: string) => number | undefined) => (get(k) === undefined ? undefined : (parse(get(k)!) ?? get(k)));

// A code given with --commune-code decides; the --commune text is then kept as written, for the check
// to compare with the code's name.
const place = byCommune
  ? communeFromFinder(get('commune-code') ?? get('commune') ?? '', get('lat') !== undefined || get('lon') !== undefined)
  : undefined;
if (place && get('commune-code') && get('commune')) place.commune.name = get('commune')!;

const record = Object.fromEntries(
  Object.entries({
    model: get('model'),
    place: get('place'),
    scope: get('scope'),
    count: get('count') || get('count-unit') ? { value: num('count', parsePositiveInt), unit: get('count-unit') } : undefined,
    province: get('province') ?? place?.province,
    commune: place?.commune,
    formerNames:
      get('former-names')
        ?.split(';')
        .map((s) => s.trim())
        .filter(Boolean) ?? place?.formerNames,
    coordinates: place?.coordinates ?? { lat: num('lat', parseDecimal), lon: num('lon', parseDecimal) },
    coordinatesNote: place?.coordinatesNote,
    started: get('started'),
    status: get('status'),
    leadUnit: get('lead-unit'),
    teams: num('teams', parsePositiveInt),
    members: num('members', parsePositiveInt),
    source: Object.fromEntries(
      Object.entries({
        title: get('source-title'),
        url: get('source-url'),
        publisher: get('source-publisher'),
        date: get('source-date'),
      }).filter(([, v]) => v !== undefined),
    ),
    notes: get('notes'),
  }).filter(([, v]) => v !== undefined),
);

/**
 * The one commune the text names (today's or a former name, or a code), or exit listing the candidates.
 * Former names are written as the sources write them; the label point becomes the coordinates only
 * when no site point is given, with a note saying so.
 */
function communeFromFinder(text: string, pointGiven: boolean) {
  const result = placeFinder(adminCommunes(), adminProvinces()).find(text);
  if (result.status === 'none') {
    console.error(
      `✗ --commune: không tìm thấy "${text}".${result.suggestions.length ? ` Có phải: ${result.suggestions.join('; ')}?` : ''}`,
    );
    process.exit(1);
  }
  if (result.status === 'ambiguous') {
    console.error(`✗ --commune: "${text}" khớp nhiều đơn vị; ghi thêm huyện, tỉnh cũ hoặc dùng mã xã:`);
    for (const m of result.matches.filter((m) => m.score === result.matches[0]!.score)) console.error(`  ${describeMatch(m)}`);
    process.exit(1);
  }
  const { commune, province, matchedFormer } = result.matches[0]!;
  const provinceId = provinceIdByCode(province.code);
  return {
    commune: { name: commune.name, code: commune.code },
    province: provinceId,
    formerNames: matchedFormer.length > 0 ? matchedFormer.map(formerPlaceText) : undefined,
    coordinates: pointGiven ? undefined : { lat: commune.label[1], lon: commune.label[0] },
    coordinatesNote: pointGiven ? undefined : COMMUNE_LABEL_NOTE,
  };
}

function provinceIdByCode(code: string): string | undefined {
  const root = resolve(get('content') ?? process.env.CONTENT_DIR ?? 'content');
  const content = checkContent(listContentFiles(root));
  return [...content.provinces.values()].find((p) => p.code === code)?.id;
}

const root = resolve(get('content') ?? process.env.CONTENT_DIR ?? 'content');
if (!existsSync(join(root, 'provinces.yaml'))) {
  console.error(`✗ ${root} không phải thư mục nội dung (thiếu provinces.yaml); dùng --content <thư mục>.`);
  process.exit(1);
}
const file = `deployments/${record.model ?? 'mo-hinh'}/${slugify(String(record.place ?? '')) || 'dia-diem'}.yaml`;
const today = todayInVietnam();
const checked = checkRecord(file, deploymentSchema, record, today);
const content = checkContent(listContentFiles(root), undefined, today);
const problems = checked.data
  ? checkDeploymentReferences(file, checked.data, { models: content.models, provinces: content.provinces, geo: loadAdminGeo() })
  : checked.problems;

if (problems.length > 0) {
  console.error(`Chưa tạo được ${file}: ${problems.length} lỗi`);
  for (const p of problems) console.error(`  ✗ ${formatProblem(p)}`);
  process.exit(1);
}
const target = join(root, file);
if (existsSync(target) && !flags.has('force')) {
  console.error(`✗ ${file} đã có; chọn tên điểm khác hoặc thêm --force để ghi đè.`);
  process.exit(1);
}
mkdirSync(join(root, 'deployments', String(record.model)), { recursive: true });
writeFileSync(target, `# Tạo bằng npm run new:deployment ngày ${today}.\n${toYaml(record)}`);
console.log(`✓ Đã tạo ${join(root, file)}. Chạy npm run check:content để kiểm tra toàn bộ nội dung.`);
