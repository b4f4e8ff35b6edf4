/**
 * npm run new:deployment [-- --model <slug> --place "…" --province <id> --lat 20.61 --lon 106.14 …] [--content <folder>]
 * Writes content/deployments/<model>/<place-slug>.yaml, checked with the same schema and cross-reference
 * check as the build (src/schema/deployment.ts, src/lib/content-check.ts). Asks for what is missing when run
 * at a terminal; otherwise lists every missing or wrong field and writes nothing.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { checkContent, checkDeploymentReferences, formatProblem, issuesToProblems } from '../src/lib/content-check.ts';
import { deploymentSchema } from '../src/schema/deployment.ts';
import { todayInVietnam } from '../src/schema/common.ts';
import { COUNT_UNITS, SCOPES, STATUSES } from '../src/schema/vocab.ts';
import { parseDecimal, parsePositiveInt } from '../src/lib/numbers.ts';
import { slugify } from '../src/lib/slug.ts';
import { complete, parseFlags } from './lib/args.ts';
import { listContentFiles } from './lib/content-files.ts';

const flags = await complete(parseFlags(process.argv.slice(2)), [
  { flag: 'model', prompt: 'Mã mô hình (tên tệp trong content/models, không có .mdx)', required: true },
  { flag: 'place', prompt: 'Tên điểm triển khai', required: true },
  { flag: 'scope', prompt: `Phạm vi (${SCOPES.keys.join(' | ')})`, required: true },
  { flag: 'province', prompt: 'Mã tỉnh, thành (id trong content/provinces.yaml)', required: true },
  { flag: 'lat', prompt: 'Vĩ độ (ví dụ 20.61)', required: true },
  { flag: 'lon', prompt: 'Kinh độ (ví dụ 106.14)', required: true },
  { flag: 'source-title', prompt: 'Nguồn: tiêu đề bài viết, văn bản', required: true },
  { flag: 'source-url', prompt: 'Nguồn: địa chỉ URL (http:// hoặc https://)', required: true },
  { flag: 'source-publisher', prompt: 'Nguồn: cơ quan, báo đăng' },
  { flag: 'source-date', prompt: 'Nguồn: ngày đăng như trang ghi (YYYY-MM-DD, YYYY-MM hoặc YYYY; để trống nếu không ghi)' },
  { flag: 'commune', prompt: 'Tên xã, phường hiện nay' },
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

const record = Object.fromEntries(
  Object.entries({
    model: get('model'),
    place: get('place'),
    scope: get('scope'),
    count: get('count') || get('count-unit') ? { value: num('count', parsePositiveInt), unit: get('count-unit') } : undefined,
    province: get('province'),
    commune: get('commune') || get('commune-code') ? { name: get('commune') ?? '', ...(get('commune-code') && { code: get('commune-code') }) } : undefined,
    formerNames: get('former-names')?.split(';').map((s) => s.trim()).filter(Boolean),
    coordinates: { lat: num('lat', parseDecimal), lon: num('lon', parseDecimal) },
    started: get('started'),
    status: get('status'),
    leadUnit: get('lead-unit'),
    teams: num('teams', parsePositiveInt),
    members: num('members', parsePositiveInt),
    source: Object.fromEntries(
      Object.entries({ title: get('source-title'), url: get('source-url'), publisher: get('source-publisher'), date: get('source-date') }).filter(([, v]) => v !== undefined),
    ),
    notes: get('notes'),
  }).filter(([, v]) => v !== undefined),
);

const root = resolve(get('content') ?? process.env.CONTENT_DIR ?? 'content');
if (!existsSync(join(root, 'provinces.yaml'))) {
  console.error(`✗ ${root} không phải thư mục nội dung (thiếu provinces.yaml); dùng --content <thư mục>.`);
  process.exit(1);
}
const file = `deployments/${record.model ?? 'mo-hinh'}/${slugify(String(record.place ?? '')) || 'dia-diem'}.yaml`;
const parsed = deploymentSchema.safeParse(record);
const content = checkContent(listContentFiles(root));
const problems = parsed.success
  ? checkDeploymentReferences(file, parsed.data, { models: content.models, provinces: content.provinces })
  : issuesToProblems(file, parsed.error, [], record);

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
writeFileSync(target, `# Tạo bằng npm run new:deployment ngày ${todayInVietnam()}.\n${stringify(record, { lineWidth: 0 })}`);
console.log(`✓ Đã tạo ${join(root, file)}. Chạy npm run check:content để kiểm tra toàn bộ nội dung.`);
