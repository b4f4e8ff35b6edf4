/**
 * npm run new:model [-- --title "…" --field <key> --unit-types a,b --lead-bodies a,b --summary "…" --problem "…"
 *                      --problems <keys> --recognition <kind> --source-id … --source-title … --source-publisher … --source-date YYYY[-MM[-DD]]
 *                      --source-url …] [--content <folder>]
 * Scaffolds content/models/<slug>.mdx with every section of the model schema (src/schema/model.ts), each
 * explained by a comment, and the four narrative headings. The required fields are checked with the
 * schema before anything is written; the optional sections start empty for the author to fill from sources.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { toYaml } from '../src/lib/content/yaml.ts';
import { checkRecord, formatProblem } from '../src/lib/content/records.ts';
import { modelSchema } from '../src/schema/model.ts';
import { todayInVietnam } from '../src/lib/format/dates.ts';
import { BODIES, EFFECT_LEVELS, FIELDS, PROBLEMS, RECOGNITION, UNIT_TYPES } from '../src/schema/vocab.ts';
import { slugify } from '../src/lib/format/slug.ts';
import { schemaFields } from '../src/lib/open-data/schema-fields.ts';
import { complete, parseFlags } from './lib/args.ts';

const flags = await complete(parseFlags(process.argv.slice(2)), [
  { flag: 'title', prompt: 'Tên mô hình', required: true },
  { flag: 'summary', prompt: 'Tóm tắt (tối đa 300 ký tự)', required: true },
  { flag: 'field', prompt: `Lĩnh vực (${FIELDS.keys.join(' | ')})`, required: true },
  { flag: 'unit-types', prompt: `Loại địa bàn, phân cách bằng dấu phẩy (${UNIT_TYPES.keys.join(', ')})`, required: true },
  { flag: 'lead-bodies', prompt: `Cơ quan chủ trì, phân cách bằng dấu phẩy (${BODIES.keys.join(', ')})`, required: true },
  { flag: 'problem', prompt: 'Vấn đề mô hình giải quyết', required: true },
  { flag: 'problems', prompt: `Vấn đề theo danh mục, phân cách bằng dấu phẩy (${PROBLEMS.keys.join(', ')})`, required: true },
  { flag: 'recognition', prompt: `Mô hình được ghi nhận thế nào (${RECOGNITION.keys.join(' | ')})`, required: true },
  { flag: 'source-id', prompt: 'Nguồn: mã ngắn không dấu (ví dụ cong-an-thai-binh-2022-02-21)', required: true },
  { flag: 'source-title', prompt: 'Nguồn: tiêu đề', required: true },
  { flag: 'source-publisher', prompt: 'Nguồn: cơ quan, báo đăng', required: true },
  { flag: 'source-date', prompt: 'Nguồn: ngày đăng như trang ghi (YYYY-MM-DD, YYYY-MM hoặc YYYY; để trống nếu không ghi)' },
  { flag: 'source-url', prompt: 'Nguồn: địa chỉ URL', required: true },
]);
const get = (k: string) => flags.get(k)?.trim() || undefined;
const list = (k: string) =>
  (get(k) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

// Key order follows the schema, so every scaffold reads the same way.
const record = {
  title: get('title'),
  summary: get('summary'),
  field: get('field'),
  tags: [],
  problems: list('problems'),
  unitTypes: list('unit-types'),
  settingTraits: [],
  leadBodies: list('lead-bodies'),
  partners: [],
  problem: get('problem'),
  coreComponents: [],
  moderators: [],
  risks: [],
  legalBasis: [],
  resources: { people: [], equipment: [] },
  replication: { prerequisites: [], capacities: [], steps: [], indicators: [], reviewMonths: [6, 12], pitfalls: [] },
  evidence: {
    recognition: [{ kind: get('recognition'), source: get('source-id') }],
    // Nothing is known of the effect until someone records figures from a source.
    effect: { prevention: EFFECT_LEVELS.keys[0], detection: EFFECT_LEVELS.keys[0] },
    claims: [],
  },
  keyPoints: [],
  discussionQuestions: [],
  sources: [
    {
      id: get('source-id'),
      title: get('source-title'),
      publisher: get('source-publisher'),
      ...(get('source-date') && { date: get('source-date') }),
      url: get('source-url'),
    },
  ],
  updated: todayInVietnam(),
};

const slug = get('slug') ?? slugify(record.title ?? '');
const file = `models/${slug || 'mo-hinh'}.mdx`;
const { problems } = checkRecord(file, modelSchema, record, record.updated);
if (problems.length > 0) {
  console.error(`Chưa tạo được ${file}: ${problems.length} lỗi`);
  for (const p of problems) console.error(`  ✗ ${formatProblem(p)}`);
  process.exit(1);
}
const root = resolve(get('content') ?? process.env.CONTENT_DIR ?? 'content');
const target = join(root, file);
if (existsSync(target) && !flags.has('force')) {
  console.error(`✗ ${file} đã có; thêm --force để ghi đè.`);
  process.exit(1);
}

/**
 * What each key holds, written above it so the author knows what to fill: the schema's own description
 * (the same text as the codebook on /du-lieu/) and, for a closed list, the keys it accepts.
 */
const HELP = new Map(schemaFields(modelSchema).map((f) => [f.path, `${f.description}${f.values ? `: ${f.values.join(', ')}` : ''}.`]));
const parents: string[] = [];
const yaml = toYaml(record)
  .split('\n')
  .map((line) => {
    const key = /^( *)([A-Za-z]+):/.exec(line);
    if (!key) return line;
    parents.length = key[1]!.length / 2;
    parents.push(key[2]!);
    const help = HELP.get(parents.join('.'));
    return help ? `${key[1]}# ${help}\n${line}` : line;
  })
  .join('\n');
const body = ['## Bối cảnh', '## Cách làm', '## Kết quả', '## Bài học và điều kiện nhân rộng']
  .map((h) => `${h}\n\n<!-- Viết theo nguồn; không thêm số liệu hay nhận định không có nguồn. -->\n`)
  .join('\n');
mkdirSync(join(root, 'models'), { recursive: true });
writeFileSync(target, `---\n${yaml.trimEnd()}\n---\n\n${body}`);
console.log(`✓ Đã tạo ${target}. Điền các phần còn trống theo nguồn, rồi chạy npm run check:content.`);
