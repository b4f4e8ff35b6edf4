import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { addMonths, buildPlan, DEFAULT_STEP_WEEKS, reviewSchedule } from '../../../src/lib/workflow/plan.ts';
import { buildPlanDocx, PAGE } from '../../../src/lib/workflow/plan-docx.ts';
import { planSettingsSchema } from '../../../src/schema/workflow.ts';
import { bareModel, profile, richModel } from '../helpers/workflow-fixtures.ts';

const settings = (s: Partial<ReturnType<typeof planSettingsSchema.parse>> = {}) => planSettingsSchema.parse(s);
const locality = profile({ name: 'Xã Thử Nghiệm', leadUnit: 'Công an xã Thử Nghiệm', problem: 'Trộm cắp tài sản' });

describe('reviewSchedule', () => {
  it('sorts and de-duplicates the review months: sơ kết first, tổng kết last', () => {
    const usual = [
      { type: 'so-ket', months: 6, label: 'Sơ kết sau 6 tháng' },
      { type: 'tong-ket', months: 12, label: 'Tổng kết sau 12 tháng' },
    ];
    expect(reviewSchedule([6, 12])).toEqual(usual);
    expect(reviewSchedule([12, 6])).toEqual(usual);
    expect(reviewSchedule([12, 6, 12])).toEqual(usual);
    expect(reviewSchedule([])).toEqual(usual);
  });

  it('makes a single review a tổng kết, not a sơ kết', () => {
    expect(reviewSchedule([12])).toEqual([{ type: 'tong-ket', months: 12, label: 'Tổng kết sau 12 tháng' }]);
    expect(reviewSchedule([12, 12])).toEqual([{ type: 'tong-ket', months: 12, label: 'Tổng kết sau 12 tháng' }]);
  });

  it('is what the plan dates its reviews by', () => {
    const model = (reviewMonths: number[]) => ({ ...richModel, replication: { ...richModel.replication, reviewMonths } });
    const reviews = (m: number[]) => buildPlan(model(m), locality, settings({ startDate: '2026-01-01' }), '2026-01-01').reviews.map((r) => [r.type, r.date]);
    expect(reviews([12, 6])).toEqual([['so-ket', '2026-07-01'], ['tong-ket', '2027-01-01']]);
    expect(reviews([12])).toEqual([['tong-ket', '2027-01-01']]);
  });
});

describe('buildPlan', () => {
  it('turns the steps into a dated timeline: source weeks, user weeks, labelled defaults', () => {
    const plan = buildPlan(richModel, locality, settings({ startDate: '2026-03-02', weeks: ['', '', '3'] }), '2026-01-01');
    expect(plan.steps.map((s) => [s.start, s.end, s.weeks, s.weeksFrom])).toEqual([
      ['2026-03-02', '2026-03-15', 2, 'nguon'],
      ['2026-03-16', '2026-03-29', DEFAULT_STEP_WEEKS, 'mac-dinh'],
      ['2026-03-30', '2026-04-19', 3, 'nguoi-dung'],
    ]);
    expect(plan.defaultedSteps).toBe(1);
    expect(plan.reviews).toEqual([
      { type: 'so-ket', label: 'Sơ kết sau 6 tháng', months: 6, date: '2026-09-02' },
      { type: 'tong-ket', label: 'Tổng kết sau 12 tháng', months: 12, date: '2027-03-02' },
    ]);
    expect(plan.endDate).toBe('2027-03-02');
    expect(plan.subject).toBe('Triển khai, nhân rộng mô hình “Mô hình camera kiểm thử” tại Xã Thử Nghiệm');
    expect(plan.steps[1]!.ownerLabel).toBe('Mặt trận Tổ quốc Việt Nam');
  });

  it('uses the user’s default duration for steps without one', () => {
    const plan = buildPlan(richModel, locality, settings({ startDate: '2026-03-02', defaultWeeks: '4' }), '2026-01-01');
    expect(plan.steps[1]!.weeks).toBe(4);
    expect(plan.steps[0]!.weeks).toBe(2);
  });

  it('assigns each step to its body and keeps the lead unit as the focal point', () => {
    const plan = buildPlan(richModel, locality, settings(), '2026-01-01');
    expect(plan.responsibilities[0]).toEqual({
      body: 'Công an',
      tasks: [
        'Công an xã Thử Nghiệm là đầu mối, theo dõi, đôn đốc, tổng hợp kết quả và báo cáo sơ kết, tổng kết.',
        'Chủ trì bước 1: Khảo sát vị trí lắp camera.',
        'Chủ trì bước 3: Lắp đặt và vận hành.',
      ],
    });
    expect(plan.requirements).toContain('Tránh: Lắp xong không ai theo dõi.');
    expect(plan.purposes[0]).toContain('Trộm cắp tài sản');
  });

  it('falls back sensibly: today as start, placeholders for missing names, no steps', () => {
    const plan = buildPlan(bareModel, profile(), settings({ startDate: '2026-02-30' }), '2026-01-05');
    expect(plan.startDate).toBe('2026-01-05');
    expect(plan.locality).toBe('[tên địa phương]');
    expect(plan.leadUnit).toBe('Ban quản lý di tích');
    expect(plan.steps).toEqual([]);
    expect(plan.header.number).toBe('Số: …/KH-UBND');
    expect(plan.recipients).toEqual(['Như mục III;', 'Lưu: VT.']);
  });

  it('adds calendar months, clamping to the end of shorter months', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });
});

async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file('word/document.xml')!.async('string');
}
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const paragraphs = (xml: string) => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);

describe('buildPlanDocx', () => {
  const plan = buildPlan(
    richModel,
    locality,
    settings({
      startDate: '2026-03-02', issuer: 'Ủy ban nhân dân xã Thử Nghiệm', parentBody: 'Tỉnh Hưng Yên', docCode: 'KH-UBND', placeName: 'Thử Nghiệm',
      signerOnBehalf: 'TM. Ủy ban nhân dân', signerTitle: 'Chủ tịch', signerName: 'Nguyễn Văn A', recipients: 'Công an tỉnh;\nLưu: VT.',
    }),
    '2026-01-01',
  );

  it('is a real Word document with the plan’s text, in order', async () => {
    const bytes = await buildPlanDocx(plan);
    expect(bytes.byteLength).toBeGreaterThan(4000);
    const xml = await documentXml(bytes);
    const text = textOf(xml);
    const order = [
      'TỈNH HƯNG YÊN', 'ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM', 'Số: …/KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Thử Nghiệm, ngày … tháng … năm 2026',
      'KẾ HOẠCH', 'Triển khai, nhân rộng mô hình “Mô hình camera kiểm thử” tại Xã Thử Nghiệm',
      'I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG', 'Khảo sát vị trí lắp camera', '2/3/2026 – 15/3/2026 (2 tuần)',
      '16/3/2026 – 29/3/2026 (2 tuần, mặc định)', 'Số vụ trộm cắp (vụ; càng thấp càng tốt).', 'Sơ kết sau 6 tháng: dự kiến ngày 2/9/2026.',
      'III. TỔ CHỨC THỰC HIỆN', 'Nơi nhận:', '- Công an tỉnh;', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn A',
    ];
    let at = -1;
    for (const piece of order) {
      const next = text.indexOf(piece, at + 1);
      expect(next, `"${piece}" after position ${at}`).toBeGreaterThan(at);
      at = next;
    }
  });

  it('is laid out as an administrative document: A4, decree margins, Times New Roman 13–14 pt, centred title', async () => {
    const xml = await documentXml(await buildPlanDocx(plan));
    expect(xml).toContain(`<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"`);
    expect(PAGE).toMatchObject({ width: 11906, height: 16838 });
    const margin = /<w:pgMar ([^>]*)\/>/.exec(xml)![1]!;
    const attr = (name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(margin)![1]);
    expect(attr('top') / 56.7).toBeCloseTo(20, 0);
    expect(attr('bottom') / 56.7).toBeCloseTo(20, 0);
    expect(attr('left') / 56.7).toBeCloseTo(30, 0);
    expect(attr('right') / 56.7).toBeCloseTo(15, 0);
    const fonts = new Set([...xml.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
    const title = paragraphs(xml).find((p) => textOf(p) === 'KẾ HOẠCH')!;
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toContain('<w:b/>');
    expect(title).toContain('<w:sz w:val="28"/>');
    const body = paragraphs(xml).find((p) => textOf(p).startsWith('- Triển khai mô hình'))!;
    expect(body).toContain('<w:jc w:val="both"/>');
    // Header and signature are borderless two-column tables; the steps table has one row per step plus its header.
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(tables).toHaveLength(3);
    expect((tables[1]!.match(/<w:tr[ >]/g) ?? []).length).toBe(1 + richModel.replication.steps.length);
    const placeDate = paragraphs(xml).find((p) => textOf(p).includes('ngày … tháng'))!;
    expect(placeDate).toContain('<w:i/>');
  });

  it('works for a model whose sources give no steps', async () => {
    const text = textOf(await documentXml(await buildPlanDocx(buildPlan(bareModel, profile({ name: 'Đền Thử' }), settings(), '2026-01-01'))));
    expect(text).toContain('Các nguồn hiện có chưa mô tả các bước');
    expect(text).toContain('KẾ HOẠCH');
    expect(text).toContain('Đền Thử');
  });
});
