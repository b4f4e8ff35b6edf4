/**
 * How well a model fits a locality, with the reasons. The dimensions follow the NIRN Hexagon
 * (need, fit, capacity, evidence, supports). Each dimension is made of parts; a part with nothing
 * to compare (the source or the locality does not say) is "chưa đủ thông tin": it scores nothing
 * and weighs nothing, and the result says how much of the whole rests on data. Nothing is scored
 * until the locality has given its unit type and at least one problem. Pure: records in, result out.
 */
import type { Model } from '../../schema/model.ts';
import type { LocalityProfile } from '../../schema/workflow.ts';
import {
  CAPACITIES,
  EFFECT_LEVELS,
  FIT_BANDS,
  FIT_DIMENSIONS,
  FUNDING,
  PROBLEMS,
  SETTING_TRAITS,
  UNIT_TYPES,
  type SettingTrait,
  type UnitType,
} from '../../schema/vocab.ts';
import type { FitBand, FitDimension, ReasonKind } from '../../schema/vocab.ts';
import { formatVnd } from '../format/format.ts';
import { parseAmountVi } from '../format/numbers.ts';
import { problemRelation } from './related-problems.ts';

export type { FitBand, FitDimension, ReasonKind };

export interface FitReason {
  dimension: FitDimension;
  /** match: in the locality's favour · missing: nothing to compare yet · unmet: a gap to close · note: context. */
  kind: ReasonKind;
  text: string;
}

export interface FitResult {
  status: 'scored';
  /** 0–100, over the parts that could be compared. */
  score: number;
  /** 0–100: the share of the full weight that rests on data (the rest is "chưa đủ thông tin"). */
  coverage: number;
  band: FitBand;
  bandLabel: string;
  /** score null: "chưa đủ thông tin" for the whole dimension. */
  dimensions: Record<FitDimension, { label: string; weight: number; score: number | null }>;
  reasons: FitReason[];
  /** Prerequisites from the model's list the locality has not confirmed. */
  unmetPrerequisites: string[];
  /** Why the model's purpose has lapsed, when it has. */
  lapsed?: string;
}

/** Not scored: what the locality must give first. */
export interface FitPending {
  status: 'incomplete';
  score?: undefined;
  band?: undefined;
  needs: string[];
}

/** How much each dimension counts, in percent of the score (labels: FIT_DIMENSIONS in vocab.ts). */
export const FIT_WEIGHTS: Record<FitDimension, number> = { need: 30, fit: 25, capacity: 20, evidence: 15, supports: 10 };

const HIGH = 70;
const MEDIUM = 45;
const MIN_COVERAGE = 60;
/** A lapsed model is never more than a low fit, whatever else matches. */
const LAPSED_CAP = 40;

/** The one rule that turns the numbers into words; the page shows it as written here. */
export const VERDICT_RULE = [
  `Điểm chỉ tính trên các khía cạnh có dữ liệu để so sánh; khía cạnh “chưa đủ thông tin” không được điểm và không tính vào tổng.`,
  `“${FIT_BANDS.label('cao')}”: từ ${HIGH} điểm, có vấn đề trùng hoặc liên quan, mô hình đã làm ở cùng hoặc gần loại địa bàn, và ít nhất ${MIN_COVERAGE}% đánh giá dựa trên dữ liệu.`,
  `“${FIT_BANDS.label('trung-binh')}”: từ ${MEDIUM} điểm (kể cả khi đủ ${HIGH} điểm nhưng thiếu một trong các điều kiện trên).`,
  `“${FIT_BANDS.label('thap')}”: dưới ${MEDIUM} điểm.`,
  `“${FIT_BANDS.label('het-muc-dich')}”: mục đích của mô hình đã hết (như tổ COVID-19); không quá ${LAPSED_CAP} điểm, xếp sau các mô hình khác.`,
];

/**
 * What fitScore reads of a model, and nothing more: a full Model is one, and fitModel() cuts a model
 * down to it for the data file /nhan-rong/ downloads (one record per model, at national scale).
 */
export interface FitModel {
  problems: Model['problems'];
  lapsed?: Pick<NonNullable<Model['lapsed']>, 'reason'>;
  unitTypes: Model['unitTypes'];
  settingTraits: Model['settingTraits'];
  evidence: { effect: Model['evidence']['effect'] };
  resources: {
    funding?: Model['resources']['funding'];
    startupCost?: Pick<NonNullable<Model['resources']['startupCost']>, 'min' | 'per'>;
  };
  replication: Pick<Model['replication'], 'capacities' | 'prerequisites'> & {
    /** The score asks only whether the sources describe any steps and indicators: their number is enough. */
    steps: { readonly length: number };
    indicators: { readonly length: number };
  };
}

/** A model cut down to what fitScore reads (see FitModel); scoring it gives the same result as the model. */
export function fitModel(model: FitModel): FitModel {
  const { funding, startupCost } = model.resources;
  const { capacities, prerequisites, steps, indicators } = model.replication;
  const { prevention, detection } = model.evidence.effect;
  return {
    problems: model.problems,
    ...(model.lapsed ? { lapsed: { reason: model.lapsed.reason } } : {}),
    unitTypes: model.unitTypes,
    settingTraits: model.settingTraits,
    evidence: { effect: { prevention, detection } },
    resources: {
      ...(funding ? { funding } : {}),
      ...(startupCost ? { startupCost: { min: startupCost.min, per: startupCost.per } } : {}),
    },
    replication: { capacities, prerequisites, steps: { length: steps.length }, indicators: { length: indicators.length } },
  };
}

export interface FitContext {
  /** Deployment records of this model. */
  deployments: number;
  /** Of which in the locality's province. */
  deploymentsInProvince?: number;
  /** Prerequisites the locality confirmed, by index; undefined when the page does not ask. */
  prerequisitesMet?: readonly boolean[];
}

/** Unit types close enough that a model used in one can be adapted to the other. */
const NEAR_UNIT_TYPES: readonly (readonly [UnitType, UnitType, string])[] = [
  ['khu-cong-nghiep', 'doanh-nghiep', 'khu công nghiệp là nơi tập trung doanh nghiệp'],
  ['co-quan', 'doanh-nghiep', 'cùng là cơ quan, đơn vị có tổ chức'],
  ['xa', 'dac-khu', 'cùng là đơn vị hành chính cấp xã'],
  ['phuong', 'dac-khu', 'cùng là đơn vị hành chính cấp xã'],
  ['cho', 'khu-dan-cu', 'chợ nằm trong khu dân cư'],
];
/** Areas (not sites): every site lies in one, so a model run across an area can be brought to a site in it. */
const AREA_TYPES: readonly UnitType[] = ['khu-dan-cu', 'xa', 'phuong', 'dac-khu'];
const nearUnit = (a: UnitType, b: UnitType) => NEAR_UNIT_TYPES.find(([x, y]) => (x === a && y === b) || (x === b && y === a))?.[2];

/**
 * The areas the movement names together as where to concentrate ("tuyến biên giới, biển đảo, khu
 * vực tập trung đồng bào tôn giáo, dân tộc thiểu số, địa bàn trọng điểm, phức tạp", the Minister of
 * Public Security at the 10-year review, 17/10/2023): a model for one of them suits the others.
 */
const PRIORITY_AREAS: readonly SettingTrait[] = ['bien-gioi', 'bien-dao', 'ton-giao', 'dan-toc-thieu-so', 'trong-diem-phuc-tap'];

/** Settings a model cannot do without: a border to guard, a sea to fish. */
const REQUIRED_SETTINGS: readonly SettingTrait[] = ['bien-gioi', 'bien-dao'];

const listLabels = (keys: readonly string[], label: (k: never) => string) => keys.map((k) => label(k as never)).join('; ');

interface Part {
  dimension: FitDimension;
  /** Share of the whole, in points out of 100. */
  weight: number;
  /** 0–1, or null when there is nothing to compare. */
  value: number | null;
}

/** What the locality must give before anything is scored. */
export function fitNeeds(profile: Pick<LocalityProfile, 'unitType' | 'problems'>): string[] {
  return [
    ...(profile.unitType ? [] : ['loại địa bàn, tổ chức']),
    ...(profile.problems.length > 0 ? [] : ['ít nhất một vấn đề địa phương muốn giải quyết']),
  ];
}

/** The sentence shown while nothing can be scored (the same before and after scripts run). */
export function pendingText(needs: readonly string[]): string {
  return `Chưa đánh giá: hãy chọn ${needs.join(' và ')}. Trang không cho điểm khi chưa biết những điều này.`;
}

export function fitScore(model: FitModel, profile: LocalityProfile, context: FitContext = { deployments: 0 }): FitResult | FitPending {
  const needs = fitNeeds(profile);
  if (needs.length > 0 || !profile.unitType) return { status: 'incomplete', needs };
  const unitType = profile.unitType;
  const reasons: FitReason[] = [];
  const parts: Part[] = [];
  const say = (dimension: FitDimension, kind: ReasonKind, text: string) => reasons.push({ dimension, kind, text });
  const part = (dimension: FitDimension, weight: number, value: number | null) => parts.push({ dimension, weight, value });

  // Need: each of the locality's problems against the model's, the same or related in meaning.
  const matches = profile.problems.map((p) => {
    if (model.problems.includes(p)) return { p, value: 1, text: `“${PROBLEMS.label(p)}”` };
    for (const m of model.problems) {
      const why = problemRelation(p, m);
      if (why) return { p, value: 0.5, text: `“${PROBLEMS.label(p)}” liên quan đến “${PROBLEMS.label(m)}” (${why})` };
    }
    return { p, value: 0, text: '' };
  });
  const best = Math.max(...matches.map((m) => m.value));
  const mean = matches.reduce((a, m) => a + m.value, 0) / matches.length;
  const modelProblems = listLabels(model.problems, PROBLEMS.label);
  if (model.lapsed) {
    say('need', 'unmet', `Mục đích của mô hình đã hết: ${model.lapsed.reason.replace(/[.\s]+$/, '')}.`);
    part('need', 30, 0);
  } else {
    const same = matches.filter((m) => m.value === 1);
    const related = matches.filter((m) => m.value === 0.5);
    if (same.length) say('need', 'match', `Cùng vấn đề mô hình nhắm tới: ${same.map((m) => m.text).join(', ')}.`);
    for (const m of related) say('need', 'match', `Vấn đề liên quan: ${m.text}.`);
    const none = matches.filter((m) => m.value === 0).map((m) => `“${PROBLEMS.label(m.p)}”`);
    if (none.length)
      say(
        'need',
        same.length || related.length ? 'note' : 'unmet',
        `Mô hình nhắm tới ${modelProblems}; không nhắm tới ${none.join(', ')}.`,
      );
    part('need', 30, 0.75 * best + 0.25 * mean);
  }

  // Fit: the kind of place (always known here) and the setting traits (when both sides give them).
  let unitValue: number;
  const near = model.unitTypes.map((u) => ({ u, why: nearUnit(u, unitType) })).find((x) => x.why);
  if (model.unitTypes.includes(unitType)) {
    unitValue = 1;
    say('fit', 'match', `Mô hình đã áp dụng cho loại địa bàn “${UNIT_TYPES.label(unitType)}”.`);
  } else if (near) {
    unitValue = 0.5;
    say(
      'fit',
      'note',
      `Mô hình đã áp dụng cho “${UNIT_TYPES.label(near.u)}”, gần với “${UNIT_TYPES.label(unitType)}” (${near.why}); cần điều chỉnh khi áp dụng.`,
    );
  } else if (!AREA_TYPES.includes(unitType) && model.unitTypes.some((u) => AREA_TYPES.includes(u))) {
    unitValue = 0.25;
    say(
      'fit',
      'unmet',
      `Mô hình làm theo địa bàn dân cư (${listLabels(model.unitTypes, UNIT_TYPES.label)}); đưa vào “${UNIT_TYPES.label(unitType)}” cần điều chỉnh nhiều.`,
    );
  } else {
    unitValue = 0;
    say(
      'fit',
      'unmet',
      `Nguồn chưa ghi nhận mô hình ở loại địa bàn “${UNIT_TYPES.label(unitType)}” (đã áp dụng cho: ${listLabels(model.unitTypes, UNIT_TYPES.label)}).`,
    );
  }
  // A border or the sea is a condition, not a flavour: a model for border markers or fishing boats
  // cannot be run where there is neither. Unknown traits are not held against the model.
  const required = model.settingTraits.filter((t) => REQUIRED_SETTINGS.includes(t));
  if (required.length && profile.traits.length && !required.some((t) => profile.traits.includes(t))) {
    unitValue = 0;
    say(
      'fit',
      'unmet',
      `Mô hình cần địa bàn ${listLabels(required, SETTING_TRAITS.label).toLowerCase()}; địa phương không có đặc điểm này.`,
    );
  }
  part('fit', 18, unitValue);
  if (model.settingTraits.length === 0) {
    say('fit', 'missing', 'Nguồn không gắn mô hình với đặc điểm địa bàn nào: chưa đủ thông tin để so sánh.');
    part('fit', 7, null);
  } else if (profile.traits.length === 0) {
    say('fit', 'missing', `Chưa chọn đặc điểm địa bàn; mô hình gắn với: ${listLabels(model.settingTraits, SETTING_TRAITS.label)}.`);
    part('fit', 7, null);
  } else {
    const shared = model.settingTraits.filter((t) => profile.traits.includes(t));
    const priority = profile.traits.filter((t) => PRIORITY_AREAS.includes(t));
    if (shared.length) {
      say('fit', 'match', `Cùng đặc điểm địa bàn: ${listLabels(shared, SETTING_TRAITS.label)}.`);
      part('fit', 7, 1);
    } else if (priority.length && model.settingTraits.some((t) => PRIORITY_AREAS.includes(t))) {
      say(
        'fit',
        'match',
        `${listLabels(priority, SETTING_TRAITS.label)} và ${listLabels(model.settingTraits, SETTING_TRAITS.label).toLowerCase()} cùng thuộc các địa bàn phong trào cần tập trung xây dựng (biên giới, biển đảo, đồng bào tôn giáo, dân tộc thiểu số, trọng điểm).`,
      );
      part('fit', 7, 1);
    } else {
      say('fit', 'unmet', `Đặc điểm địa bàn khác với nơi mô hình đã làm (${listLabels(model.settingTraits, SETTING_TRAITS.label)}).`);
      part('fit', 7, 0.25);
    }
  }

  // Capacity: what the model needs, how it was funded, what it cost.
  const needed = model.replication.capacities;
  if (needed.length === 0) {
    say('capacity', 'missing', 'Nguồn không nêu năng lực cần có sẵn: chưa đủ thông tin để so sánh.');
    part('capacity', 12, null);
  } else {
    const have = needed.filter((c) => profile.capacities.includes(c));
    for (const c of have) say('capacity', 'match', `Đã có: ${CAPACITIES.label(c)}.`);
    for (const c of needed.filter((c) => !profile.capacities.includes(c))) say('capacity', 'unmet', `Chưa có: ${CAPACITIES.label(c)}.`);
    part('capacity', 12, have.length / needed.length);
  }
  const modelFunding = model.resources.funding;
  if (!modelFunding || !profile.funding) part('capacity', 4, null);
  else if (modelFunding === 'xa-hoi-hoa') {
    const ok = profile.capacities.includes('xa-hoi-hoa') || profile.funding !== 'ngan-sach';
    say(
      'capacity',
      ok ? 'match' : 'unmet',
      ok
        ? 'Có nguồn xã hội hóa, như cách mô hình được cấp kinh phí.'
        : 'Mô hình chủ yếu dựa vào xã hội hóa; địa phương dự kiến chỉ dùng ngân sách.',
    );
    part('capacity', 4, ok ? 1 : 0);
  } else {
    const same = profile.funding === modelFunding || profile.funding === 'ket-hop';
    if (!same)
      say(
        'capacity',
        'note',
        `Nơi đã làm dùng nguồn “${FUNDING.label(modelFunding)}”, địa phương dự kiến “${FUNDING.label(profile.funding)}”.`,
      );
    part('capacity', 4, same ? 1 : 0.5);
  }
  const cost = model.resources.startupCost;
  const amount = parseAmountVi(profile.budget);
  if (!cost) part('capacity', 4, null);
  else if (amount.kind === 'unreadable') {
    say(
      'capacity',
      'missing',
      `Không đọc được kinh phí dự kiến “${profile.budget.trim()}”; hãy ghi số tiền, ví dụ 50.000.000 hoặc 50 triệu. Nguồn nêu chi phí ban đầu từ ${formatVnd(cost.min)} / ${cost.per}.`,
    );
    part('capacity', 4, null);
  } else if (amount.kind !== 'number') {
    say('capacity', 'missing', `Chưa nêu kinh phí dự kiến; nguồn nêu chi phí ban đầu từ ${formatVnd(cost.min)} / ${cost.per}.`);
    part('capacity', 4, null);
  } else {
    const ok = amount.value >= cost.min;
    say(
      'capacity',
      ok ? 'match' : 'unmet',
      `Kinh phí dự kiến ${formatVnd(amount.value)} ${ok ? 'đủ' : 'thấp hơn'} mức ban đầu nguồn nêu (từ ${formatVnd(cost.min)} / ${cost.per}).`,
    );
    part('capacity', 4, ok ? 1 : 0);
  }

  // Evidence of effect: activity figures say a model runs, not that it works, so only figures
  // before and after (or an independent evaluation) count; below that the effect is unknown.
  const { prevention, detection } = model.evidence.effect;
  const rung = Math.max(EFFECT_LEVELS.keys.indexOf(prevention), EFFECT_LEVELS.keys.indexOf(detection));
  const known = `phòng ngừa — ${EFFECT_LEVELS.label(prevention).toLowerCase()}; phát hiện — ${EFFECT_LEVELS.label(detection).toLowerCase()}`;
  if (rung >= 2) {
    say('evidence', 'match', `Điều đã biết về tác dụng: ${known}.`);
    part('evidence', 15, rung === 3 ? 1 : 0.75);
  } else {
    say('evidence', 'missing', `Chưa đủ thông tin về tác dụng: ${known}.`);
    part('evidence', 15, null);
  }

  // Supports: places to learn from (the site's records, so none recorded is unknown, not absent),
  // and how well the sources document the method.
  const n = context.deployments;
  const inProvince = context.deploymentsInProvince ?? 0;
  if (n === 0) {
    say('supports', 'missing', 'Trang chưa ghi nhận điểm triển khai nào để đến học hỏi.');
    part('supports', 6, null);
  } else {
    say(
      'supports',
      'match',
      `Có ${n} bản ghi điểm triển khai để học hỏi${inProvince > 0 ? `, ${inProvince} trong tỉnh, thành của địa phương` : ''}.`,
    );
    part('supports', 6, Math.min(1, (n >= 3 ? 0.8 : 0.5) + (inProvince > 0 ? 0.2 : 0)));
  }
  const { steps, indicators } = model.replication;
  if (steps.length === 0) say('supports', 'unmet', 'Nguồn chưa mô tả các bước triển khai; kế hoạch phải tự xây dựng phần này.');
  if (indicators.length === 0) say('supports', 'unmet', 'Nguồn chưa nêu chỉ số theo dõi; địa phương tự đặt chỉ số khi sơ kết, tổng kết.');
  part('supports', 4, (steps.length > 0 ? 0.5 : 0) + (indicators.length > 0 ? 0.5 : 0));

  const unmetPrerequisites = model.replication.prerequisites.filter((_, i) => context.prerequisitesMet?.[i] !== true);
  if (context.prerequisitesMet) for (const p of unmetPrerequisites) say('capacity', 'unmet', `Điều kiện chưa đáp ứng: ${p}`);

  const knownParts = parts.filter((p): p is Part & { value: number } => p.value !== null);
  const knownWeight = knownParts.reduce((a, p) => a + p.weight, 0);
  const raw = Math.round((100 * knownParts.reduce((a, p) => a + p.weight * p.value, 0)) / knownWeight);
  const score = model.lapsed ? Math.min(raw, LAPSED_CAP) : raw;
  const coverage = Math.round(knownWeight);
  const dimensions = Object.fromEntries(
    FIT_DIMENSIONS.keys.map((d) => {
      const own = knownParts.filter((p) => p.dimension === d);
      const w = own.reduce((a, p) => a + p.weight, 0);
      return [
        d,
        {
          label: FIT_DIMENSIONS.label(d),
          weight: FIT_WEIGHTS[d],
          score: w ? Math.round((100 * own.reduce((a, p) => a + p.weight * p.value, 0)) / w) : null,
        },
      ];
    }),
  ) as FitResult['dimensions'];
  const band: FitBand = model.lapsed
    ? 'het-muc-dich'
    : score >= HIGH && best > 0 && unitValue > 0 && coverage >= MIN_COVERAGE
      ? 'cao'
      : score >= MEDIUM
        ? 'trung-binh'
        : 'thap';
  return {
    status: 'scored',
    score,
    coverage,
    band,
    bandLabel: FIT_BANDS.label(band),
    dimensions,
    reasons,
    unmetPrerequisites,
    ...(model.lapsed ? { lapsed: model.lapsed.reason } : {}),
  };
}

/** Ranking order: lapsed models last, then by score, then by how much rests on data. */
export function compareFits(a: FitResult | FitPending, b: FitResult | FitPending): number {
  const rankOf = (r: FitResult | FitPending) => (r.status === 'incomplete' ? 2 : r.band === 'het-muc-dich' ? 1 : 0);
  if (rankOf(a) !== rankOf(b)) return rankOf(a) - rankOf(b);
  if (a.status === 'incomplete' || b.status === 'incomplete') return 0;
  return b.score - a.score || b.coverage - a.coverage;
}
