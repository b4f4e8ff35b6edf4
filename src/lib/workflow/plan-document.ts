/**
 * The Kế hoạch as an OfficialDocument: Căn cứ, I. Mục đích, yêu cầu; II. Nội dung (steps and
 * dates, indicators, reviews); III. Kinh phí; IV. Tổ chức thực hiện; recipients and signature.
 * Only what the locality will sign: no notes to the editor, no "(mặc định)" — the form asks for
 * the durations the user has not set.
 */
import type { Plan } from './plan.ts';
import { formatDate, formatVnd } from '../format/format.ts';
import { heading, item, paragraph, type DocBlock, type OfficialDocument } from './official-document.ts';

function budgetBlocks(plan: Plan): DocBlock[] {
  const { amount, typed, funding } = plan.budget;
  const sum = amount !== undefined ? `${formatVnd(amount).replace(/ đ$/, '')} đồng` : typed || '……………… đồng';
  return [
    paragraph(`Tổng kinh phí dự kiến: ${sum}${funding ? `, từ nguồn ${funding.charAt(0).toLowerCase()}${funding.slice(1)}` : ''}.`),
    paragraph(`${plan.leadUnit} lập dự toán chi tiết theo quy định hiện hành.`),
  ];
}

export function planDocument(plan: Plan): OfficialDocument {
  const items = (list: string[]) => list.map((t) => item(t));
  const body: DocBlock[] = [
    heading('I. MỤC ĐÍCH, YÊU CẦU'),
    heading('1. Mục đích'),
    ...items(plan.purposes),
    heading('2. Yêu cầu'),
    ...items(plan.requirements),
    heading('II. NỘI DUNG'),
    heading('1. Các bước thực hiện và thời gian'),
    ...(plan.steps.length
      ? [
          paragraph(`Thời gian thực hiện từ ngày ${formatDate(plan.startDate)} đến ngày ${formatDate(plan.endDate)}.`),
          {
            kind: 'table' as const,
            caption: 'Các bước thực hiện và thời gian',
            columns: [
              { title: 'TT', width: 0.07 },
              { title: 'Nội dung', width: 0.35 },
              { title: 'Chủ trì', width: 0.17 },
              { title: 'Thời gian', width: 0.19 },
              { title: 'Kết quả cần đạt', width: 0.22 },
            ],
            rows: plan.steps.map((s) => [
              String(s.n),
              s.title,
              s.ownerLabel,
              `${formatDate(s.start)} – ${formatDate(s.end)}`,
              s.outputs.join('; ') || '—',
            ]),
          },
        ]
      : [paragraph(`${plan.leadUnit} xây dựng các bước thực hiện cụ thể.`)]),
    heading('2. Chỉ số theo dõi'),
    ...(plan.indicators.length
      ? items(plan.indicators.map((i) => `${i.name} (${i.unit}; ${i.direction.toLowerCase()}).`))
      : [paragraph(`${plan.leadUnit} xác định chỉ số theo dõi.`)]),
    heading('3. Sơ kết, tổng kết'),
    ...items(plan.reviews.map((r) => `${r.label}: dự kiến ngày ${formatDate(r.date)}.`)),
    heading('III. KINH PHÍ'),
    ...budgetBlocks(plan),
    heading('IV. TỔ CHỨC THỰC HIỆN'),
    ...plan.responsibilities.flatMap((r, i) => [heading(`${i + 1}. ${r.body}`), ...items(r.tasks)]),
    paragraph(
      `Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về ${plan.leadUnit} để tổng hợp, đề xuất giải quyết./.`,
    ),
  ];
  return {
    language: 'vi-VN',
    fileTitle: `Kế hoạch ${plan.subject}`,
    header: plan.header,
    title: 'KẾ HOẠCH',
    subject: plan.subject,
    basis: plan.basis,
    body,
    closing: { recipients: plan.recipients, signers: [plan.signature] },
  };
}
