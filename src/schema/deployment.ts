import { z } from './zod.ts';
import { latLonSchema } from './geo.ts';
import { isoDate, nonEmptyText, numberOf, pastYear, positiveCount, slugText, sourceSchema } from './common.ts';
import { DECISIONS, REVIEW_TYPES, SCOPES, STATUSES } from './vocab.ts';

const review = z.strictObject({
  type: z.enum(REVIEW_TYPES.keys).describe('Loại đánh giá'),
  date: isoDate.describe('Ngày đánh giá (YYYY-MM-DD)'),
  indicators: z
    .array(
      z.strictObject({
        indicator: slugText.describe('Mã chỉ số (một mã trong replication.indicators của mô hình)'),
        baseline: numberOf('giá trị ban đầu').optional().describe('Giá trị trước khi triển khai'),
        value: numberOf('giá trị hiện tại').describe('Giá trị tại lần đánh giá'),
      }),
    )
    .default([])
    .describe('Giá trị các chỉ số tại lần đánh giá'),
  findings: z.string().optional().describe('Nhận xét, rút kinh nghiệm'),
  decision: z.enum(DECISIONS.keys).optional().describe('Quyết định sau đánh giá, nếu có'),
});

/**
 * Điểm triển khai: one file per deployment in content/deployments/<model-slug>/<place-slug>.yaml.
 * `tinh` records aggregate what the sources report only as a total (e.g. 109 communes in Hà Nội);
 * their `count` is left out when a source names the model in a province without saying how many.
 */
export const deploymentSchema = z
  .strictObject({
    model: slugText.describe('Mã (slug) của mô hình được triển khai'),
    place: nonEmptyText.describe('Tên địa bàn, địa điểm như nguồn nêu'),
    scope: z.enum(SCOPES.keys).describe('Phạm vi của bản ghi'),
    count: z
      .number({ error: 'count phải là số' })
      .int('count phải là số nguyên')
      .positive('count phải lớn hơn 0')
      .optional()
      .describe('Số đơn vị, địa điểm (bản ghi tổng hợp toàn tỉnh); để trống khi nguồn không nêu'),
    province: slugText.describe('Mã tỉnh, thành hiện nay (id trong danh sách tỉnh, thành)'),
    commune: z
      .strictObject({
        name: nonEmptyText.describe('Tên xã, phường, đặc khu hiện nay'),
        code: z.string().regex(/^\d{5}$/, 'mã xã gồm 5 chữ số').optional().describe('Mã đơn vị hành chính cấp xã (5 chữ số)'),
      })
      .optional()
      .describe('Đơn vị cấp xã hiện nay, nếu biết'),
    formerNames: z.array(nonEmptyText).default([]).describe('Tên địa danh trước ngày 1/7/2025'),
    coordinates: latLonSchema.describe('Tọa độ (WGS 84), trong lãnh thổ Việt Nam'),
    coordinatesNote: z.string().optional().describe('Ghi chú về độ chính xác của tọa độ'),
    startYear: pastYear.optional().describe('Năm bắt đầu, nếu nguồn nêu'),
    status: z.enum(STATUSES.keys).optional().describe('Tình trạng hoạt động, nếu nguồn nêu'),
    leadUnit: z.string().optional().describe('Đơn vị chủ trì tại địa bàn'),
    teams: positiveCount('số tổ').optional().describe('Số tổ, nhóm'),
    members: positiveCount('số thành viên').optional().describe('Số thành viên'),
    reviews: z.array(review).default([]).describe('Các lần sơ kết, tổng kết'),
    lastReviewed: isoDate.optional().describe('Ngày rà soát bản ghi gần nhất (YYYY-MM-DD)'),
    source: sourceSchema.describe('Nguồn của bản ghi'),
    notes: z.string().optional().describe('Ghi chú'),
  })
  .superRefine((d, ctx) => {
    if (d.scope !== 'tinh' && d.count !== undefined && d.count !== 1) {
      ctx.addIssue({ code: 'custom', path: ['count'], message: 'chỉ bản ghi scope: tinh mới có count khác 1' });
    }
  });

export type DeploymentInput = z.input<typeof deploymentSchema>;
export type Deployment = z.infer<typeof deploymentSchema>;
