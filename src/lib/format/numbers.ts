/**
 * Numbers as Vietnamese users type them: "1.500.000" (dots group thousands), "1 500 000", "20,61"
 * (comma is the decimal mark) or "20.61" (a decimal point, as coordinates are often copied).
 * Returns undefined for empty or unreadable text rather than guessing.
 */
export function parseNumberVi(text: string): number | undefined {
  let s = text
    .trim()
    .replace(/[\s\u00a0]/g, '')
    .replace(/đ$|vnđ$|vnd$/i, '');
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

/** What a typed amount of money says: nothing, a number of đồng, or text that is not a number. */
export type Amount = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'unreadable'; text: string };

const MULTIPLIERS: [RegExp, number][] = [
  [/^(tỷ|tỉ|ty)$/, 1e9],
  [/^(triệu|trieu|tr)$/, 1e6],
  [/^(nghìn|ngàn|nghin|ngan|k)$/, 1e3],
];

/**
 * An amount as people write it: "50.000.000", "50 triệu", "1,5 tỷ", "500 nghìn", "1 tỷ 200 triệu",
 * with or without "đồng"/"đ". Parts must go from larger to smaller units.
 */
export function parseAmountVi(text: string): Amount {
  const s = text
    .trim()
    .toLowerCase()
    .normalize('NFC')
    .replace(/\s*(đồng|vnđ|vnd|đ)\.?$/u, '')
    .trim();
  if (!s) return { kind: 'empty' };
  const plain = parseNumberVi(s);
  if (plain !== undefined) return { kind: 'number', value: plain };
  // Every character must belong to a "number unit" part: "50 triệu abc" is not read as 50 triệu.
  const parts = [...s.matchAll(/(\d[\d.,]*)\s*(\p{L}+)\s*/gu)];
  if (
    parts.length === 0 ||
    parts
      .map((m) => m[0])
      .join('')
      .trim() !== s
  )
    return { kind: 'unreadable', text };
  let total = 0;
  let previous = Infinity;
  for (const [, digits, unit] of parts) {
    const n = parseNumberVi(digits!);
    const multiplier = MULTIPLIERS.find(([re]) => re.test(unit!))?.[1];
    if (n === undefined || multiplier === undefined || multiplier >= previous) return { kind: 'unreadable', text };
    total += n * multiplier;
    previous = multiplier;
  }
  return { kind: 'number', value: Math.round(total) };
}
