import { describe, expect, it } from 'vitest';
import { fitScore } from '../../../src/lib/workflow/fit.ts';
import { bareModel, profile, richModel } from '../helpers/workflow-fixtures.ts';

const good = profile({
  name: 'Xã Thử', province: 'hung-yen', unitType: 'xa', traits: ['nong-thon'], capacities: ['camera', 'internet', 'xa-hoi-hoa'],
  budget: '20.000.000', problem: 'Trộm cắp tài sản ban đêm', funding: 'ket-hop',
});

describe('fitScore', () => {
  it('scores a locality that matches on every dimension high, and says why', () => {
    const r = fitScore(richModel, good, { deployments: 4, deploymentsInProvince: 1, prerequisitesMet: [true, true] });
    expect(r.score).toBeGreaterThanOrEqual(85);
    expect(r.band).toBe('cao');
    expect(r.reasons.filter((x) => x.kind === 'unmet')).toEqual([]);
    const texts = r.reasons.map((x) => x.text).join('\n');
    expect(texts).toContain('“trộm cắp”');
    expect(texts).toContain('Xã');
    expect(texts).toContain('Nông thôn');
    expect(texts).toContain('Đã có: Đã có camera hoặc hạ tầng lắp camera.');
    expect(texts).toContain('20.000.000 đ đủ mức');
    expect(texts).toContain('1 trong tỉnh');
    expect(r.unmetPrerequisites).toEqual([]);
  });

  it('names every gap: unit type, traits, capacities, budget, funding, prerequisites', () => {
    const r = fitScore(
      richModel,
      profile({ unitType: 'cho', traits: ['do-thi'], budget: '1.000.000', funding: 'ngan-sach', problem: 'Ô nhiễm tiếng ồn' }),
      { deployments: 0, prerequisitesMet: [true, false] },
    );
    const unmet = r.reasons.filter((x) => x.kind === 'unmet').map((x) => x.text);
    expect(unmet).toEqual(
      expect.arrayContaining([
        expect.stringContaining('“Chợ”'),
        expect.stringContaining('Đặc điểm địa bàn khác'),
        'Chưa có: Đã có camera hoặc hạ tầng lắp camera.',
        'Chưa có: Có đường truyền Internet ổn định.',
        expect.stringContaining('1.000.000 đ thấp hơn'),
        expect.stringContaining('xã hội hóa'),
        'Điều kiện chưa đáp ứng: Có điểm đặt màn hình giám sát',
        expect.stringContaining('Chưa có điểm triển khai'),
        expect.stringContaining('không trùng'),
      ]),
    );
    expect(r.unmetPrerequisites).toEqual(['Có điểm đặt màn hình giám sát']);
    expect(r.score).toBeLessThan(45);
    expect(r.band).toBe('thap');
  });

  it('treats an empty profile as unknown, not as a mismatch', () => {
    const r = fitScore(richModel, profile(), { deployments: 0 });
    const missing = r.reasons.filter((x) => x.kind === 'missing').map((x) => x.dimension);
    expect(missing).toEqual(expect.arrayContaining(['need', 'fit', 'capacity']));
    expect(r.reasons.some((x) => x.text.includes('Chưa chọn loại địa bàn'))).toBe(true);
    expect(r.score).toBeGreaterThan(fitScore(richModel, profile({ unitType: 'cho', traits: ['do-thi'] })).score);
    // Without the page asking, prerequisites are all listed as to be checked, and not reasons.
    expect(r.unmetPrerequisites).toHaveLength(2);
    expect(r.reasons.some((x) => x.text.startsWith('Điều kiện chưa đáp ứng'))).toBe(false);
  });

  it('ignores phrases every security model shares when judging need', () => {
    const r = fitScore(richModel, profile({ problem: 'Bảo đảm an ninh trật tự trên địa bàn' }));
    expect(r.reasons.find((x) => x.dimension === 'need')?.kind).toBe('unmet');
  });

  it('matches need regardless of accents typed', () => {
    const r = fitScore(richModel, profile({ problem: 'trom cap tai san' }));
    expect(r.reasons.find((x) => x.dimension === 'need')?.kind).toBe('match');
  });

  it('handles a model with no steps, indicators, capacities or cost', () => {
    const r = fitScore(bareModel, profile({ unitType: 'di-tich' }), { deployments: 1 });
    expect(r.score).toBeGreaterThan(0);
    expect(r.score).toBeLessThanOrEqual(100);
    const texts = r.reasons.map((x) => x.text);
    expect(texts).toContain('Nguồn chưa mô tả các bước triển khai; kế hoạch phải tự xây dựng phần này.');
    expect(texts).toContain('Nguồn không nêu năng lực đặc biệt nào cần có sẵn.');
    expect(texts).toContain('Mô hình không gắn với đặc điểm địa bàn riêng nào.');
    expect(r.dimensions.capacity.score).toBe(100);
  });

  it('ranks higher evidence higher, all else equal', () => {
    const evidence = (level: 'chua-co-so-lieu' | 'danh-gia-doc-lap') => ({
      recognition: richModel.evidence.recognition,
      effect: { prevention: level, detection: 'chua-co-so-lieu' as const },
      claims: [],
    });
    const low = fitScore({ ...richModel, evidence: evidence('chua-co-so-lieu') }, good);
    const high = fitScore({ ...richModel, evidence: evidence('danh-gia-doc-lap') }, good);
    expect(high.score).toBeGreaterThan(low.score);
    expect(high.dimensions.evidence.score).toBe(100);
    expect(low.dimensions.evidence.score).toBe(25);
  });

  it('asks for a budget when the source gives a cost, and reads typed amounts', () => {
    expect(fitScore(richModel, profile()).reasons.some((x) => x.kind === 'missing' && x.text.includes('Chưa nêu kinh phí'))).toBe(true);
    expect(fitScore(richModel, profile({ budget: '5 000 000' })).reasons.some((x) => x.text.includes('đủ mức'))).toBe(true);
    expect(fitScore(richModel, profile({ budget: 'không rõ' })).reasons.some((x) => x.text.includes('Chưa nêu kinh phí'))).toBe(false);
  });

  it('reads "50 triệu" as an amount, and says when a typed amount cannot be read', () => {
    const budgetReasons = (budget: string) => fitScore(richModel, profile({ budget })).reasons.filter((x) => /kinh phí/i.test(x.text)).map((x) => x.text);
    expect(budgetReasons('50 triệu')).toEqual(['Kinh phí dự kiến 50.000.000 đ đủ mức ban đầu nguồn nêu (từ 5.000.000 đ / mắt camera).']);
    expect(budgetReasons('3 triệu đồng')[0]).toContain('Kinh phí dự kiến 3.000.000 đ thấp hơn');
    expect(budgetReasons('khoảng năm chục')).toEqual([
      'Không đọc được kinh phí dự kiến “khoảng năm chục”; hãy ghi số tiền, ví dụ 50.000.000 hoặc 50 triệu. Nguồn nêu chi phí ban đầu từ 5.000.000 đ / mắt camera.',
    ]);
    expect(budgetReasons('')[0]).toContain('Chưa nêu kinh phí');
  });
});
