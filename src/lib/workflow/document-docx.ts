/**
 * An OfficialDocument as a Word file, per Nghị định 30/2020/NĐ-CP: A4, margins 20/20/30/15 mm,
 * Times New Roman 13–14 pt, the motto on one line in the header's right column (its width is
 * checked with the font's metrics, see mottoFits), page numbers at the top centre from page 2,
 * the language set to Vietnamese. A thin renderer: every word comes from the document structure.
 * Works in Node (tests) and in the browser (loaded only when the user asks for a .docx).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import {
  HEADER_COLUMNS,
  MOTTO,
  MOTTO_PT,
  PAGE,
  SUBMOTTO,
  TEXT_WIDTH,
  type DocBlock,
  type DocRun,
  type OfficialDocument,
  type Signer,
} from './official-document.ts';

const FONT = 'Times New Roman';
const LANGUAGE = { value: 'vi-VN' };
const half = (pt: number) => pt * 2; // docx sizes are half-points

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
}
const run = (text: string, s: RunStyle = {}) =>
  new TextRun({ text, font: FONT, size: half(s.size ?? 14), bold: s.bold, italics: s.italics, language: LANGUAGE });
const runs = (list: DocRun[], size = 14) => list.map((r) => run(r.text, { bold: r.bold, italics: r.italic, size }));

function para(children: TextRun[], options: Omit<IParagraphOptions, 'children' | 'text'> = {}): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 120, line: 276 }, ...options, children });
}
const centre = (text: string, style: RunStyle = {}) => para([run(text, style)], { alignment: AlignmentType.CENTER, spacing: { after: 0 } });
/** The short rule under the issuing body, the motto and the subject. */
const rule = (indent: number) =>
  new Paragraph({
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    indent: { left: indent, right: indent },
    spacing: { after: 120 },
    children: [],
  });

function twoColumns(leftWidth: number, left: Paragraph[], right: Paragraph[]): Table {
  const rightWidth = TEXT_WIDTH - leftWidth;
  const cell = (children: Paragraph[], width: number) => new TableCell({ children, width: { size: width, type: WidthType.DXA } });
  return new Table({
    borders: TableBorders.NONE,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    rows: [new TableRow({ children: [cell(left, leftWidth), cell(right, rightWidth)] })],
  });
}

function headerTable(doc: OfficialDocument): Table {
  const { parentBody, issuer, number, placeDate } = doc.header;
  return twoColumns(
    HEADER_COLUMNS.left,
    [
      ...(parentBody ? [centre(parentBody, { size: 13 })] : []),
      centre(issuer, { size: 13, bold: true }),
      rule(900),
      centre(number, { size: 13 }),
    ],
    [
      centre(MOTTO, { size: MOTTO_PT, bold: true }),
      centre(SUBMOTTO, { size: 14, bold: true }),
      rule(1500),
      centre(placeDate, { size: 14, italics: true }),
    ],
  );
}

function table(block: Extract<DocBlock, { kind: 'table' }>): Table {
  const widths = block.columns.map((c) => Math.round(c.width * TEXT_WIDTH));
  const cell = (text: string, i: number, bold = false) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      children: [
        para([run(text, { size: 12, bold })], { spacing: { after: 40 }, alignment: bold ? AlignmentType.CENTER : AlignmentType.LEFT }),
      ],
    });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: block.columns.map((c, i) => cell(c.title, i, true)) }),
      ...block.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((t, i) => cell(t, i)) })),
    ],
  });
}

function block(b: DocBlock): Paragraph | Table {
  switch (b.kind) {
    case 'heading':
      return para([run(b.text, { bold: true })], { spacing: { before: 120, after: 120 }, indent: { firstLine: 720 }, keepNext: true });
    case 'paragraph':
      return para(runs(b.runs), { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 720 } });
    case 'item':
      return para(runs([{ text: '- ' }, ...b.runs]), { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 720 } });
    case 'table':
      return table(b);
  }
}

function signerBlock(s: Signer): Paragraph[] {
  return [
    ...(s.onBehalf ? [centre(s.onBehalf, { bold: true })] : []),
    centre(s.title, { bold: true }),
    centre('(Ký, ghi rõ họ tên)', { italics: true, size: 13 }),
    ...[1, 2, 3].map(() => centre('')),
    centre(s.name || ' ', { bold: true }),
  ];
}

function closing(doc: OfficialDocument): Table {
  const { recipients, signers } = doc.closing;
  if (signers.length === 2) return twoColumns(Math.round(TEXT_WIDTH / 2), signerBlock(signers[0]!), signerBlock(signers[1]!));
  const left = recipients.length
    ? [
        para([run('Nơi nhận:', { bold: true, italics: true, size: 12 })], { spacing: { after: 0 } }),
        ...recipients.map((r) => para([run(`- ${r}`, { size: 11 })], { spacing: { after: 0 } })),
      ]
    : [centre('')];
  return twoColumns(4300, left, signers.flatMap(signerBlock));
}

export function buildDocument(doc: OfficialDocument): Document {
  const children = [
    headerTable(doc),
    centre(''),
    centre(doc.title, { bold: true, size: 14 }),
    centre(doc.subject, { bold: true, size: 14 }),
    rule(3200),
    ...doc.basis.map((b) => para([run(b, { italics: true })], { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 720 } })),
    ...doc.body.map(block),
    centre(''),
    closing(doc),
  ];
  // Page numbers at the top centre from page 2: the first page has its own (empty) header.
  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: half(14), language: LANGUAGE })],
      }),
    ],
  });
  return new Document({
    creator: doc.header.issuer,
    title: doc.fileTitle,
    styles: { default: { document: { run: { font: FONT, size: half(14), language: LANGUAGE } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: 567 },
          },
        },
        headers: { default: pageNumber, first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children,
      },
    ],
  });
}

export async function buildDocx(doc: OfficialDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildDocument(doc)));
}
