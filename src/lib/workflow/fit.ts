/**
 * How well a model fits a locality, with the reasons. The dimensions follow the NIRN Hexagon
 * (need, fit, capacity, evidence, supports): a score a locality can argue with, because every
 * point comes with a sentence saying where it came from. Pure: model record + profile in, result out.
 */
import type { Model } from '../../schema/model.ts';
import type { LocalityProfile } from '../../schema/workflow.ts';
import { CAPACITIES, EFFECT_LEVELS, FIELDS, FUNDING, SETTING_TRAITS, UNIT_TYPES } from '../../schema/vocab.ts';
import { formatVnd } from '../format/format.ts';
import { foldVietnamese } from '../format/slug.ts';
import { parseAmountVi } from '../format/numbers.ts';

export type FitDimension = 'need' | 'fit' | 'capacity' | 'evidence' | 'supports';
export type ReasonKind = 'match' | 'missing' | 'unmet' | 'note';

export interface FitReason {
  dimension: FitDimension;
  /** match: in the locality's favour · missing: the locality has not said · unmet: a gap to close · note: context. */
  kind: ReasonKind;
  text: string;
}

export interface FitResult {
  /** 0–100. */
  score: number;
  band: 'cao' | 'trung-binh' | 'thap';
  bandLabel: string;
  dimensions: Record<FitDimension, { label: string; weight: number; score: number }>;
  reasons: FitReason[];
  /** Prerequisites from the model's list the locality has not confirmed. */
  unmetPrerequisites: string[];
}

export const FIT_DIMENSIONS: Record<FitDimension, { label: string; weight: number }> = {
  need: { label: 'Nhu cầu', weight: 20 },
  fit: { label: 'Phù hợp với địa bàn', weight: 30 },
  capacity: { label: 'Năng lực, nguồn lực', weight: 25 },
  evidence: { label: 'Bằng chứng hiệu quả', weight: 15 },
  supports: { label: 'Hỗ trợ, nơi học hỏi', weight: 10 },
};

export type FitModel = Pick<Model, 'title' | 'summary' | 'problem' | 'tags' | 'field' | 'unitTypes' | 'settingTraits' | 'evidence'> & {
  resources: Pick<Model['resources'], 'funding' | 'startupCost'>;
  replication: Pick<Model['replication'], 'capacities' | 'prerequisites' | 'steps' | 'indicators'>;
};

export interface FitContext {
  /** Deployment records of this model. */
  deployments: number;
  /** Of which in the locality's province. */
  deploymentsInProvince?: number;
  /** Prerequisites the locality confirmed, by index; undefined when the page does not ask. */
  prerequisitesMet?: readonly boolean[];
}

/** Syllable pairs that every security model shares: matching them says nothing about need. */
const GENERIC_PAIRS = new Set([
  'an ninh', 'ninh trat', 'trat tu', 'to quoc', 'nhan dan', 'bao ve', 'dia ban', 'mo hinh', 'toan dan', 'ninh to',
  'tu an', 'va trat', 'cua nguoi', 'nguoi dan', 'tai dia', 'trong dia', 'ban dan', 'dan bao', 've an',
]);

function syllablePairs(text: string): Map<string, string> {
  const original = text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  const folded = original.map((w) => foldVietnamese(w));
  const pairs = new Map<string, string>();
  for (let i = 0; i + 1 < folded.length; i++) {
    const key = `${folded[i]} ${folded[i + 1]}`;
    if (!GENERIC_PAIRS.has(key) && !pairs.has(key)) pairs.set(key, `${original[i]} ${original[i + 1]}`);
  }
  return pairs;
}

const clamp = (x: number) => Math.max(0, Math.min(1, x));
const listLabels = (keys: readonly string[], label: (k: never) => string) => keys.map((k) => label(k as never)).join('; ');

export function fitScore(model: FitModel, profile: LocalityProfile, context: FitContext = { deployments: 0 }): FitResult {
  const reasons: FitReason[] = [];
  const say = (dimension: FitDimension, kind: ReasonKind, text: string) => reasons.push({ dimension, kind, text });

  // Need: does the problem the locality names appear in what the model addresses?
  let need: number;
  if (!profile.problem.trim()) {
    need = 0.5;
    say('need', 'missing', 'Chưa mô tả vấn đề địa phương muốn giải quyết, nên chưa so được với vấn đề mô hình giải quyết.');
  } else {
    const modelPairs = syllablePairs([model.title, model.summary, model.problem, FIELDS.label(model.field), ...model.tags].join(' . '));
    const shared = [...syllablePairs(profile.problem)].filter(([key]) => modelPairs.has(key)).map(([, shown]) => shown);
    need = clamp(0.25 + shared.length * 0.25);
    if (shared.length > 0) say('need', 'match', `Vấn đề của địa phương trùng với vấn đề mô hình giải quyết: “${shared.slice(0, 4).join('”, “')}”.`);
    else say('need', 'unmet', 'Vấn đề địa phương nêu không trùng với vấn đề mô hình giải quyết; đọc kỹ phần “Vấn đề mô hình giải quyết”.');
  }

  // Fit: unit type (the main condition) and setting traits.
  let unitPart: number;
  if (!profile.unitType) {
    unitPart = 0.5;
    say('fit', 'missing', 'Chưa chọn loại địa bàn, tổ chức.');
  } else if (model.unitTypes.includes(profile.unitType)) {
    unitPart = 1;
    say('fit', 'match', `Mô hình đã áp dụng cho loại địa bàn “${UNIT_TYPES.label(profile.unitType)}”.`);
  } else {
    unitPart = 0;
    say('fit', 'unmet', `Nguồn chưa ghi nhận mô hình ở loại địa bàn “${UNIT_TYPES.label(profile.unitType)}” (đã áp dụng cho: ${listLabels(model.unitTypes, UNIT_TYPES.label)}); cần điều chỉnh khi áp dụng.`);
  }
  let traitPart: number;
  if (model.settingTraits.length === 0) {
    traitPart = 1;
    say('fit', 'note', 'Mô hình không gắn với đặc điểm địa bàn riêng nào.');
  } else {
    const shared = model.settingTraits.filter((t) => profile.traits.includes(t));
    if (shared.length > 0) {
      traitPart = 1;
      say('fit', 'match', `Cùng đặc điểm địa bàn: ${listLabels(shared, SETTING_TRAITS.label)}.`);
    } else if (profile.traits.length === 0) {
      traitPart = 0.5;
      say('fit', 'missing', `Chưa chọn đặc điểm địa bàn; mô hình phù hợp với: ${listLabels(model.settingTraits, SETTING_TRAITS.label)}.`);
    } else {
      traitPart = 0.25;
      say('fit', 'unmet', `Đặc điểm địa bàn khác với nơi mô hình đã làm (${listLabels(model.settingTraits, SETTING_TRAITS.label)}).`);
    }
  }
  const fit = 0.65 * unitPart + 0.35 * traitPart;

  // Capacity: capacities the model needs, funding and budget.
  const needed = model.replication.capacities;
  const have = needed.filter((c) => profile.capacities.includes(c));
  for (const c of have) say('capacity', 'match', `Đã có: ${CAPACITIES.label(c)}.`);
  for (const c of needed.filter((c) => !profile.capacities.includes(c))) say('capacity', 'unmet', `Chưa có: ${CAPACITIES.label(c)}.`);
  const capacityPart = needed.length === 0 ? 1 : have.length / needed.length;
  if (needed.length === 0) say('capacity', 'note', 'Nguồn không nêu năng lực đặc biệt nào cần có sẵn.');

  const resourceParts: number[] = [];
  const modelFunding = model.resources.funding;
  if (modelFunding === 'xa-hoi-hoa') {
    const ok = profile.capacities.includes('xa-hoi-hoa') || profile.funding === 'xa-hoi-hoa' || profile.funding === 'ket-hop';
    resourceParts.push(ok ? 1 : 0);
    say('capacity', ok ? 'match' : 'unmet', ok ? 'Có nguồn xã hội hóa, như cách mô hình được cấp kinh phí.' : 'Mô hình chủ yếu dựa vào xã hội hóa; địa phương chưa có nguồn này.');
  } else if (modelFunding && profile.funding && profile.funding !== modelFunding && profile.funding !== 'ket-hop') {
    resourceParts.push(0.5);
    say('capacity', 'note', `Nơi đã làm dùng nguồn “${FUNDING.label(modelFunding)}”, địa phương dự kiến “${FUNDING.label(profile.funding)}”.`);
  }
  const cost = model.resources.startupCost;
  const amount = parseAmountVi(profile.budget);
  const budget = amount.kind === 'number' ? amount.value : undefined;
  if (cost) {
    if (amount.kind === 'unreadable') {
      resourceParts.push(0.5);
      say('capacity', 'missing', `Không đọc được kinh phí dự kiến “${profile.budget.trim()}”; hãy ghi số tiền, ví dụ 50.000.000 hoặc 50 triệu. Nguồn nêu chi phí ban đầu từ ${formatVnd(cost.min)} / ${cost.per}.`);
    } else if (budget === undefined) {
      resourceParts.push(0.5);
      say('capacity', 'missing', `Chưa nêu kinh phí dự kiến; nguồn nêu chi phí ban đầu từ ${formatVnd(cost.min)} / ${cost.per}.`);
    } else if (budget >= cost.min) {
      resourceParts.push(1);
      say('capacity', 'match', `Kinh phí dự kiến ${formatVnd(budget)} đủ mức ban đầu nguồn nêu (từ ${formatVnd(cost.min)} / ${cost.per}).`);
    } else {
      resourceParts.push(0);
      say('capacity', 'unmet', `Kinh phí dự kiến ${formatVnd(budget)} thấp hơn mức ban đầu nguồn nêu (từ ${formatVnd(cost.min)} / ${cost.per}).`);
    }
  }
  const resourcePart = resourceParts.length ? resourceParts.reduce((a, b) => a + b, 0) / resourceParts.length : 1;
  const capacity = 0.7 * capacityPart + 0.3 * resourcePart;

  // Evidence: the better-known of the two outcomes, on the ladder of what is known of the effect.
  const { prevention, detection } = model.evidence.effect;
  const rung = Math.max(EFFECT_LEVELS.keys.indexOf(prevention), EFFECT_LEVELS.keys.indexOf(detection));
  const evidence = (rung + 1) / EFFECT_LEVELS.keys.length;
  say(
    'evidence',
    rung >= 2 ? 'match' : 'note',
    `Điều đã biết về tác dụng: phòng ngừa — ${EFFECT_LEVELS.label(prevention).toLowerCase()}; phát hiện — ${EFFECT_LEVELS.label(detection).toLowerCase()}.`,
  );

  // Supports: places to learn from, and how well the sources document the method.
  const n = context.deployments;
  const inProvince = context.deploymentsInProvince ?? 0;
  const placesPart = clamp((n >= 3 ? 0.8 : n > 0 ? 0.5 : 0) + (inProvince > 0 ? 0.2 : 0));
  if (n === 0) say('supports', 'unmet', 'Chưa có điểm triển khai nào được ghi nhận để đến học hỏi.');
  else say('supports', 'match', `Có ${n} bản ghi điểm triển khai để học hỏi${inProvince > 0 ? `, ${inProvince} trong tỉnh, thành của địa phương` : ''}.`);
  const documented = (model.replication.steps.length > 0 ? 0.5 : 0) + (model.replication.indicators.length > 0 ? 0.5 : 0);
  if (model.replication.steps.length === 0) say('supports', 'missing', 'Nguồn chưa mô tả các bước triển khai; kế hoạch phải tự xây dựng phần này.');
  if (model.replication.indicators.length === 0) say('supports', 'missing', 'Nguồn chưa nêu chỉ số theo dõi.');
  const supports = 0.6 * placesPart + 0.4 * documented;

  // Prerequisites are written as sentences: the locality confirms them one by one.
  const unmetPrerequisites = model.replication.prerequisites.filter((_, i) => context.prerequisitesMet?.[i] !== true);
  if (context.prerequisitesMet) for (const p of unmetPrerequisites) say('capacity', 'unmet', `Điều kiện chưa đáp ứng: ${p}`);

  const parts: Record<FitDimension, number> = { need, fit, capacity, evidence, supports };
  const dimensions = Object.fromEntries(
    (Object.keys(FIT_DIMENSIONS) as FitDimension[]).map((d) => [d, { ...FIT_DIMENSIONS[d], score: Math.round(parts[d] * 100) }]),
  ) as FitResult['dimensions'];
  const score = Math.round((Object.keys(parts) as FitDimension[]).reduce((sum, d) => sum + FIT_DIMENSIONS[d].weight * parts[d], 0));
  const band = score >= 70 ? 'cao' : score >= 45 ? 'trung-binh' : 'thap';
  const bandLabel = { cao: 'Phù hợp cao', 'trung-binh': 'Có thể phù hợp, cần bổ sung', thap: 'Ít phù hợp' }[band];
  return { score, band, bandLabel, dimensions, reasons, unmetPrerequisites };
}
