/**
 * A synthetic national catalogue for benchmarks: 2,500 models with full records and MDX narratives of
 * realistic length, 124,000 deployments over the 34 provinces and today's 3,321 communes (real codes,
 * names, former names and label points from src/data/admin), in the proportions the sources show
 * (mostly single communes, a third single sites, a few province-wide totals). Deterministic: the same
 * options write the same files. Written to a folder of the caller's choice, never into content/; the
 * site builds from it through CONTENT_DIR like from the real content.
 *
 *   node scripts/bench/national-fixture.ts --out bench-out/national/content [--models 2500] [--deployments 124000]
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { load } from 'js-yaml';
import { toYaml } from '../../src/lib/content/yaml.ts';
import type { AdminCommune, AdminProvince } from '../../src/lib/geo/admin.ts';
import { slugify } from '../../src/lib/format/slug.ts';
import {
  BODIES,
  CAPACITIES,
  COUNT_UNITS,
  EFFECT_LEVELS,
  FIELDS,
  FUNDING,
  PROBLEMS,
  RECOGNITION,
  SETTING_TRAITS,
  STATUSES,
  UNIT_TYPES,
} from '../../src/schema/vocab.ts';
import { adminCommunes, adminProvinces } from '../../tools/admin-data.ts';

export interface FixtureOptions {
  models: number;
  deployments: number;
  seed?: number;
}

/** A small linear congruential generator: enough variety, and the same sequence on every machine. */
function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS = (
  'an ninh trật tự tổ dân phố khu dân cư người dân công an xã phường mặt trận tổ quốc đoàn thể hội phụ nữ cựu chiến binh ' +
  'thanh niên tuần tra canh gác phòng ngừa phát hiện tố giác tội phạm tệ nạn xã hội ma túy trộm cắp đánh bạc hòa giải mâu thuẫn ' +
  'tuyên truyền pháp luật tổ tự quản đăng ký tạm trú lưu trú camera giám sát điện thoại kết nối đường dây nóng họp định kỳ ' +
  'sơ kết tổng kết khen thưởng kinh phí xã hội hóa ngân sách địa bàn trọng điểm phức tạp đền chùa di tích lễ hội du lịch ' +
  'đồng bào dân tộc tôn giáo biên giới biển đảo nông thôn đô thị nhà trường doanh nghiệp cơ quan gia đình học sinh dòng họ'
).split(' ');
const TOPICS = [
  'Tự quản an ninh trật tự',
  'Camera an ninh',
  'Hòm thư tố giác tội phạm',
  'Tổ hòa giải',
  'Dòng họ tự quản',
  'Tiếng kẻng an ninh',
  'Giáo xứ bình yên',
  'Tổ tàu thuyền tự quản',
  'Tổ tự quản đường biên',
  'Nhóm Zalo an ninh',
  'Khu nhà trọ tự quản',
  'Trường học an toàn',
  'Bản không ma túy',
  'Cụm an ninh giáp ranh',
  'Chợ an toàn',
];

export function generateNationalFixture(out: string, opts: FixtureOptions): { models: number; deployments: number } {
  const rand = prng(opts.seed ?? 20250701);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const some = <T>(list: readonly T[], n: number): T[] => [...new Set(Array.from({ length: n }, () => pick(list)))];
  const sentence = (n: number) => {
    const s = Array.from({ length: n }, () => pick(WORDS)).join(' ');
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 4 + Math.floor(rand() * 4) }, () => sentence(12 + Math.floor(rand() * 12))).join(' ');

  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'models'), { recursive: true });
  cpSync('content/provinces.yaml', join(out, 'provinces.yaml'));

  const sources = Array.from({ length: 400 }, (_, i) => ({
    title: `Bài báo tổng hợp số ${i + 1} về phong trào toàn dân bảo vệ an ninh Tổ quốc`,
    publisher: `Báo tổng hợp ${(i % 40) + 1}`,
    date: `${2015 + (i % 10)}-${String((i % 12) + 1).padStart(2, '0')}`,
    url: `https://example.vn/bai-${i + 1}`,
  }));

  const slugs: string[] = [];
  for (let i = 0; i < opts.models; i++) {
    const title = `${pick(TOPICS)} số ${i + 1}`;
    const slug = slugify(title);
    slugs.push(slug);
    const source = { id: 'nguon-chinh', ...pick(sources) };
    const record = {
      title,
      summary: sentence(24).slice(0, 280),
      field: pick(FIELDS.keys),
      problems: some(PROBLEMS.keys, 2),
      tags: some(WORDS, 3),
      unitTypes: some(UNIT_TYPES.keys, 2),
      settingTraits: some(SETTING_TRAITS.keys, 2),
      leadBodies: some(BODIES.keys, 1),
      partners: some(BODIES.keys, 3),
      problem: sentence(20),
      coreComponents: [sentence(10), sentence(10), sentence(10)],
      mechanism: sentence(25),
      moderators: [sentence(12), sentence(12)],
      risks: [sentence(14), sentence(14)],
      legalBasis: [sentence(12)],
      resources: {
        startupCost: { min: 5_000_000, max: 50_000_000, per: 'một khu dân cư', source: 'nguon-chinh' },
        people: [sentence(8)],
        equipment: [sentence(6)],
        funding: pick(FUNDING.keys),
      },
      replication: {
        prerequisites: [sentence(10), sentence(10)],
        capacities: some(CAPACITIES.keys, 2),
        steps: Array.from({ length: 5 }, (_, s) => ({
          title: sentence(9),
          owner: pick(BODIES.keys),
          weeks: 1 + ((i + s) % 6),
          outputs: [sentence(5)],
          source: 'nguon-chinh',
        })),
        indicators: [
          { id: 'so-vu-viec', name: 'Số vụ việc phát hiện', unit: 'vụ', direction: 'tang' },
          { id: 'so-vu-pham-toi', name: 'Số vụ phạm tội trên địa bàn', unit: 'vụ', direction: 'giam' },
        ],
        pitfalls: [sentence(12), sentence(12)],
      },
      evidence: {
        recognition: [{ kind: pick(RECOGNITION.keys), by: 'Công an tỉnh', source: 'nguon-chinh' }],
        effect: { prevention: pick(EFFECT_LEVELS.keys), detection: pick(EFFECT_LEVELS.keys) },
        claims: Array.from({ length: 4 }, () => ({
          kind: 'phat-hien',
          text: sentence(18),
          value: 1 + Math.floor(rand() * 500),
          unit: 'vụ',
          source: 'nguon-chinh',
        })),
      },
      keyPoints: [sentence(10), sentence(10)],
      discussionQuestions: [sentence(10)],
      sources: [source],
      updated: '2025-06-01',
    };
    const body = ['Bối cảnh', 'Cách làm', 'Kết quả', 'Bài học và điều kiện nhân rộng']
      .map((h) => `## ${h}\n\n${paragraph()}\n\n${paragraph()}\n`)
      .join('\n');
    writeFileSync(join(out, 'models', `${slug}.mdx`), `---\n${toYaml(record)}---\n\n${body}`);
  }

  // Provinces weighted by how many communes they have, so deployments spread as communes do.
  const provinces = new Map(adminProvinces().map((p: AdminProvince) => [p.code, p]));
  const provinceIds = provinceIdsByCode();
  const communes = adminCommunes();
  for (let i = 0; i < opts.deployments; i++) {
    const model = pick(slugs);
    const commune: AdminCommune = pick(communes);
    const province = provinces.get(commune.province)!;
    const roll = rand();
    const scope = roll < 0.02 ? 'tinh' : roll < 0.33 ? 'diem' : 'xa';
    const [lon, lat] = scope === 'tinh' ? province.label : commune.label;
    const former = commune.former.slice(0, 2).map((f) => `${f.name}, ${f.district}, tỉnh ${f.province}`);
    const record = {
      model,
      place: scope === 'tinh' ? province.fullName : scope === 'diem' ? `Thôn ${1 + (i % 30)}, ${commune.name}` : commune.name,
      scope,
      ...(scope === 'tinh' && { count: { value: 1 + Math.floor(rand() * 300), unit: pick(COUNT_UNITS.keys) } }),
      province: provinceIds.get(commune.province)!,
      ...(scope !== 'tinh' && { commune: { name: commune.name, code: commune.code }, formerNames: former }),
      coordinates: { lat, lon },
      coordinatesNote: 'Điểm đặt tên của xã (dữ liệu tổng hợp cho đo hiệu năng)',
      ...(rand() < 0.6 && { started: String(2012 + Math.floor(rand() * 13)) }),
      ...(rand() < 0.5 && { status: pick(STATUSES.keys) }),
      ...(rand() < 0.3 && { members: 5 + Math.floor(rand() * 40) }),
      source: pick(sources),
    };
    const dir = join(out, 'deployments', model);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `diem-${i + 1}.yaml`), toYaml(record));
  }
  return { models: opts.models, deployments: opts.deployments };
}

/** Province ids of content/provinces.yaml by official code (the fixture uses the real province list). */
function provinceIdsByCode(): Map<string, string> {
  const list = load(readFileSync('content/provinces.yaml', 'utf8')) as { id: string; code: string }[];
  return new Map(list.map((p) => [p.code, p.id]));
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'bench-out/national/content' },
      models: { type: 'string', default: '2500' },
      deployments: { type: 'string', default: '124000' },
    },
  });
  const started = Date.now();
  const n = generateNationalFixture(values.out!, { models: Number(values.models), deployments: Number(values.deployments) });
  console.log(`${n.models} mô hình, ${n.deployments} điểm triển khai → ${values.out} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
