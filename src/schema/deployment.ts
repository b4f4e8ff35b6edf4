import { z } from 'astro/zod';
import { latLonSchema } from './geo.ts';
import { isoDate, nonEmptyText, pastYear, slugText, sourceSchema } from './common.ts';
import { DECISIONS, REVIEW_TYPES, SCOPES, STATUSES } from './vocab.ts';

const review = z.strictObject({
  type: z.enum(REVIEW_TYPES.keys),
  date: isoDate,
  indicators: z
    .array(
      z.strictObject({
        indicator: slugText,
        baseline: z.number().optional(),
        value: z.number(),
      }),
    )
    .default([]),
  findings: z.string().optional(),
  decision: z.enum(DECISIONS.keys).optional(),
});

/**
 * Điểm triển khai: one file per deployment in content/deployments/<model-slug>/<place-slug>.yaml.
 * `tinh` records aggregate what the sources report only as a total (e.g. 109 communes in Hà Nội);
 * their `count` is left out when a source names the model in a province without saying how many.
 */
export const deploymentSchema = z
  .strictObject({
    model: slugText,
    place: nonEmptyText,
    scope: z.enum(SCOPES.keys),
    count: z.number({ error: 'count phải là số' }).int('count phải là số nguyên').positive('count phải lớn hơn 0').optional(),
    province: slugText,
    commune: z
      .strictObject({
        name: nonEmptyText,
        code: z.string().regex(/^\d{5}$/, 'mã xã gồm 5 chữ số').optional(),
      })
      .optional(),
    formerNames: z.array(nonEmptyText).default([]),
    coordinates: latLonSchema,
    coordinatesNote: z.string().optional(),
    startYear: pastYear.optional(),
    status: z.enum(STATUSES.keys).optional(),
    leadUnit: z.string().optional(),
    teams: z.number().int().positive('số tổ phải lớn hơn 0').optional(),
    members: z.number().int().positive('số thành viên phải lớn hơn 0').optional(),
    reviews: z.array(review).default([]),
    lastReviewed: isoDate.optional(),
    source: sourceSchema,
    notes: z.string().optional(),
  })
  .superRefine((d, ctx) => {
    if (d.scope !== 'tinh' && d.count !== undefined && d.count !== 1) {
      ctx.addIssue({ code: 'custom', path: ['count'], message: 'chỉ bản ghi scope: tinh mới có count khác 1' });
    }
  });

export type DeploymentInput = z.input<typeof deploymentSchema>;
export type Deployment = z.infer<typeof deploymentSchema>;
