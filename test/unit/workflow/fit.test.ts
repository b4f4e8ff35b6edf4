import { describe, expect, it } from 'vitest';
import { compareFits, fitScore, VERDICT_RULE, type FitResult } from '../../../src/lib/workflow/fit.ts';
import { problemRelation } from '../../../src/lib/workflow/related-problems.ts';
import { modelSchema } from '../../../src/schema/model.ts';
import { bareModel, profile, richModel } from '../helpers/workflow-fixtures.ts';

const good = profile({
  name: 'Xã Thử',
  province: 'hung-yen',
  unitType: 'xa',
  traits: ['nong-thon'],
  capacities: ['camera', 'internet', 'xa-hoi-hoa'],
  budget: '20.000.000',
  problems: ['trom-cap-tai-san'],
  funding: 'ket-hop',
});
const scored = (r: ReturnType<typeof fitScore>): FitResult => {
  if (r.status !== 'scored') throw new Error(`not scored: ${r.needs.join(', ')}`);
  return r;
};

describe('fitScore', () => {
  it('scores nothing until the unit type and at least one problem are given', () => {
    expect(fitScore(richModel, profile())).toEqual({
      status: 'incomplete',
      needs: ['loại địa bàn, tổ chức', 'ít nhất một vấn đề địa phương muốn giải quyết'],
    });
    expect(fitScore(richModel, profile({ unitType: 'xa', problem: 'trộm cắp' })).status).toBe('incomplete');
    expect(fitScore(richModel, profile({ problems: ['ma-tuy'] })).status).toBe('incomplete');
    expect(fitScore(richModel, profile({ unitType: 'xa', problems: ['ma-tuy'] })).status).toBe('scored');
  });

  it('scores a locality that matches on every dimension high, and says why', () => {
    const r = scored(fitScore(richModel, good, { deployments: 4, deploymentsInProvince: 1, prerequisitesMet: [true, true] }));
    expect(r.score).toBeGreaterThanOrEqual(85);
    expect(r.band).toBe('cao');
    expect(r.coverage).toBe(100);
    expect(r.reasons.filter((x) => x.kind === 'unmet')).toEqual([]);
    const texts = r.reasons.map((x) => x.text).join('\n');
    expect(texts).toContain('“Trộm cắp tài sản”');
    expect(texts).toContain('Nông thôn');
    expect(texts).toContain('Đã có: Đã có camera hoặc hạ tầng lắp camera.');
    expect(texts).toContain('20.000.000 đ đủ mức');
    expect(texts).toContain('1 trong tỉnh');
  });

  it('matches problems by meaning, not by words: a related problem counts half, with the reason', () => {
    expect(problemRelation('cuop-tai-san', 'trom-cap-tai-san')).toBeTruthy();
    expect(problemRelation('trom-cap-tai-san', 'cuop-tai-san')).toBe(problemRelation('cuop-tai-san', 'trom-cap-tai-san'));
    expect(problemRelation('dich-benh', 'trom-cap-tai-san')).toBeUndefined();
    const base = { ...good, problems: [] };
    const same = scored(fitScore(richModel, { ...base, problems: ['trom-cap-tai-san'] }));
    const related = scored(fitScore(richModel, { ...base, problems: ['cuop-tai-san'] }));
    const unrelated = scored(fitScore(richModel, { ...base, problems: ['dich-benh'] }));
    expect(same.dimensions.need.score).toBe(100);
    expect(related.dimensions.need.score).toBe(50);
    expect(unrelated.dimensions.need.score).toBe(0);
    expect(related.reasons.find((x) => x.dimension === 'need')?.text).toMatch(
      /“Cướp, cướp giật tài sản” liên quan đến “Trộm cắp tài sản” \(.+\)/,
    );
    expect(unrelated.reasons.find((x) => x.dimension === 'need')?.kind).toBe('unmet');
    // With no problem in common, never a high fit, however good the rest.
    expect(unrelated.band).not.toBe('cao');
  });

  it('treats what neither side says as "chưa đủ thông tin": no points, no weight, and says how much rests on data', () => {
    // bareModel: no traits, capacities, cost, funding, steps, indicators; no effect data.
    const r = scored(fitScore(bareModel, profile({ unitType: 'di-tich', problems: ['mau-thuan'] }), { deployments: 0 }));
    expect(r.dimensions.evidence.score).toBeNull();
    expect(r.dimensions.capacity.score).toBeNull();
    expect(r.coverage).toBeLessThan(60);
    expect(r.band).not.toBe('cao');
    expect(
      r.reasons
        .filter((x) => x.kind === 'missing')
        .map((x) => x.text)
        .join('\n'),
    ).toContain('chưa đủ thông tin');
    // An unknown part never counts as full marks: knowing a real match raises the coverage, not just the score.
    const withData = scored(
      fitScore(
        { ...bareModel, settingTraits: ['du-lich-le-hoi'] },
        profile({ unitType: 'di-tich', problems: ['mau-thuan'], traits: ['du-lich-le-hoi'] }),
      ),
    );
    expect(withData.coverage).toBeGreaterThan(r.coverage);
  });

  it('names every gap: unit type, traits, capacities, budget, funding, prerequisites', () => {
    const r = scored(
      fitScore(
        richModel,
        profile({ unitType: 'nha-truong', traits: ['do-thi'], budget: '1.000.000', funding: 'ngan-sach', problems: ['dich-benh'] }),
        { deployments: 0, prerequisitesMet: [true, false] },
      ),
    );
    const unmet = r.reasons.filter((x) => x.kind === 'unmet').map((x) => x.text);
    expect(unmet).toEqual(
      expect.arrayContaining([
        expect.stringContaining('“Nhà trường, cơ sở giáo dục”'),
        expect.stringContaining('Đặc điểm địa bàn khác'),
        'Chưa có: Đã có camera hoặc hạ tầng lắp camera.',
        expect.stringContaining('1.000.000 đ thấp hơn'),
        expect.stringContaining('xã hội hóa'),
        'Điều kiện chưa đáp ứng: Có điểm đặt màn hình giám sát',
        expect.stringContaining('không nhắm tới'),
      ]),
    );
    expect(r.unmetPrerequisites).toEqual(['Có điểm đặt màn hình giám sát']);
    expect(r.band).toBe('thap');
  });

  it('marks a model whose purpose has lapsed, never a high fit, and ranks it after the others', () => {
    const lapsedModel = modelSchema.parse({ ...richModel, lapsed: { reason: 'Dịch COVID-19 đã được kiểm soát' } });
    const r = scored(fitScore(lapsedModel, good, { deployments: 4, deploymentsInProvince: 1, prerequisitesMet: [true, true] }));
    expect(r.band).toBe('het-muc-dich');
    expect(r.bandLabel).toBe('Mô hình đã hết mục đích');
    expect(r.score).toBeLessThanOrEqual(40);
    expect(r.reasons.some((x) => x.text.includes('Dịch COVID-19 đã được kiểm soát'))).toBe(true);
    const weak = scored(fitScore(bareModel, profile({ unitType: 'xa', problems: ['dich-benh'] })));
    expect(compareFits(r, weak)).toBeGreaterThan(0);
  });

  it('states one verdict rule whose thresholds the bands follow', () => {
    expect(VERDICT_RULE.join(' ')).toContain('70');
    expect(VERDICT_RULE.join(' ')).toContain('45');
    const at = (score: number) => (score >= 70 ? 'cao' : score >= 45 ? 'trung-binh' : 'thap');
    for (const p of [
      good,
      profile({ ...good, capacities: [] }),
      profile({ ...good, unitType: 'nha-truong' }),
      profile({ ...good, traits: ['do-thi'], budget: '1' }),
    ]) {
      const r = scored(fitScore(richModel, p, { deployments: 2 }));
      if (r.band !== 'cao') expect(r.band).toBe(at(Math.min(r.score, 69)));
      else expect(r.score).toBeGreaterThanOrEqual(70);
    }
  });

  it('ranks higher evidence of effect higher; activity figures alone say nothing of effect', () => {
    const evidence = (level: 'so-lieu-hoat-dong' | 'so-lieu-truoc-sau' | 'danh-gia-doc-lap') => ({
      recognition: richModel.evidence.recognition,
      effect: { prevention: level, detection: 'chua-co-so-lieu' as const },
      claims: [],
    });
    const p = { ...good, capacities: [] };
    const activity = scored(fitScore({ ...richModel, evidence: evidence('so-lieu-hoat-dong') }, p));
    const beforeAfter = scored(fitScore({ ...richModel, evidence: evidence('so-lieu-truoc-sau') }, p));
    const independent = scored(fitScore({ ...richModel, evidence: evidence('danh-gia-doc-lap') }, p));
    expect(activity.dimensions.evidence.score).toBeNull();
    expect(independent.dimensions.evidence.score).toBe(100);
    expect(independent.score).toBeGreaterThan(beforeAfter.score);
  });

  it('reads "50 triệu" as an amount, and says when a typed amount cannot be read', () => {
    const budgetReasons = (budget: string) =>
      scored(fitScore(richModel, { ...good, budget }))
        .reasons.filter((x) => /kinh phí dự kiến/i.test(x.text))
        .map((x) => x.text);
    expect(budgetReasons('50 triệu')).toEqual(['Kinh phí dự kiến 50.000.000 đ đủ mức ban đầu nguồn nêu (từ 5.000.000 đ / mắt camera).']);
    expect(budgetReasons('3 triệu đồng')[0]).toContain('Kinh phí dự kiến 3.000.000 đ thấp hơn');
    expect(budgetReasons('khoảng năm chục')[0]).toContain('Không đọc được kinh phí dự kiến “khoảng năm chục”');
    expect(budgetReasons('')[0]).toContain('Chưa nêu kinh phí');
  });
});
