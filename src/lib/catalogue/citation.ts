/** "Cách trích dẫn": a ready citation of a model page, in the order Vietnamese references use. */
import { formatDate } from '../format/format.ts';

export interface CitationInput {
  title: string;
  siteName: string;
  /** Date the record was last updated (YYYY-MM-DD). */
  updated: string;
  url: string;
}

/** “Tên mô hình”, Mô hình tiêu biểu, cập nhật 24/7/2023, https://…/mo-hinh/slug/. */
export function citeModel(c: CitationInput): string {
  return `“${c.title}”, ${c.siteName}, cập nhật ${formatDate(c.updated)}, ${c.url}.`;
}

/** The same as a BibTeX entry, for reference managers. */
export function citeModelBibtex(c: CitationInput & { id: string }): string {
  const year = c.updated.slice(0, 4);
  return [
    `@misc{${c.id.replaceAll('-', '_')}_${year},`,
    `  title = {${c.title}},`,
    `  howpublished = {${c.siteName}},`,
    `  year = {${year}},`,
    `  note = {Cập nhật ${formatDate(c.updated)}},`,
    `  url = {${c.url}}`,
    `}`,
  ].join('\n');
}
