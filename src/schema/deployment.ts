import { z } from './zod.ts';
import { latLonSchema } from './geo.ts';
import { isoDate, nonEmptyText, numberOf, partialDate, positiveCount, qualifiedNumber, slugText, sourceSchema } from './common.ts';
import { COUNT_UNITS, DECISIONS, FUNDING, REVIEW_TYPES, SCOPES, STATUSES } from './vocab.ts';

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
      .strictObject({
        value: positiveCount('số lượng').describe('Số lượng, như nguồn nêu'),
        unit: z.enum(COUNT_UNITS.keys).describe('Đơn vị đếm: điểm, xã, tổ, hòm thư, camera… (chỉ cộng số cùng đơn vị)'),
        qualifier: qualifiedNumber.qualifier,
      })
      .optional()
      .describe('Số lượng của bản ghi tổng hợp toàn tỉnh và đơn vị đếm; để trống khi nguồn không nêu'),
    province: slugText.describe('Mã tỉnh, thành hiện nay (id trong danh sách tỉnh, thành)'),
    commune: z
      .strictObject({
        name: nonEmptyText.describe('Tên xã, phường, đặc khu hiện nay'),
        code: z
          .string()
          .regex(/^\d{5}$/, 'mã xã gồm 5 chữ số')
          .optional()
          .describe('Mã đơn vị hành chính cấp xã (5 chữ số)'),
      })
      .optional()
      .describe('Đơn vị cấp xã hiện nay, nếu biết'),
    formerNames: z.array(nonEmptyText).default([]).describe('Tên địa danh trước ngày 1/7/2025'),
    coordinates: latLonSchema.describe('Tọa độ (WGS 84), trong lãnh thổ Việt Nam'),
    coordinatesNote: z.string().optional().describe('Ghi chú về độ chính xác của tọa độ'),
    started: partialDate.optional().describe('Thời điểm bắt đầu, với độ chính xác nguồn nêu (YYYY, YYYY-MM, YYYY-MM-DD)'),
    status: z.enum(STATUSES.keys).optional().describe('Tình trạng hoạt động, nếu nguồn nêu'),
    leadUnit: z.string().optional().describe('Đơn vị chủ trì tại địa bàn'),
    teams: positiveCount('số tổ').optional().describe('Số tổ, nhóm'),
    members: positiveCount('số thành viên').optional().describe('Số thành viên'),
    figures: z
      .array(
        z.strictObject({
          what: nonEmptyText.describe('Số liệu nói về điều gì (camera đã lắp, tin báo tiếp nhận…)'),
          ...qualifiedNumber,
          unit: nonEmptyText.describe('Đơn vị (camera, tin, hộ…)'),
          date: partialDate.optional().describe('Thời điểm của số liệu'),
        }),
      )
      .default([])
      .describe('Số liệu khác của điểm này theo nguồn (không cộng dồn)'),
    cost: z
      .strictObject({
        amount: numberOf('kinh phí').positive('kinh phí phải dương').describe('Số tiền, đồng'),
        qualifier: qualifiedNumber.qualifier,
        what: nonEmptyText.describe('Kinh phí cho việc gì, ai đóng góp'),
      })
      .optional()
      .describe('Kinh phí theo nguồn'),
    funding: z.enum(FUNDING.keys).optional().describe('Nguồn kinh phí, nếu nguồn nêu'),
    reviews: z.array(review).default([]).describe('Các lần sơ kết, tổng kết'),
    lastReviewed: isoDate.optional().describe('Ngày rà soát bản ghi gần nhất (YYYY-MM-DD)'),
    source: sourceSchema.describe('Nguồn của bản ghi'),
    notes: z.string().optional().describe('Ghi chú'),
  })
  .superRefine((d, ctx) => {
    if (d.scope !== 'tinh' && d.count !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['count'],
        message: 'chỉ bản ghi tổng hợp (scope: tinh) mới có count; số liệu của một điểm ghi ở figures',
      });
    }
  });

export type DeploymentInput = z.input<typeof deploymentSchema>;
export type Deployment = z.infer<typeof deploymentSchema>;
