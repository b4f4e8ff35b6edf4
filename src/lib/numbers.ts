/**
 * Numbers as Vietnamese users type them: "1.500.000" (dots group thousands), "1 500 000", "20,61"
 * (comma is the decimal mark) or "20.61" (a decimal point, as coordinates are often copied).
 * Returns undefined for empty or unreadable text rather than guessing.
 */
export function parseNumberVi(text: string): number | undefined {
  let s = text.trim().replace(/[\s\u00a0]/g, '').replace(/đ$|vnđ$|vnd$/i, '');
  if (!s) return undefined;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return undefined;
  return Number(s);
}

/** A whole number ≥ 1, or undefined. */
export function parsePositiveInt(text: string): number | undefined {
  const n = parseNumberVi(text);
  return n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
}

/** A decimal such as a coordinate: "20.61" or "20,61"; no thousands grouping. */
export function parseDecimal(text: string): number | undefined {
  const s = text.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : undefined;
}
