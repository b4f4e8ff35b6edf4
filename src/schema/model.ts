import { z } from 'astro/zod';
import { isoDate, nonEmptyText, slugText, sourceSchema } from './common.ts';
import {
  BODIES,
  CAPACITIES,
  CLAIM_KINDS,
  EVIDENCE_LEVELS,
  FIELDS,
  FUNDING,
  INDICATOR_DIRECTIONS,
  SETTING_TRAITS,
  UNIT_TYPES,
} from './vocab.ts';

const texts = z.array(nonEmptyText).default([]);

/** A cost range in đồng with the source it comes from; sources rarely give one, so it is optional. */
const costRange = z
  .strictObject({
    min: z.number().nonnegative('chi phí không được âm'),
    max: z.number().nonnegative('chi phí không được âm'),
    per: nonEmptyText,
    source: slugText,
  })
  .refine((c) => c.min <= c.max, 'min phải nhỏ hơn hoặc bằng max');

const step = z.strictObject({
  title: nonEmptyText,
  owner: z.enum(BODIES.keys),
  weeks: z.number().int().positive('số tuần phải dương').optional(),
  outputs: texts,
  source: slugText.optional(),
});

const indicator = z.strictObject({
  id: slugText,
  name: nonEmptyText,
  unit: nonEmptyText,
  direction: z.enum(INDICATOR_DIRECTIONS.keys),
});

const claim = z.strictObject({
  kind: z.enum(CLAIM_KINDS.keys),
  text: nonEmptyText,
  value: z.number().positive('số liệu phải dương').optional(),
  unit: z.string().optional(),
  place: z.string().optional(),
  source: slugText,
});

/** The structured record of a model: the frontmatter of content/models/<slug>.mdx. */
export const modelSchema = z
  .strictObject({
    title: nonEmptyText,
    shortTitle: z.string().max(60, 'tên ngắn tối đa 60 ký tự').optional(),
    summary: nonEmptyText.max(300, 'tóm tắt tối đa 300 ký tự'),
    field: z.enum(FIELDS.keys),
    tags: texts,

    unitTypes: z.array(z.enum(UNIT_TYPES.keys)).min(1, 'cần ít nhất một loại địa bàn'),
    settingTraits: z.array(z.enum(SETTING_TRAITS.keys)).default([]),

    leadBodies: z.array(z.enum(BODIES.keys)).min(1, 'cần ít nhất một cơ quan chủ trì'),
    partners: z.array(z.enum(BODIES.keys)).default([]),

    problem: nonEmptyText,
    coreComponents: texts,
    mechanism: z.string().optional(),
    moderators: texts,
    risks: texts,
    legalBasis: texts,

    resources: z
      .strictObject({
        startupCost: costRange.optional(),
        runningCost: costRange.optional(),
        people: texts,
        equipment: texts,
        funding: z.enum(FUNDING.keys).optional(),
        note: z.string().optional(),
      })
      .default({ people: [], equipment: [] }),

    replication: z
      .strictObject({
        prerequisites: texts,
        /** Capacities a locality should already have (matched by the fit score). */
        capacities: z.array(z.enum(CAPACITIES.keys)).default([]),
        steps: z.array(step).default([]),
        indicators: z.array(indicator).default([]),
        reviewMonths: z.array(z.number().int().positive()).default([6, 12]),
        pitfalls: texts,
      })
      .default({ prerequisites: [], capacities: [], steps: [], indicators: [], reviewMonths: [6, 12], pitfalls: [] }),

    evidence: z.strictObject({
      level: z.enum(EVIDENCE_LEVELS.keys),
      claims: z.array(claim).default([]),
    }),

    keyPoints: texts,
    discussionQuestions: texts,

    sources: z.array(sourceSchema.extend({ id: slugText })).min(1, 'cần ít nhất một nguồn'),
    updated: isoDate,
  })
  .superRefine((model, ctx) => {
    const ids = new Set(model.sources.map((s) => s.id));
    const cite = (id: string | undefined, path: (string | number)[]) => {
      if (id !== undefined && !ids.has(id)) {
        ctx.addIssue({ code: 'custom', path, message: `nguồn "${id}" không có trong danh sách sources` });
      }
    };
    model.evidence.claims.forEach((c, i) => cite(c.source, ['evidence', 'claims', i, 'source']));
    model.replication.steps.forEach((s, i) => cite(s.source, ['replication', 'steps', i, 'source']));
    cite(model.resources.startupCost?.source, ['resources', 'startupCost', 'source']);
    cite(model.resources.runningCost?.source, ['resources', 'runningCost', 'source']);
    const seen = new Set<string>();
    model.sources.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `mã nguồn "${s.id}" bị trùng` });
      seen.add(s.id);
    });
    const indicatorIds = new Set<string>();
    model.replication.indicators.forEach((ind, i) => {
      if (indicatorIds.has(ind.id))
        ctx.addIssue({ code: 'custom', path: ['replication', 'indicators', i, 'id'], message: `mã chỉ số "${ind.id}" bị trùng` });
      indicatorIds.add(ind.id);
    });
  });

export type ModelInput = z.input<typeof modelSchema>;
export type Model = z.infer<typeof modelSchema>;
