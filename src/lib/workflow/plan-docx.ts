/**
 * The Kế hoạch as a Word document laid out like a Vietnamese administrative document
 * (Nghị định 30/2020/NĐ-CP, Phụ lục I): A4, margins top/bottom 20 mm, left 30 mm, right 15 mm;
 * Times New Roman 13–14 pt; issuing body and "Số: …/KH-…" on the left, the national title and
 * "…, ngày … tháng … năm …" on the right; the document name and subject centred; recipients and
 * the signature block at the end. Works in Node (tests) and the browser (download).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import type { Plan } from './plan.ts';
import { formatDate } from '../format/format.ts';

const MM = 56.7; // twips per millimetre
export const PAGE = { width: 11906, height: 16838, top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) };
const FONT = 'Times New Roman';
const pt = (n: number) => n * 2; // docx sizes are half-points

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
}
const run = (text: string, s: RunStyle = {}) => new TextRun({ text, font: FONT, size: pt(s.size ?? 14), bold: s.bold, italics: s.italics });

function para(text: string | TextRun[], options: Omit<IParagraphOptions, 'children' | 'text'> & RunStyle = {}): Paragraph {
  const { bold, italics, size, ...rest } = options;
  return new Paragraph({
    spacing: { before: 0, after: 120, line: 276 },
    ...rest,
    children: typeof text === 'string' ? [run(text, { bold, italics, size })] : text,
  });
}
const centre = (text: string, style: RunStyle = {}) => para(text, { alignment: AlignmentType.CENTER, spacing: { after: 0 }, ...style });
/** Body text: justified, first line indented 1.27 cm, as the decree recommends. */
const body = (text: string) => para(text, { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 720 } });
const heading = (text: string) => para(text, { bold: true, spacing: { before: 120, after: 120 }, indent: { firstLine: 720 } });
/** The short rule under the issuing body, the motto and the subject. */
const rule = (indent: number) =>
  new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } }, indent: { left: indent, right: indent }, spacing: { after: 120 }, children: [] });

/** Two borderless columns across the text width: the layout of a document's header and signature block. */
function twoColumns(leftWidth: number, left: Paragraph[], right: Paragraph[]): Table {
  const rightWidth = PAGE.width - PAGE.left - PAGE.right - leftWidth;
  const cell = (children: Paragraph[], width: number) => new TableCell({ children, width: { size: width, type: WidthType.DXA } });
  return new Table({
    borders: TableBorders.NONE,
    width: { size: leftWidth + rightWidth, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    rows: [new TableRow({ children: [cell(left, leftWidth), cell(right, rightWidth)] })],
  });
}

function headerTable(plan: Plan): Table {
  return twoColumns(
    3800,
    [
      ...(plan.header.parentBody ? [centre(plan.header.parentBody, { size: 13 })] : []),
      centre(plan.header.issuer, { size: 13, bold: true }),
      rule(1200),
      centre(plan.header.number, { size: 13 }),
    ],
    [
      centre('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 13, bold: true }),
      centre('Độc lập - Tự do - Hạnh phúc', { size: 14, bold: true }),
      rule(1300),
      centre(plan.header.placeDate, { size: 14, italics: true }),
    ],
  );
}

function stepsTable(plan: Plan): Table {
  const widths = [600, 3400, 1600, 1700, 2055];
  const cell = (text: string, i: number, bold = false) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      children: [para(text, { size: 12, bold, spacing: { after: 40 }, alignment: i === 0 ? AlignmentType.CENTER : AlignmentType.LEFT })],
    });
  const head = ['TT', 'Nội dung', 'Chủ trì', 'Thời gian', 'Kết quả cần đạt'];
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h, i) => cell(h, i, true)) }),
      ...plan.steps.map(
        (s) =>
          new TableRow({
            children: [
              cell(String(s.n), 0),
              cell(s.title, 1),
              cell(s.ownerLabel, 2),
              cell(`${formatDate(s.start)} – ${formatDate(s.end)} (${s.weeks} tuần${s.weeksFrom === 'mac-dinh' ? ', mặc định' : ''})`, 3),
              cell(s.outputs.join('; ') || '—', 4),
            ],
          }),
      ),
    ],
  });
}

function signatureTable(plan: Plan): Table {
  return twoColumns(
    4300,
    [para('Nơi nhận:', { bold: true, italics: true, size: 12, spacing: { after: 0 } }), ...plan.recipients.map((r) => para(`- ${r}`, { size: 11, spacing: { after: 0 } }))],
    [
      ...(plan.signature.onBehalf ? [centre(plan.signature.onBehalf, { bold: true })] : []),
      centre(plan.signature.title, { bold: true }),
      centre('(Ký, ghi rõ họ tên, đóng dấu)', { italics: true, size: 13 }),
      ...[1, 2, 3].map(() => centre('')),
      centre(plan.signature.name || ' ', { bold: true }),
    ],
  );
}

export function buildPlanDocument(plan: Plan): Document {
  const numbered = (items: string[]) => items.map((t) => body(`- ${t}`));
  const children = [
    headerTable(plan),
    centre('', {}),
    centre('KẾ HOẠCH', { bold: true, size: 14 }),
    centre(plan.subject, { bold: true, size: 14 }),
    rule(3200),

    heading('I. MỤC ĐÍCH, YÊU CẦU'),
    heading('1. Mục đích'),
    ...numbered(plan.purposes),
    heading('2. Yêu cầu'),
    ...numbered(plan.requirements),

    heading('II. NỘI DUNG'),
    heading('1. Các bước thực hiện và thời gian'),
    ...(plan.steps.length
      ? [
          body(`Thời gian thực hiện từ ngày ${formatDate(plan.startDate)} đến ngày ${formatDate(plan.endDate)}.`),
          ...(plan.defaultedSteps > 0
            ? [body(`Ghi chú: nguồn không nêu thời lượng của ${plan.defaultedSteps} bước; thời lượng ghi “mặc định” là dự kiến, cần điều chỉnh cho phù hợp.`)]
            : []),
          stepsTable(plan),
        ]
      : [body('Các nguồn hiện có chưa mô tả các bước; đơn vị chủ trì xây dựng các bước cụ thể.')]),
    heading('2. Chỉ số theo dõi'),
    ...(plan.indicators.length ? numbered(plan.indicators.map((i) => `${i.name} (${i.unit}; ${i.direction.toLowerCase()}).`)) : [body('Đơn vị chủ trì xác định chỉ số theo dõi.')]),
    heading('3. Sơ kết, tổng kết'),
    ...numbered(plan.reviews.map((r) => `${r.label}: dự kiến ngày ${formatDate(r.date)}.`)),

    heading('III. TỔ CHỨC THỰC HIỆN'),
    ...plan.responsibilities.flatMap((r, i) => [heading(`${i + 1}. ${r.body}`), ...numbered(r.tasks)]),
    body(`Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về ${plan.leadUnit} để tổng hợp, đề xuất giải quyết./.`),
    centre(''),
    signatureTable(plan),
  ];
  return new Document({
    creator: plan.leadUnit,
    title: `Kế hoạch ${plan.subject}`,
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [{ properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right } } }, children }],
  });
}

/** The .docx file's bytes. */
export async function buildPlanDocx(plan: Plan): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildPlanDocument(plan)));
}
