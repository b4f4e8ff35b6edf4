/**
 * ASCII slug of a Vietnamese text: diacritics removed, đ → d, lowercase words joined by hyphens.
 * "Đền Tiên La" → "den-tien-la".
 */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Remove Vietnamese diacritics, keeping case: "Đền Trần" → "Den Tran". NFD splits most accents
 * off, but đ/Đ (U+0111/U+0110) are letters of their own and must be mapped by hand.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}
