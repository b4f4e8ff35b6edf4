import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildPlan, DEFAULT_STEP_WEEKS, reviewSchedule } from '../../../src/lib/workflow/plan.ts';
import { buildDocx } from '../../../src/lib/workflow/document-docx.ts';
import { documentCode, documentText, HEADER_COLUMNS, inRunningText, mottoFits, PAGE } from '../../../src/lib/workflow/official-document.ts';
import { planDocument } from '../../../src/lib/workflow/plan-document.ts';
import { minutesDocument } from '../../../src/lib/workflow/minutes-document.ts';
import { textWidthPt } from '../../../src/lib/workflow/times-metrics.ts';
import { planSettingsSchema, reviewStateSchema } from '../../../src/schema/workflow.ts';
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
    const reviews = (m: number[]) =>
      buildPlan(model(m), locality, settings({ startDate: '2026-01-01' }), '2026-01-01').reviews.map((r) => [r.type, r.date]);
    expect(reviews([12, 6])).toEqual([
      ['so-ket', '2026-07-01'],
      ['tong-ket', '2027-01-01'],
    ]);
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
    expect(plan.subject).toBe('Triển khai, nhân rộng mô hình “Mô hình camera kiểm thử” tại xã Thử Nghiệm');
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
    expect(plan.header.number).toBe('Số: …/KH-BQL');
    expect(plan.recipients).toEqual(['Như mục III;', 'Lưu: VT.']);
  });
});

async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file('word/document.xml')!.async('string');
}
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const paragraphs = (xml: string) => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);

describe('the plan document and its Word file', () => {
  const plan = buildPlan(
    richModel,
    profile({ ...locality, budget: '30 triệu', funding: 'ngan-sach' }),
    settings({
      startDate: '2026-03-02',
      issuer: 'Ủy ban nhân dân xã Thử Nghiệm',
      parentBody: 'Tỉnh Hưng Yên',
      placeName: 'Thử Nghiệm',
      signerOnBehalf: 'TM. Ủy ban nhân dân',
      signerTitle: 'Chủ tịch',
      signerName: 'Nguyễn Văn A',
      recipients: 'Công an tỉnh;\nLưu: VT.',
      basis: 'Căn cứ Nghị quyết số 12/NQ-HĐND ngày 5/1/2026 của HĐND xã Thử Nghiệm;',
    }),
    '2026-01-01',
  );

  it('is a real Word document with the plan’s text, in order, Căn cứ and Kinh phí with the amount typed', async () => {
    const text = textOf(await documentXml(await buildDocx(planDocument(plan))));
    const order = [
      'TỈNH HƯNG YÊN',
      'ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM',
      'Số: …/KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Thử Nghiệm, ngày … tháng … năm 2026',
      'KẾ HOẠCH',
      'Triển khai, nhân rộng mô hình “Mô hình camera kiểm thử” tại xã Thử Nghiệm',
      'Căn cứ Nghị quyết số 12/NQ-HĐND',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG',
      'Khảo sát vị trí lắp camera',
      '2/3/2026 – 15/3/2026',
      'Số vụ trộm cắp (vụ; càng thấp càng tốt).',
      'Sơ kết sau 6 tháng: dự kiến ngày 2/9/2026.',
      'III. KINH PHÍ',
      'Tổng kinh phí dự kiến: 30.000.000 đồng, từ nguồn ngân sách nhà nước.',
      'IV. TỔ CHỨC THỰC HIỆN',
      'Nơi nhận:',
      '- Công an tỉnh;',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Nguyễn Văn A',
    ];
    let at = -1;
    for (const piece of order) {
      const next = text.indexOf(piece, at + 1);
      expect(next, `"${piece}" after position ${at}`).toBeGreaterThan(at);
      at = next;
    }
  });

  it('carries no editor’s notes: no "mặc định", no "Ghi chú", no "nguồn không nêu"', () => {
    const text = documentText(planDocument(plan));
    expect(plan.defaultedSteps).toBeGreaterThan(0);
    expect(text).not.toMatch(/mặc định|Ghi chú|[Nn]guồn không nêu|nguồn hiện có/);
  });

  it('starts Căn cứ from the model’s legal basis until the user edits it', () => {
    const withBasis = { ...richModel, legalBasis: ['Chỉ thị số 09-CT/TW của Ban Bí thư'] };
    expect(buildPlan(withBasis, locality, settings(), '2026-01-01').basis).toEqual(['Căn cứ Chỉ thị số 09-CT/TW của Ban Bí thư;']);
    expect(buildPlan(withBasis, locality, settings({ basis: '' }), '2026-01-01').basis).toEqual([]);
  });

  it('numbers its code by the issuer and writes the place in running text with a small initial', () => {
    expect(documentCode('KH', 'Công an xã Y Tý')).toBe('KH-CAX');
    expect(documentCode('KH', 'Công an phường Cửa Nam')).toBe('KH-CAP');
    expect(documentCode('KH', 'Ủy ban nhân dân xã Y Tý')).toBe('KH-UBND');
    expect(documentCode('BB', 'Ban quản lý di tích Đền Trần')).toBe('BB-BQL');
    expect(inRunningText('Xã Y Tý')).toBe('xã Y Tý');
    expect(inRunningText('Phường Cửa Nam')).toBe('phường Cửa Nam');
    expect(inRunningText('Đền Trần')).toBe('Đền Trần');
    const police = buildPlan(
      richModel,
      profile({ name: 'Xã Y Tý', leadUnit: 'Công an xã Y Tý' }),
      settings(),
      '2026-01-01',
      'Tỉnh Lào Cai',
    );
    expect(police.header).toMatchObject({
      parentBody: 'CÔNG AN TỈNH LÀO CAI',
      issuer: 'CÔNG AN XÃ Y TÝ',
      number: 'Số: …/KH-CAX',
      placeDate: 'Y Tý, ngày … tháng … năm 2026',
    });
    expect(police.subject).toContain('tại xã Y Tý');
  });

  it('keeps the national motto on one line: its width in Times New Roman bold 13 pt fits the header cell', () => {
    // 13 pt bold capitals are about 9.5 cm: wider than the 9.42 cm left inside the old 9.80 cm cell.
    const cm = (textWidthPt('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 13, 'bold') / 72) * 2.54;
    expect(cm).toBeGreaterThan(9.42);
    expect(cm).toBeLessThan(9.7);
    expect(mottoFits(5554).fits).toBe(false);
    expect(mottoFits().fits).toBe(true);
    expect(mottoFits().roomTwips).toBe(HEADER_COLUMNS.right - 216);
  });

  it('is laid out as an administrative document: A4, decree margins, vi-VN, page numbers from page 2 at the top centre', async () => {
    const bytes = await buildDocx(planDocument(plan));
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain(`<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"`);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(xml)![1]!;
    const attr = (name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(margin)![1]);
    expect(attr('top') / 56.7).toBeCloseTo(20, 0);
    expect(attr('left') / 56.7).toBeCloseTo(30, 0);
    expect(attr('right') / 56.7).toBeCloseTo(15, 0);
    expect([...new Set([...xml.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]))]).toEqual(['Times New Roman']);
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/<w:lang w:val="vi-VN"/);
    expect(xml).toMatch(/<w:lang w:val="vi-VN"/);
    expect(xml).toContain('<w:titlePg/>');
    const headerFiles = Object.keys(zip.files).filter((f) => /^word\/header\d+\.xml$/.test(f));
    const headers = await Promise.all(headerFiles.map((f) => zip.file(f)!.async('string')));
    const numbered = headers.filter((h) => /PAGE/.test(h));
    expect(numbered).toHaveLength(1);
    expect(numbered[0]).toContain('<w:jc w:val="center"/>');
    // The motto's cell is the width mottoFits checked.
    const firstTable = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)![0];
    expect(firstTable).toContain(`<w:gridCol w:w="${HEADER_COLUMNS.right}"/>`);
    const title = paragraphs(xml).find((p) => textOf(p) === 'KẾ HOẠCH')!;
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toContain('<w:sz w:val="28"/>');
  });

  it('works for a model whose sources give no steps', async () => {
    const text = textOf(
      await documentXml(await buildDocx(planDocument(buildPlan(bareModel, profile({ name: 'Đền Thử' }), settings(), '2026-01-01')))),
    );
    expect(text).toContain('xây dựng các bước thực hiện cụ thể');
    expect(text).toContain('Đền Thử');
  });
});

describe('the review minutes', () => {
  const plan = buildPlan(
    richModel,
    profile({ name: 'Phường Cửa Nam', leadUnit: 'Công an phường Cửa Nam' }),
    settings({ startDate: '2026-01-05' }),
    '2026-01-01',
  );
  const review = reviewStateSchema.parse({
    date: '2026-07-06',
    chair: 'Trần Văn B',
    secretary: 'Lê Thị C',
    findings: 'Người dân tích cực báo tin.\nCamera ở chợ hay hỏng.',
    decision: 'dieu-chinh',
    reasons: 'Cần thay camera ở chợ.',
    values: { 'so-vu-trom': { baseline: '10', value: '4' }, 'rieng-tin-bao': { baseline: '3', value: '12' } },
  });
  const doc = minutesDocument(plan, 'so-ket', review, [
    ...richModel.replication.indicators,
    { id: 'rieng-tin-bao', name: 'Số tin báo của người dân', unit: 'tin', direction: '' },
  ]);

  it('is a biên bản of that review at that place, with the indicators, their change, the decision and its reasons', async () => {
    const text = textOf(await documentXml(await buildDocx(doc)));
    for (const piece of [
      'CÔNG AN PHƯỜNG CỬA NAM',
      'Số: …/BB-CAP',
      'Cửa Nam, ngày 06 tháng 07 năm 2026',
      'BIÊN BẢN',
      'Sơ kết 6 tháng triển khai mô hình “Mô hình camera kiểm thử” tại phường Cửa Nam',
      'Số vụ trộm cắp',
      'Giảm 6 (−60%) · tốt lên',
      'Số tin báo của người dân',
      'Tăng 9 (+300%)',
      'Camera ở chợ hay hỏng.',
      'Điều chỉnh triển khai mô hình',
      'Cần thay camera ở chợ.',
      'THƯ KÝ',
      'Lê Thị C',
      'CHỦ TRÌ',
      'Trần Văn B',
    ])
      expect(text).toContain(piece);
    expect(text).not.toContain('Tăng 9 (+300%) ·');
  });
});
