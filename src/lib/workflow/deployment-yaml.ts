/**
 * Stage 5: the workflow becomes a deployment record (content/deployments/<model>/<place>.yaml),
 * checked with the very schema and cross-reference check the build uses, before it is downloaded.
 */
import { toYaml } from '../content/yaml.ts';
import { deploymentSchema, type DeploymentInput } from '../../schema/deployment.ts';
import type { Model } from '../../schema/model.ts';
import type { Province } from '../../schema/province.ts';
import type { WorkflowState } from '../../schema/workflow.ts';
import { REVIEW_TYPES } from '../../schema/vocab.ts';
import { checkDeploymentReferences, checkRecord, type Problem } from '../content/records.ts';
import { parseDecimal, parseNumberVi, parsePositiveInt } from '../format/numbers.ts';
import { scopeForUnitType } from './similar.ts';
import { isCalendarDate, todayInVietnam } from '../format/dates.ts';
import { slugify } from '../format/slug.ts';

export const REGISTRATION_SOURCE_TITLE = 'Báo cáo đăng ký điểm nhân rộng';

const clean = (s: string) => s.trim() || undefined;

/** The record as the build will read it. Empty fields are left out, never guessed. */
export function buildDeployment(state: WorkflowState, today: string): DeploymentInput {
  const { profile, registration: r, plan } = state;
  const own = new Map(state.indicators.map((i) => [i.id, i]));
  const lat = parseDecimal(r.lat);
  const lon = parseDecimal(r.lon);
  const reviews = REVIEW_TYPES.keys
    .map((type) => ({ type, review: state.reviews[type] }))
    .filter(({ review }) => review.date.trim() || review.decision || review.findings.trim())
    .map(({ type, review }) => ({
      type,
      date: review.date.trim(),
      // The model's indicators only: the locality's own go into `figures` below.
      indicators: Object.entries(review.values)
        .filter(([indicator]) => !own.has(indicator))
        .map(([indicator, v]) => ({ indicator, baseline: parseNumberVi(v.baseline), value: parseNumberVi(v.value) }))
        .filter((v) => v.value !== undefined)
        .map((v) =>
          v.baseline === undefined
            ? { indicator: v.indicator, value: v.value! }
            : { indicator: v.indicator, baseline: v.baseline, value: v.value! },
        ),
      ...(clean(review.findings) && { findings: review.findings.trim() }),
      decision: review.decision || (undefined as never),
    }));
  // The locality's own indicators, as the figures of this place at the latest review that measured them.
  const figures = state.indicators.flatMap((ind) => {
    const measured = REVIEW_TYPES.keys
      .map((type) => ({ date: state.reviews[type].date.trim(), value: parseNumberVi(state.reviews[type].values[ind.id]?.value ?? '') }))
      .filter((m) => m.value !== undefined)
      .pop();
    if (!measured || !ind.name.trim() || !ind.unit.trim()) return [];
    return [
      {
        what: ind.name.trim(),
        value: measured.value!,
        unit: ind.unit.trim(),
        ...(isCalendarDate(measured.date) && measured.date <= today && { date: measured.date }),
      },
    ];
  });
  const started = isCalendarDate(plan.startDate) && plan.startDate <= today ? plan.startDate : undefined;
  const lastReviewed = reviews
    .map((x) => x.date)
    .filter(isCalendarDate)
    .sort()
    .pop();
  const record: Record<string, unknown> = {
    model: state.model,
    place: clean(r.place) ?? clean(profile.name) ?? '',
    scope: r.scope || scopeForUnitType(profile.unitType) || 'xa',
    province: profile.province,
    ...((clean(r.communeName) || clean(r.communeCode)) && {
      commune: { name: r.communeName.trim(), ...(clean(r.communeCode) && { code: r.communeCode.trim() }) },
    }),
    ...(clean(r.formerName) && {
      formerNames: r.formerName
        .split(';')
        .map((x) => x.trim())
        .filter(Boolean),
    }),
    coordinates: { lat: lat ?? (r.lat.trim() ? r.lat.trim() : undefined), lon: lon ?? (r.lon.trim() ? r.lon.trim() : undefined) },
    ...(r.pointFrom === 'nhan-xa' && { coordinatesNote: 'Điểm đặt tên của xã, không phải vị trí chính xác' }),
    ...(started && { started }),
    ...(r.status && { status: r.status }),
    ...(clean(profile.leadUnit) && { leadUnit: profile.leadUnit.trim() }),
    ...(clean(r.teams) && { teams: parsePositiveInt(r.teams) ?? r.teams.trim() }),
    ...(clean(r.members) && { members: parsePositiveInt(r.members) ?? r.members.trim() }),
    ...(profile.funding && { funding: profile.funding }),
    ...(figures.length && { figures }),
    ...(reviews.length && { reviews }),
    ...(lastReviewed && { lastReviewed }),
    source: {
      title: REGISTRATION_SOURCE_TITLE,
      publisher: clean(profile.leadUnit) ?? clean(profile.name) ?? '',
      date: today,
      registration: true,
    },
    ...(clean(r.notes) && { notes: r.notes.trim() }),
  };
  return record as DeploymentInput;
}

/** Where the file goes in the repository. */
export function deploymentPath(record: Pick<DeploymentInput, 'model' | 'place'>): string {
  return `deployments/${record.model}/${slugify(record.place) || 'dia-diem'}.yaml`;
}

export function deploymentYaml(record: DeploymentInput): string {
  return `# ${REGISTRATION_SOURCE_TITLE}, tạo bằng công cụ nhân rộng của trang Mô hình tiêu biểu.\n${toYaml(record)}`;
}

/** Every problem the build would report for this record, by field ("coordinates.lat", "reviews.0.date"…). */
export function validateDeployment(
  record: DeploymentInput,
  refs: { models: Map<string, Model>; provinces: Map<string, Province> },
  today: string = todayInVietnam(),
): Problem[] {
  const file = deploymentPath(record);
  const { data, problems } = checkRecord(file, deploymentSchema, record, today);
  return data ? checkDeploymentReferences(file, data, refs) : problems;
}
