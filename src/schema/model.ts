import { z } from './zod.ts';
import { citedSourceSchema, isoDate, nonEmptyText, numberOf, partialDate, positiveCount, qualifiedNumber, slugText } from './common.ts';
import {
  BODIES,
  CAPACITIES,
  CLAIM_KINDS,
  EFFECT_LEVELS,
  FIELDS,
  FUNDING,
  INDICATOR_DIRECTIONS,
  PROBLEMS,
  RECOGNITION,
  SETTING_TRAITS,
  UNIT_TYPES,
} from './vocab.ts';

const texts = z.array(nonEmptyText).default([]);

/** A cost range in đồng with the source it comes from; sources rarely give one, so it is optional. */
const costRange = z
  .strictObject({
    min: numberOf('chi phí').nonnegative('chi phí không được âm').describe('Mức thấp nhất, đồng'),
    max: numberOf('chi phí').nonnegative('chi phí không được âm').describe('Mức cao nhất, đồng'),
    per: nonEmptyText.describe('Tính cho (ví dụ: một camera, một khu dân cư, một năm)'),
    source: slugText.describe('Mã nguồn nêu chi phí (một mã trong sources)'),
  })
  .refine((c) => c.min <= c.max, 'min phải nhỏ hơn hoặc bằng max');

const step = z.strictObject({
  title: nonEmptyText.describe('Tên bước'),
  owner: z.enum(BODIES.keys).describe('Cơ quan, lực lượng chịu trách nhiệm bước này'),
  weeks: positiveCount('số tuần').optional().describe('Thời gian dự kiến, số tuần'),
  outputs: texts.describe('Sản phẩm đầu ra của bước (kế hoạch, quyết định, danh sách…)'),
  source: slugText.optional().describe('Mã nguồn mô tả bước này'),
});

const indicator = z.strictObject({
  id: slugText.describe('Mã chỉ số, dùng khi ghi kết quả sơ kết, tổng kết'),
  name: nonEmptyText.describe('Tên chỉ số'),
  unit: nonEmptyText.describe('Đơn vị đo'),
  direction: z.enum(INDICATOR_DIRECTIONS.keys).describe('Chiều tốt của chỉ số'),
});

const claim = z.strictObject({
  kind: z.enum(CLAIM_KINDS.keys).describe('Loại kết quả; phòng ngừa và phát hiện không gộp chung'),
  text: nonEmptyText.describe('Nội dung kết quả, như nguồn nêu'),
  value: qualifiedNumber.value.optional().describe('Số liệu chính của kết quả'),
  qualifier: qualifiedNumber.qualifier,
  unit: z.string().optional().describe('Đơn vị của số liệu'),
  place: z.string().optional().describe('Nơi đạt kết quả'),
  date: partialDate.optional().describe('Thời điểm của số liệu, với độ chính xác nguồn nêu'),
  quote: z.string().optional().describe('Một cụm từ ngắn trích nguyên văn từ nguồn, hiện trong ngoặc kép'),
  source: slugText.describe('Mã nguồn của kết quả (một mã trong sources)'),
});

const recognition = z.strictObject({
  kind: z.enum(RECOGNITION.keys).describe('Hình thức ghi nhận mô hình'),
  by: z.string().optional().describe('Cơ quan sơ kết, khen thưởng hoặc chọn nhân rộng'),
  date: partialDate.optional().describe('Thời điểm ghi nhận, với độ chính xác nguồn nêu'),
  place: z.string().optional().describe('Nơi được ghi nhận'),
  source: slugText.describe('Mã nguồn nêu việc ghi nhận (một mã trong sources)'),
});

/** The structured record of a model: the frontmatter of content/models/<slug>.mdx. */
export const modelSchema = z
  .strictObject({
    title: nonEmptyText.describe('Tên đầy đủ của mô hình'),
    shortTitle: z.string().max(60, 'tên ngắn tối đa 60 ký tự').optional().describe('Tên ngắn (tối đa 60 ký tự) dùng trong danh sách'),
    summary: nonEmptyText.max(300, 'tóm tắt tối đa 300 ký tự').describe('Tóm tắt mô hình (tối đa 300 ký tự)'),
    field: z.enum(FIELDS.keys).describe('Lĩnh vực chính của mô hình'),
    names: texts.describe('Các tên gọi khác ở địa phương của cùng cách làm'),
    tags: texts.describe('Từ khóa tự do'),
    problems: z
      .array(z.enum(PROBLEMS.keys))
      .min(1, 'cần ít nhất một vấn đề mô hình giải quyết')
      .describe('Vấn đề an ninh, trật tự mô hình nhắm tới (danh mục)'),
    lapsed: z
      .strictObject({
        reason: nonEmptyText.describe('Vì sao mục đích của mô hình không còn'),
        source: slugText.optional().describe('Mã nguồn (một mã trong sources)'),
      })
      .optional()
      .describe('Mô hình đã hết mục đích (ví dụ: dịch bệnh đã qua)'),

    unitTypes: z.array(z.enum(UNIT_TYPES.keys)).min(1, 'cần ít nhất một loại địa bàn').describe('Loại địa bàn, tổ chức áp dụng được'),
    settingTraits: z.array(z.enum(SETTING_TRAITS.keys)).default([]).describe('Đặc điểm địa bàn phù hợp'),

    leadBodies: z.array(z.enum(BODIES.keys)).min(1, 'cần ít nhất một cơ quan chủ trì').describe('Cơ quan, lực lượng chủ trì'),
    partners: z.array(z.enum(BODIES.keys)).default([]).describe('Cơ quan, lực lượng phối hợp'),

    problem: nonEmptyText.describe('Vấn đề an ninh, trật tự mà mô hình giải quyết'),
    coreComponents: texts.describe('Thành phần cốt lõi: phải giữ nguyên khi nhân rộng'),
    mechanism: z.string().optional().describe('Cơ chế tác động: vì sao mô hình có tác dụng'),
    moderators: texts.describe('Điều kiện làm mô hình hiệu quả hơn hoặc kém hơn'),
    risks: texts.describe('Rủi ro, tác dụng phụ (ví dụ: quyền riêng tư, tội phạm dịch chuyển)'),
    legalBasis: texts.describe('Cơ sở pháp lý, văn bản chủ trương'),

    resources: z
      .strictObject({
        startupCost: costRange.optional().describe('Chi phí ban đầu, theo nguồn'),
        runningCost: costRange.optional().describe('Chi phí duy trì, theo nguồn'),
        people: texts.describe('Nhân lực cần có'),
        equipment: texts.describe('Trang thiết bị cần có'),
        funding: z.enum(FUNDING.keys).optional().describe('Nguồn kinh phí'),
        note: z.string().optional().describe('Ghi chú về nguồn lực'),
      })
      .default({ people: [], equipment: [] })
      .describe('Nguồn lực: chi phí, con người, trang thiết bị, kinh phí'),

    replication: z
      .strictObject({
        prerequisites: texts.describe('Điều kiện cần có trước khi triển khai'),
        /** Capacities a locality should already have (matched by the fit score). */
        capacities: z.array(z.enum(CAPACITIES.keys)).default([]).describe('Năng lực địa phương nên có sẵn'),
        steps: z.array(step).default([]).describe('Các bước triển khai, theo thứ tự'),
        indicators: z.array(indicator).default([]).describe('Chỉ số theo dõi khi sơ kết, tổng kết'),
        reviewMonths: z
          .array(positiveCount('số tháng'))
          .default([6, 12])
          .describe('Lịch đánh giá, số tháng sau khi bắt đầu (mặc định 6 và 12)'),
        pitfalls: texts.describe('Điều cần tránh (ví dụ: mô hình mang tính hình thức)'),
      })
      .default({ prerequisites: [], capacities: [], steps: [], indicators: [], reviewMonths: [6, 12], pitfalls: [] })
      .describe('Hướng dẫn nhân rộng'),

    evidence: z
      .strictObject({
        recognition: z
          .array(recognition)
          .min(1, 'cần ít nhất một hình thức ghi nhận')
          .describe('Mô hình được ghi nhận thế nào (báo cáo, sơ kết, khen thưởng, chọn nhân rộng)'),
        effect: z
          .strictObject({
            prevention: z.enum(EFFECT_LEVELS.keys).describe('Điều đã biết về tác dụng phòng ngừa'),
            detection: z.enum(EFFECT_LEVELS.keys).describe('Điều đã biết về tác dụng phát hiện, xử lý vụ việc'),
          })
          .describe('Điều đã biết về tác dụng, từng loại kết quả riêng'),
        claims: z.array(claim).default([]).describe('Các kết quả theo nguồn'),
      })
      .describe('Ghi nhận và bằng chứng về kết quả'),
    analysis: texts.describe('Nhận định của ban biên tập trang (không phải lời của nguồn)'),
    recordNotes: texts.describe('Về hồ sơ này: cách đọc nguồn, điều chưa biết'),

    keyPoints: texts.describe('Điểm then chốt, dùng khi giảng dạy, tập huấn'),
    discussionQuestions: texts.describe('Câu hỏi thảo luận cho lớp tập huấn'),

    sources: z.array(citedSourceSchema).min(1, 'cần ít nhất một nguồn').describe('Các nguồn (ít nhất một)'),
    updated: isoDate.describe('Ngày cập nhật hồ sơ gần nhất (YYYY-MM-DD)'),
  })
  .superRefine((model, ctx) => {
    const ids = new Set(model.sources.map((s) => s.id));
    const cite = (id: string | undefined, path: (string | number)[]) => {
      if (id !== undefined && !ids.has(id)) {
        ctx.addIssue({ code: 'custom', path, message: `nguồn "${id}" không có trong danh sách sources` });
      }
    };
    model.evidence.claims.forEach((c, i) => cite(c.source, ['evidence', 'claims', i, 'source']));
    model.evidence.recognition.forEach((r, i) => cite(r.source, ['evidence', 'recognition', i, 'source']));
    cite(model.lapsed?.source, ['lapsed', 'source']);
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
