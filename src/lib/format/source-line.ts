import { formatPartialDate } from './format.ts';

/**
 * "Báo Gia Lai, 15/7/2022", "Báo Lâm Đồng, tháng 3/2022", "không rõ cơ quan đăng, không ghi ngày": who
 * published a source and when, at the precision the page shows, saying once what is not known.
 */
export function sourceByline(s: { publisher?: string; author?: string; date?: string }): string {
  return [s.publisher ?? 'không rõ cơ quan đăng', s.author, formatPartialDate(s.date)].filter(Boolean).join(', ');
}
