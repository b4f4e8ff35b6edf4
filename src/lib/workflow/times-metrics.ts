/**
 * Advance widths of Times New Roman, to check that a line fits a table cell in the Word file.
 * Taken from Liberation Serif 2 (metric-compatible with Times New Roman by design), in font units
 * of 2048 per em. Vietnamese letters are their base letter plus zero-width marks, so a letter is
 * measured by its base (NFD); letters with a horn (ư, ơ) are measured as u, o (a slight underestimate).
 */
const CHARS = [...'0123456789 -./,:;()ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzĐđ'];
const WIDTHS = {
  bold: [
    1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 512, 682, 512, 569, 512, 682, 682, 682, 682, 1479, 1366, 1479, 1479, 1366,
    1251, 1593, 1593, 797, 1024, 1593, 1366, 1933, 1479, 1593, 1251, 1593, 1479, 1139, 1366, 1479, 1479, 2048, 1479, 1479, 1366, 1024, 1139,
    909, 1139, 909, 682, 1024, 1139, 569, 682, 1139, 569, 1706, 1139, 1024, 1139, 1139, 909, 797, 682, 1139, 1024, 1479, 1024, 1024, 909,
    1479, 1139,
  ],
  regular: [
    1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 512, 682, 512, 569, 512, 569, 569, 682, 682, 1479, 1366, 1366, 1479, 1251,
    1139, 1479, 1479, 682, 797, 1479, 1251, 1821, 1479, 1479, 1139, 1479, 1366, 1139, 1251, 1479, 1479, 1933, 1479, 1479, 1251, 909, 1024,
    909, 1024, 909, 682, 1024, 1024, 569, 569, 1024, 569, 1593, 1024, 1024, 1024, 1024, 682, 797, 569, 1024, 1024, 1479, 1024, 1024, 909,
    1479, 1024,
  ],
} as const;
const UNITS_PER_EM = 2048;
const FALLBACK = 1024;

/** Width in points of text set in Times New Roman at sizePt. */
export function textWidthPt(text: string, sizePt: number, weight: keyof typeof WIDTHS = 'regular'): number {
  const table = WIDTHS[weight];
  let units = 0;
  for (const ch of text.normalize('NFC')) {
    const own = CHARS.indexOf(ch);
    const base = own >= 0 ? own : CHARS.indexOf(ch.normalize('NFD')[0]!);
    units += base >= 0 ? table[base]! : FALLBACK;
  }
  return (units / UNITS_PER_EM) * sizePt;
}
