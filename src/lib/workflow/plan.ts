/**
 * The draft Kế hoạch: the model's steps, roles, outputs and indicators, with the locality's name,
 * lead unit and start date turned into a dated timeline. One structure feeds the on-screen and
 * printed plan and the Word document (plan-document.ts, document-docx.ts) and the checklist's due dates.
 */
import type { Model } from '../../schema/model.ts';
import type { LocalityProfile, PlanSettings } from '../../schema/workflow.ts';
import { BODIES, FUNDING, INDICATOR_DIRECTIONS, PROBLEMS, type Body, type ReviewType } from '../../schema/vocab.ts';
import { parseAmountVi, parsePositiveInt } from '../format/numbers.ts';
import { addDays, addMonths, isCalendarDate } from '../format/dates.ts';
import { documentCode, inRunningText, placeForDate } from './official-document.ts';

/** Used when neither the source nor the user gives a step's duration; always labelled as such. */
export const DEFAULT_STEP_WEEKS = 2;

export type PlanModel = Pick<Model, 'title' | 'problem' | 'coreComponents' | 'leadBodies' | 'partners' | 'legalBasis'> & {
  replication: Pick<Model['replication'], 'steps' | 'indicators' | 'reviewMonths' | 'pitfalls'>;
};

export interface PlanStep {
  n: number;
  title: string;
  owner: Body;
  ownerLabel: string;
  weeks: number;
  /** Where the duration comes from: what the user set, the source, or the default. */
  weeksFrom: 'nguoi-dung' | 'nguon' | 'mac-dinh';
  start: string;
  end: string;
  outputs: string[];
}

export interface PlanReview {
  type: ReviewType;
  label: string;
  months: number;
  date: string;
}

export interface Plan {
  modelTitle: string;
  locality: string;
  /** The locality as written inside a sentence ("xã Y Tý"). */
  here: string;
  leadUnit: string;
  /** "Triển khai, nhân rộng mô hình “…” tại …" */
  subject: string;
  startDate: string;
  endDate: string;
  steps: PlanStep[];
  reviews: PlanReview[];
  indicators: { name: string; unit: string; direction: string }[];
  purposes: string[];
  requirements: string[];
  responsibilities: { body: string; tasks: string[] }[];
  header: { parentBody: string; issuer: string; number: string; placeDate: string };
  signature: { onBehalf: string; title: string; name: string };
  recipients: string[];
  /** Steps whose duration is the default: the form asks the user to set them (the document does not mention it). */
  defaultedSteps: number;
  /** "Căn cứ" lines: what the user kept or typed, else the model's legal basis. */
  basis: string[];
  /** The budget as typed, read as an amount when it can be; and its source. */
  budget: { amount?: number; typed: string; funding: string };
}

/** The sơ kết and tổng kết a model's reviewMonths call for. */
export interface ReviewScheduleItem {
  type: ReviewType;
  months: number;
  label: string;
}

/**
 * One reading of reviewMonths for the plan and the review form: sorted and de-duplicated, so
 * [12, 6] and [6, 12, 12] mean the same. None given: the usual 6 and 12 months. One: a tổng kết
 * only. Two or more: a sơ kết at the first and a tổng kết at the last (the form has these two).
 */
export function reviewSchedule(reviewMonths: readonly number[]): ReviewScheduleItem[] {
  const months = [...new Set(reviewMonths.filter((m) => Number.isInteger(m) && m > 0))].sort((a, b) => a - b);
  const list = months.length ? months : [6, 12];
  const last = list[list.length - 1]!;
  const tongKet: ReviewScheduleItem = { type: 'tong-ket', months: last, label: `Tổng kết sau ${last} tháng` };
  if (list.length === 1) return [tongKet];
  return [{ type: 'so-ket', months: list[0]!, label: `Sơ kết sau ${list[0]} tháng` }, tongKet];
}

const or = (value: string, fallback: string) => (value.trim() ? value.trim() : fallback);

/** The model's legal basis as "Căn cứ" lines: what the form starts with. */
export function defaultBasis(model: Pick<Model, 'legalBasis'>): string {
  return model.legalBasis.map((b) => `Căn cứ ${b.replace(/[.;\s]+$/, '')};`).join('\n');
}

export function buildPlan(model: PlanModel, profile: LocalityProfile, settings: PlanSettings, today: string, provinceName = ''): Plan {
  const locality = or(profile.name, '[tên địa phương]');
  const here = profile.name.trim() ? inRunningText(profile.name) : locality;
  const leadUnit = or(profile.leadUnit, BODIES.label(model.leadBodies[0]!));
  const startDate = isCalendarDate(settings.startDate) ? settings.startDate : today;
  const defaultWeeks = parsePositiveInt(settings.defaultWeeks) ?? DEFAULT_STEP_WEEKS;

  let cursor = startDate;
  const steps: PlanStep[] = model.replication.steps.map((s, i) => {
    const own = parsePositiveInt(settings.weeks[i] ?? '');
    const weeks = own ?? s.weeks ?? defaultWeeks;
    const weeksFrom = own !== undefined ? 'nguoi-dung' : s.weeks !== undefined ? 'nguon' : 'mac-dinh';
    const start = cursor;
    const end = addDays(start, weeks * 7 - 1);
    cursor = addDays(end, 1);
    return {
      n: i + 1,
      title: s.title,
      owner: s.owner,
      ownerLabel: BODIES.label(s.owner),
      weeks,
      weeksFrom,
      start,
      end,
      outputs: s.outputs,
    };
  });
  const stepsEnd = steps.length ? steps[steps.length - 1]!.end : startDate;

  const reviews: PlanReview[] = reviewSchedule(model.replication.reviewMonths).map((r) => ({ ...r, date: addMonths(startDate, r.months) }));
  const endDate = [stepsEnd, ...reviews.map((r) => r.date)].sort().pop()!;

  const subject = `Triển khai, nhân rộng mô hình “${model.title}” tại ${here}`;
  const problem = profile.problem.trim() || profile.problems.map((k) => PROBLEMS.label(k).toLowerCase()).join('; ') || model.problem;
  const purposes = [
    `Triển khai mô hình “${model.title}” tại ${here}, góp phần giải quyết: ${problem.replace(/[.\s]+$/, '')}.`,
    'Phát huy vai trò của cấp ủy, chính quyền, Mặt trận Tổ quốc, các đoàn thể và người dân trong phong trào “Toàn dân bảo vệ an ninh Tổ quốc”.',
  ];
  const requirements = [
    ...(model.coreComponents.length ? [`Giữ đúng các thành phần cốt lõi của mô hình: ${model.coreComponents.join('; ')}.`] : []),
    `Kiểm tra thường xuyên; ${reviews.map((r) => r.label.toLowerCase()).join(', ')} để đánh giá, rút kinh nghiệm.`,
    'Triển khai thực chất, hiệu quả, không hình thức.',
    ...model.replication.pitfalls.map((p) => `Tránh: ${p.replace(/[.\s]+$/, '')}.`),
  ];

  const bodies: Body[] = [...new Set<Body>([...model.leadBodies, ...steps.map((s) => s.owner), ...model.partners])];
  const responsibilities = bodies.map((b) => {
    const tasks = steps.filter((s) => s.owner === b).map((s) => `Chủ trì bước ${s.n}: ${s.title}.`);
    if (model.leadBodies[0] === b)
      tasks.unshift(`${leadUnit} là đầu mối, theo dõi, đôn đốc, tổng hợp kết quả và báo cáo sơ kết, tổng kết.`);
    if (tasks.length === 0) tasks.push('Phối hợp thực hiện các nội dung của kế hoạch.');
    return { body: BODIES.label(b), tasks };
  });

  const year = startDate.slice(0, 4);
  const issuer = or(settings.issuer, leadUnit);
  const code = or(settings.docCode, documentCode('KH', issuer));
  const police = /^công an/i.test(issuer);
  const parentBody = settings.parentBody.trim() || (police && provinceName ? `Công an ${inRunningText(provinceName)}` : '');
  const amount = parseAmountVi(profile.budget);
  return {
    modelTitle: model.title,
    locality,
    here,
    leadUnit,
    subject,
    startDate,
    endDate,
    steps,
    reviews,
    indicators: model.replication.indicators.map((i) => ({
      name: i.name,
      unit: i.unit,
      direction: INDICATOR_DIRECTIONS.label(i.direction),
    })),
    purposes,
    requirements,
    responsibilities,
    header: {
      parentBody: parentBody.toUpperCase(),
      issuer: issuer.toUpperCase(),
      number: `Số: …/${code}`,
      placeDate: `${or(settings.placeName, placeForDate(locality))}, ngày … tháng … năm ${year}`,
    },
    signature: {
      onBehalf: settings.signerOnBehalf.trim().toUpperCase(),
      title: or(settings.signerTitle, 'THỦ TRƯỞNG ĐƠN VỊ').toUpperCase(),
      name: settings.signerName.trim(),
    },
    recipients: settings.recipients
      .split('\n')
      .map((r) => r.trim())
      .filter(Boolean).length
      ? settings.recipients
          .split('\n')
          .map((r) => r.trim())
          .filter(Boolean)
      : ['Như mục III;', 'Lưu: VT.'],
    defaultedSteps: steps.filter((s) => s.weeksFrom === 'mac-dinh').length,
    basis: (settings.basis ?? defaultBasis(model))
      .split('\n')
      .map((b) => b.trim())
      .filter(Boolean),
    budget: {
      ...(amount.kind === 'number' && { amount: amount.value }),
      typed: profile.budget.trim(),
      funding: profile.funding ? FUNDING.label(profile.funding) : '',
    },
  };
}
