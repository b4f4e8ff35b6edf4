/**
 * The biên bản of a sơ kết or tổng kết as an OfficialDocument: when and where, the indicators
 * (the model's and the locality's own) with their change, the findings, the decision with its
 * reasons, and the chair's and secretary's signatures.
 */
import type { Plan } from './plan.ts';
import type { ReviewState } from '../../schema/workflow.ts';
import { DECISIONS, type ReviewType } from '../../schema/vocab.ts';
import { formatDate } from '../format/format.ts';
import { describeChange } from './indicator-change.ts';
import { documentCode, heading, item, paragraph, placeDateLine, placeForDate, type OfficialDocument } from './official-document.ts';

export interface ReviewIndicator {
  id: string;
  name: string;
  unit: string;
  direction: 'tang' | 'giam' | '';
}

const WORD: Record<ReviewType, string> = { 'so-ket': 'Sơ kết', 'tong-ket': 'Tổng kết' };

export function minutesDocument(
  plan: Plan,
  type: ReviewType,
  review: ReviewState,
  indicators: readonly ReviewIndicator[],
): OfficialDocument {
  const scheduled = plan.reviews.find((r) => r.type === type);
  const what = `${WORD[type]}${scheduled ? ` ${scheduled.months} tháng` : ''} triển khai mô hình “${plan.modelTitle}” tại ${plan.here}`;
  const rows = indicators
    .filter((i) => i.name.trim())
    .map((i) => {
      const v = review.values[i.id] ?? { baseline: '', value: '' };
      return [i.name, i.unit, v.baseline.trim() || '—', v.value.trim() || '—', describeChange(v.baseline, v.value, i.direction) || '—'];
    });
  const lines = (t: string) =>
    t
      .split('\n')
      .map((x) => x.trim())
      .filter(Boolean);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(review.date) ? review.date : '';
  const code = documentCode('BB', plan.header.issuer);
  return {
    language: 'vi-VN',
    fileTitle: `Biên bản ${what.charAt(0).toLowerCase()}${what.slice(1)}`,
    header: {
      parentBody: plan.header.parentBody,
      issuer: plan.header.issuer,
      number: `Số: …/${code}`,
      placeDate: placeDateLine(placeForDate(plan.locality), date || undefined, (date || plan.startDate).slice(0, 4)),
    },
    title: 'BIÊN BẢN',
    subject: what,
    basis: [],
    body: [
      paragraph(`Thời gian: ${date ? `ngày ${formatDate(date)}` : 'ngày … tháng … năm …'}.`),
      paragraph(`Chủ trì: ${review.chair.trim() || '……………………'}. Thư ký: ${review.secretary.trim() || '……………………'}.`),
      heading('I. KẾT QUẢ THEO CHỈ SỐ'),
      rows.length
        ? {
            kind: 'table',
            caption: 'Kết quả theo chỉ số',
            columns: [
              { title: 'Chỉ số', width: 0.34 },
              { title: 'Đơn vị', width: 0.12 },
              { title: 'Ban đầu', width: 0.14 },
              { title: 'Hiện tại', width: 0.14 },
              { title: 'Thay đổi', width: 0.26 },
            ],
            rows,
          }
        : paragraph('Chưa có chỉ số được theo dõi.'),
      heading('II. NHẬN XÉT, ĐÁNH GIÁ'),
      ...(lines(review.findings).length ? lines(review.findings).map((l) => item(l)) : [paragraph('……………………………………………………………')]),
      heading('III. KẾT LUẬN'),
      paragraph([
        { text: 'Quyết định: ' },
        { text: review.decision ? `${DECISIONS.label(review.decision)} triển khai mô hình` : '……………………', bold: true },
        { text: '.' },
      ]),
      ...lines(review.reasons).map((l) => item(l)),
      paragraph('Biên bản kết thúc cùng ngày, đã được đọc lại cho những người dự họp nghe và thống nhất./.'),
    ],
    closing: {
      recipients: [],
      signers: [
        { onBehalf: '', title: 'THƯ KÝ', name: review.secretary.trim() },
        { onBehalf: '', title: 'CHỦ TRÌ', name: review.chair.trim() },
      ],
    },
  };
}
