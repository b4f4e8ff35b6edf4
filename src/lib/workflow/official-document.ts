/**
 * One structure for the documents the workflow produces (the Kế hoạch, the biên bản sơ kết or tổng
 * kết, the phiếu đăng ký), laid out as Nghị định 30/2020/NĐ-CP, Phụ lục I asks: issuing body and
 * number on the left, the national motto and place-date on the right, title and subject centred,
 * the body, then recipients and signatures. Built once here; the page preview and the Word file
 * are thin renderers of it (src/islands/workflow/views/document-view.ts, ./document-docx.ts).
 */
import { textWidthPt } from './times-metrics.ts';

export interface DocRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type DocBlock =
  /** "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích": bold, indented like the body. */
  | { kind: 'heading'; text: string }
  /** Body text, justified, first line indented. */
  | { kind: 'paragraph'; runs: DocRun[] }
  /** One item of a list, written "- …" as administrative documents do. */
  | { kind: 'item'; runs: DocRun[] }
  /** A table; widths are shares of the text width (they add up to 1). */
  | { kind: 'table'; caption: string; columns: { title: string; width: number }[]; rows: string[][] };

export interface Signer {
  /** "TM. ỦY BAN NHÂN DÂN", "KT. TRƯỞNG CÔNG AN"; empty when the signer signs in their own name. */
  onBehalf: string;
  title: string;
  name: string;
}

export interface OfficialDocument {
  language: 'vi-VN';
  /** The Word file's title property and the printed page's title. */
  fileTitle: string;
  header: { parentBody: string; issuer: string; number: string; placeDate: string };
  /** "KẾ HOẠCH", "BIÊN BẢN", "PHIẾU ĐĂNG KÝ" */
  title: string;
  subject: string;
  /** "Căn cứ …" lines, italic, between the subject and the body. */
  basis: string[];
  body: DocBlock[];
  /** Recipients (left) and one signature (right); or two signatures side by side (minutes). */
  closing: { recipients: string[]; signers: Signer[] };
}

export const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const SUBMOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const MOTTO_PT = 13;

/** A4 with the decree's margins (top, bottom 20 mm; left 30 mm; right 15 mm), in twips. */
const MM = 56.7;
export const PAGE = {
  width: 11906,
  height: 16838,
  top: Math.round(20 * MM),
  bottom: Math.round(20 * MM),
  left: Math.round(30 * MM),
  right: Math.round(15 * MM),
};
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** Word's default left and right cell margins (0.19 cm each). */
export const CELL_MARGIN = 108;
/** The header's two columns: the right one holds the motto on one line (checked by mottoFits). */
export const HEADER_COLUMNS = { left: 3500, right: TEXT_WIDTH - 3500 };

/** Whether the motto, measured in Times New Roman bold, fits the header's right cell on one line. */
export function mottoFits(cellTwips = HEADER_COLUMNS.right): { fits: boolean; textTwips: number; roomTwips: number } {
  const textTwips = Math.ceil(textWidthPt(MOTTO, MOTTO_PT, 'bold') * 20);
  const roomTwips = cellTwips - 2 * CELL_MARGIN;
  return { fits: textTwips <= roomTwips, textTwips, roomTwips };
}

const PREFIXES = [
  'Tổ dân phố',
  'Khu dân cư',
  'Khu công nghiệp',
  'Khu phố',
  'Đặc khu',
  'Thị trấn',
  'Thành phố',
  'Phường',
  'Thôn',
  'Bản',
  'Xã',
  'Tỉnh',
];

/**
 * A place's name as it reads inside a sentence: "tại xã Y Tý", not "tại Xã Y Tý". Only the
 * administrative word is lowered; the name itself keeps its capitals ("phường Cửa Nam", "Đền Trần").
 */
export function inRunningText(name: string): string {
  const trimmed = name.trim();
  for (const p of PREFIXES)
    if (trimmed.startsWith(`${p} `) && /^\p{Lu}/u.test(trimmed.slice(p.length + 1))) return `${p.toLowerCase()}${trimmed.slice(p.length)}`;
  return trimmed;
}

/** The name without its administrative word, as written before the date: "Y Tý, ngày … tháng …". */
export function placeForDate(name: string): string {
  const trimmed = name.trim();
  for (const p of PREFIXES) if (trimmed.startsWith(`${p} `)) return trimmed.slice(p.length + 1);
  return trimmed;
}

/**
 * The abbreviation after the document's kind in its number ("Số: …/KH-CAX"), from who issues it:
 * commune police KH-CAX (ward police KH-CAP), a People's Committee KH-UBND, a management board
 * KH-BQL, the Fatherland Front KH-MTTQ. Anything else: the kind alone (the user can type their own).
 */
export function documentCode(kind: 'KH' | 'BB' | 'PĐK', issuer: string): string {
  const s = issuer.toLowerCase();
  const suffix = /công an (xã|đặc khu)/.test(s)
    ? 'CAX'
    : /công an phường/.test(s)
      ? 'CAP'
      : /ủy ban nhân dân|uỷ ban nhân dân|ubnd/.test(s)
        ? 'UBND'
        : /ban quản lý/.test(s)
          ? 'BQL'
          : /mặt trận/.test(s)
            ? 'MTTQ'
            : /đảng ủy|đảng uỷ/.test(s)
              ? 'ĐU'
              : '';
  return suffix ? `${kind}-${suffix}` : kind;
}

/** "Ngày …" with the date written out, or dots to fill by hand when none is set. */
export function placeDateLine(place: string, isoDate: string | undefined, year: string): string {
  if (isoDate && /^\d{4}-\d{2}-\d{2}$/.test(isoDate)) {
    const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
    return `${place}, ngày ${String(d).padStart(2, '0')} tháng ${String(m).padStart(2, '0')} năm ${y}`;
  }
  return `${place}, ngày … tháng … năm ${year}`;
}

export const text = (t: string, style: Omit<DocRun, 'text'> = {}): DocRun[] => [{ text: t, ...style }];
export const paragraph = (t: string | DocRun[]): DocBlock => ({ kind: 'paragraph', runs: typeof t === 'string' ? text(t) : t });
export const item = (t: string | DocRun[]): DocBlock => ({ kind: 'item', runs: typeof t === 'string' ? text(t) : t });
export const heading = (t: string): DocBlock => ({ kind: 'heading', text: t });

/** Every word of the document, in reading order: for tests and for a plain-text copy. */
export function documentText(doc: OfficialDocument): string {
  const runs = (r: DocRun[]) => r.map((x) => x.text).join('');
  const blocks = doc.body.map((b) =>
    b.kind === 'heading'
      ? b.text
      : b.kind === 'table'
        ? [b.columns.map((c) => c.title).join(' | '), ...b.rows.map((r) => r.join(' | '))].join('\n')
        : b.kind === 'item'
          ? `- ${runs(b.runs)}`
          : runs(b.runs),
  );
  return [
    doc.header.parentBody,
    doc.header.issuer,
    doc.header.number,
    MOTTO,
    SUBMOTTO,
    doc.header.placeDate,
    doc.title,
    doc.subject,
    ...doc.basis,
    ...blocks,
    ...doc.closing.recipients,
    ...doc.closing.signers.flatMap((s) => [s.onBehalf, s.title, s.name]),
  ]
    .filter(Boolean)
    .join('\n');
}
