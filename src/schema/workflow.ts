import { z } from './zod.ts';
import { SLUG_PATTERN } from './common.ts';
import { CAPACITIES, DECISIONS, FUNDING, INDICATOR_DIRECTIONS, PROBLEMS, SCOPES, SETTING_TRAITS, STATUSES, UNIT_TYPES } from './vocab.ts';

/**
 * What a locality types into the replication workflow (/mo-hinh/<slug>/nhan-rong/), as saved in its
 * browser and in exported files. Deliberately loose: a half-filled form is a valid state, and numbers
 * stay the text the user typed (converted only when computing), so export → import is lossless.
 * Every stored record carries `version`; migrateWorkflow() brings older versions up to date.
 * Version 2 added `id`: the stable storage key of a saved workflow (version 1 keyed it by the
 * locality's name, so typing one name through another's overwrote it).
 */
export const WORKFLOW_VERSION = 2;

const text = z.string().max(20_000, 'quá dài').default('');
const choice = <T extends readonly [string, ...string[]]>(keys: T) => z.union([z.enum(keys), z.literal('')]).default('');

/** The locality's own description (stage 1), shared by every model's workflow and by /nhan-rong/. */
export const localityProfileSchema = z.object({
  name: text,
  province: text,
  unitType: choice(UNIT_TYPES.keys),
  traits: z.array(z.enum(SETTING_TRAITS.keys)).default([]),
  population: text,
  households: text,
  budget: text,
  funding: choice(FUNDING.keys),
  capacities: z.array(z.enum(CAPACITIES.keys)).default([]),
  /** The problems the locality wants to solve, from the vocabulary the models are tagged with. */
  problems: z.array(z.enum(PROBLEMS.keys)).default([]),
  /** Anything more the locality says about its problems, in its own words (used in the plan). */
  problem: text,
  leadUnit: text,
});
export type LocalityProfile = z.infer<typeof localityProfileSchema>;

/** Stage 2: the dates and the administrative header of the Kế hoạch. Step durations by step index. */
export const planSettingsSchema = z.object({
  startDate: text,
  defaultWeeks: text,
  weeks: z.array(z.string().max(10)).default([]),
  parentBody: text,
  issuer: text,
  docCode: text,
  placeName: text,
  signerOnBehalf: text,
  signerTitle: text,
  signerName: text,
  recipients: text,
  /** "Căn cứ" lines, one per line; absent until the page first fills it with the model's legal basis. */
  basis: z.string().max(20_000, 'quá dài').optional(),
});
export type PlanSettings = z.infer<typeof planSettingsSchema>;

/** Stage 3: one row per model step, by step index. */
export const checklistItemSchema = z.object({ owner: text, due: text, done: text, notes: text });
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/** Stage 4: a sơ kết or tổng kết; indicator values keyed by the model's indicator id. */
export const reviewStateSchema = z.object({
  date: text,
  values: z.record(z.string(), z.object({ baseline: text, value: text })).default({}),
  findings: text,
  decision: choice(DECISIONS.keys),
  /** Why that decision: shown under "Kết luận" in the minutes. */
  reasons: text,
  chair: text,
  secretary: text,
});
export type ReviewState = z.infer<typeof reviewStateSchema>;

/** An indicator the locality adds for its reviews (the model lists none, or the locality wants more). */
export const ownIndicatorSchema = z.object({
  id: z.string().regex(/^rieng-[a-z0-9-]{1,40}$/),
  name: text,
  unit: text,
  direction: choice(INDICATOR_DIRECTIONS.keys),
});
export type OwnIndicator = z.infer<typeof ownIndicatorSchema>;

/** Stage 5: what the deployment record needs beyond the stages above. */
export const registrationSchema = z.object({
  place: text,
  scope: choice(SCOPES.keys),
  communeName: text,
  communeCode: text,
  /** The commune's name before 1/7/2025 when it was picked by it ("xã Y Tý, huyện Bát Xát, tỉnh Lào Cai"). */
  formerName: text,
  lat: text,
  lon: text,
  /** Where the point came from: the commune's label point, or a tap on the map. */
  pointFrom: z.union([z.enum(['nhan-xa', 'ban-do']), z.literal('')]).default(''),
  status: choice(STATUSES.keys),
  teams: text,
  members: text,
  notes: text,
});
export type RegistrationState = z.infer<typeof registrationSchema>;

export const workflowStateSchema = z.object({
  version: z.literal(WORKFLOW_VERSION),
  /** Stable across renames: the storage key. Letters, digits and dashes only, so it is safe in a key. */
  id: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'mã hồ sơ không hợp lệ'),
  model: z.string().regex(SLUG_PATTERN, 'mã mô hình không hợp lệ'),
  updated: text,
  profile: localityProfileSchema.default(localityProfileSchema.parse({})),
  /** Prerequisites the locality confirms it meets, by index in the model's list. */
  prerequisites: z.array(z.boolean()).default([]),
  plan: planSettingsSchema.default(planSettingsSchema.parse({})),
  checklist: z.array(checklistItemSchema).default([]),
  reviews: z
    .object({
      'so-ket': reviewStateSchema.default(reviewStateSchema.parse({})),
      'tong-ket': reviewStateSchema.default(reviewStateSchema.parse({})),
    })
    .default({ 'so-ket': reviewStateSchema.parse({}), 'tong-ket': reviewStateSchema.parse({}) }),
  registration: registrationSchema.default(registrationSchema.parse({})),
  /** The locality's own indicators; their values live in reviews.*.values under their id. */
  indicators: z.array(ownIndicatorSchema).max(30).default([]),
});
export type WorkflowState = z.infer<typeof workflowStateSchema>;

/** The locality profile saved on its own, for /nhan-rong/ and to pre-fill a new model's workflow. */
export const storedProfileSchema = z.object({ version: z.literal(WORKFLOW_VERSION), profile: localityProfileSchema });

/** An empty workflow under the id given (ids are made in src/lib/workflow/ids.ts: the schema holds no randomness). */
export function emptyWorkflow(model: string, profile: LocalityProfile | undefined, id: string): WorkflowState {
  return workflowStateSchema.parse({ version: WORKFLOW_VERSION, id, model, profile });
}

export type Migrated<T> = { ok: true; value: T } | { ok: false; reason: string };

/** What a migration may need from outside the schema: a fresh id. */
interface MigrationContext {
  newId: () => string;
}
type Migrations = Record<number, (old: Record<string, unknown>, context: MigrationContext) => Record<string, unknown>>;

/**
 * Upgrades for older stored workflows: WORKFLOW_MIGRATIONS[n] turns a version-n record into
 * version n+1, so old saves keep working. The store writes migrated records back, so an id given
 * here is kept from then on.
 */
const WORKFLOW_MIGRATIONS: Migrations = {
  1: (old, { newId }) => ({ ...old, id: newId() }),
};

/** The stored locality profile shares the version number; its shape did not change in version 2. */
const PROFILE_MIGRATIONS: Migrations = {
  1: (old) => old,
};

function migrate<T>(raw: unknown, schema: z.ZodType<T>, migrations: Migrations, context: MigrationContext): Migrated<T> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'dữ liệu không phải một bản ghi' };
  let record = raw as Record<string, unknown>;
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, reason: 'dữ liệu không ghi số phiên bản hợp lệ' };
  if (version > WORKFLOW_VERSION)
    return { ok: false, reason: `dữ liệu được tạo bởi phiên bản mới hơn của trang (phiên bản ${version}); hãy tải lại trang` };
  for (let v = version; v < WORKFLOW_VERSION; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, reason: `không có cách nâng cấp dữ liệu từ phiên bản ${v}` };
    record = { ...step(record, context), version: v + 1 };
  }
  const parsed = schema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, reason: `trường ${issue.path.join('.') || '(gốc)'}: ${issue.message}` };
  }
  return { ok: true, value: parsed.data };
}

/** Any stored or imported workflow → the current version, or why it cannot be read. `newId` names a record that had no id. */
export function migrateWorkflow(raw: unknown, newId: () => string): Migrated<WorkflowState> {
  return migrate(raw, workflowStateSchema, WORKFLOW_MIGRATIONS, { newId });
}

export function migrateProfile(raw: unknown): Migrated<z.infer<typeof storedProfileSchema>> {
  return migrate(raw, storedProfileSchema, PROFILE_MIGRATIONS, { newId: () => '' });
}
