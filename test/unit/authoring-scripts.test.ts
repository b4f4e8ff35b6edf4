import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFrontmatter, parseYaml } from '../../src/lib/content/content-check.ts';

const work = mkdtempSync(join(tmpdir(), 'authoring-'));
const content = join(work, 'content');
cpSync(join(import.meta.dirname, '../fixtures/content/valid'), content, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [`scripts/${script}.ts`, ...args, '--content', content], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
const check = () => run('check-content', []);

const MODEL = [
  '--title',
  'Mô hình Thử Lệnh',
  '--summary',
  'Tóm tắt.',
  '--field',
  'tu-quan',
  '--unit-types',
  'xa, phuong',
  '--lead-bodies',
  'cong-an',
  '--problem',
  'Vấn đề.',
  '--problems',
  'trom-cap-tai-san',
  '--recognition',
  'dia-phuong-bao-cao',
  '--source-id',
  'nguon-a',
  '--source-title',
  'Bài A',
  '--source-publisher',
  'Báo A',
  '--source-date',
  '2024-01-02',
  '--source-url',
  'https://example.vn/bai-a',
];
const DEPLOYMENT = [
  '--model',
  'mo-hinh-thu-lenh',
  '--place',
  'Đền Thử Lệnh',
  '--scope',
  'diem',
  '--province',
  'hung-yen',
  '--lat',
  '20,61',
  '--lon',
  '106.14',
  '--source-title',
  'Bài A',
  '--source-publisher',
  'Báo A',
  '--source-date',
  '2024-01-02',
  '--source-url',
  'https://example.vn/bai-a',
  '--commune',
  'Xã Long Hưng',
  '--commune-code',
  '12613',
  '--teams',
  '3',
];

describe('npm run new:model', () => {
  it('scaffolds a valid model page with every schema section and the narrative headings', () => {
    const r = run('new-model', MODEL);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const text = readFileSync(join(content, 'models/mo-hinh-thu-lenh.mdx'), 'utf8');
    const { value } = parseFrontmatter('x', text) as { value: Record<string, unknown> };
    for (const key of [
      'tags',
      'settingTraits',
      'partners',
      'coreComponents',
      'moderators',
      'risks',
      'legalBasis',
      'resources',
      'replication',
      'evidence',
      'keyPoints',
      'discussionQuestions',
      'sources',
      'updated',
    ])
      expect(value).toHaveProperty(key);
    expect(value.unitTypes).toEqual(['xa', 'phuong']);
    for (const h of ['## Bối cảnh', '## Cách làm', '## Kết quả', '## Bài học và điều kiện nhân rộng']) expect(text).toContain(h);
    // Each key is explained above it, with the keys a closed list accepts, also inside groups.
    expect(text).toMatch(/^# [^\n]*: tu-quan, camera-cong-nghe,[^\n]*\nfield: /m);
    expect(text).toMatch(/^ {2}# [^\n]*: to-tu-quan,[^\n]*\n {2}capacities:/m);
    expect(check().status).toBe(0);
  });

  it('refuses to overwrite, and names each wrong field', () => {
    expect(run('new-model', MODEL).stderr).toContain('đã có');
    const bad = run(
      'new-model',
      [...MODEL.slice(0, 5), 'khong-co', ...MODEL.slice(6)].map((a) => (a === 'Mô hình Thử Lệnh' ? 'Mô hình Khác' : a)),
    );
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('models/mo-hinh-khac.mdx › field: giá trị không hợp lệ');
  });

  it('lists every missing required flag when nobody is at the terminal', () => {
    const r = run('new-model', ['--title', 'X']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--field');
    expect(r.stderr).toContain('--source-url');
  });
});

describe('npm run new:deployment', () => {
  it('writes a deployment file that the content check accepts', () => {
    const r = run('new-deployment', DEPLOYMENT);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const yaml = readFileSync(join(content, 'deployments/mo-hinh-thu-lenh/den-thu-lenh.yaml'), 'utf8');
    // Read back as the build reads it: the decimal comma became a number, the commune code stayed text.
    const { value } = parseYaml('x', yaml) as { value: { coordinates: { lat: number }; commune: { code: unknown }; teams: number } };
    expect(value.coordinates.lat).toBe(20.61);
    expect(value.commune.code).toBe('12613');
    expect(value.teams).toBe(3);
    const c = check();
    expect(c.stdout).toContain('2 điểm triển khai');
    expect(c.status).toBe(0);
  });

  it('explains exactly what is wrong and writes nothing', () => {
    const r = run('new-deployment', [
      ...DEPLOYMENT.map((a) => (a === 'Đền Thử Lệnh' ? 'Đền Sai' : a === 'hung-yen' ? 'ha-noi' : a)),
      '--status',
      'xong',
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('deployments/mo-hinh-thu-lenh/den-sai.yaml › status: giá trị không hợp lệ');
    const refs = run(
      'new-deployment',
      DEPLOYMENT.map((a) => (a === 'Đền Thử Lệnh' ? 'Đền Sai' : a === 'hung-yen' ? 'ha-noi' : a)),
    );
    expect(refs.stderr).toContain(
      'coordinates: tọa độ (20.61, 106.14) nằm ngoài ranh giới Thành phố Hà Nội: điểm ở trong Xã Long Hưng (mã 12613)',
    );
    const unknown = run(
      'new-deployment',
      DEPLOYMENT.map((a) => (a === 'mo-hinh-thu-lenh' ? 'khong-co' : a)),
    );
    expect(unknown.stderr).toContain('model: không có mô hình "khong-co"');
    expect(check().stdout).toContain('2 điểm triển khai');
  });

  it("--commune takes a former name: fills today's commune, code, province, former name and label point with a note", () => {
    const base = [
      '--model',
      'mo-hinh-mau',
      '--scope',
      'xa',
      '--source-title',
      'Bài A',
      '--source-publisher',
      'Báo A',
      '--source-date',
      '2024-01-02',
      '--source-url',
      'https://example.vn/bai-a',
    ];
    const r = run('new-deployment', [...base, '--place', 'Xã Tiến Đức cũ', '--commune', 'tien duc hung ha']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const yaml = readFileSync(join(content, 'deployments/mo-hinh-mau/xa-tien-duc-cu.yaml'), 'utf8');
    expect(yaml).toContain('name: Xã Long Hưng');
    // The commune code stays text when read back as the build reads it.
    expect((parseYaml('x', yaml).value as { commune: { code: unknown } }).commune.code).toBe('12613');
    expect(yaml).toContain('province: hung-yen');
    expect(yaml).toContain('- xã Tiến Đức, huyện Hưng Hà, tỉnh Thái Bình');
    expect(yaml).toMatch(/lat: 20\.6\d+/);
    expect(yaml).toContain('coordinatesNote: Điểm đặt tên của xã, không phải vị trí chính xác');
    expect(check().status).toBe(0);

    // A site point given with --lat/--lon must lie in that commune.
    const outside = run('new-deployment', [
      ...base,
      '--place',
      'Xã Tiến Đức sai điểm',
      '--commune',
      'tien duc hung ha',
      '--lat',
      '20.60158',
      '--lon',
      '106.19543',
    ]);
    expect(outside.status).toBe(1);
    expect(outside.stderr).toContain('không nằm trong Xã Long Hưng mà trong Xã Tiên La (mã 12634)');

    const ambiguous = run('new-deployment', [...base, '--place', 'Tân Hòa', '--commune', 'tan hoa']);
    expect(ambiguous.status).toBe(1);
    expect(ambiguous.stderr).toContain('khớp nhiều đơn vị');
    expect(ambiguous.stderr).toContain('Xã Tân Hòa, Tây Ninh');
    const none = run('new-deployment', [...base, '--place', 'Không có', '--commune', 'tien dc']);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('không tìm thấy "tien dc". Có phải: ');
  });
});
