/** How a found place is written for people: one line for the command line, a "trước 1/7/2025" note. */
import { formerPlaceText, type FormerUnit } from './admin.ts';
import type { PlaceMatch } from './place-finder.ts';

/** At most this many former units are written out under a suggestion; the rest are counted. */
const FORMER_SHOWN = 3;

/** "xã Tiến Đức, huyện Hưng Hà, tỉnh Thái Bình (một phần)" */
export function formerUnitText(u: FormerUnit): string {
  return `${formerPlaceText(u)}${u.part ? ' (một phần)' : ''}`;
}

/**
 * "trước 1/7/2025: xã Tiến Đức, huyện Hưng Hà, tỉnh Thái Bình": the former units that matched, or
 * (when today's name matched) the first units it was formed from, so same-named communes can be told apart.
 */
export function formerNote(m: Pick<PlaceMatch, 'commune' | 'matchedFormer'>): string {
  const units = m.matchedFormer.length > 0 ? m.matchedFormer : m.commune.former;
  if (units.length === 0) return m.commune.formedFrom ? `trước 1/7/2025: ${m.commune.formedFrom}` : '';
  const shown = units.slice(0, FORMER_SHOWN).map(formerUnitText).join('; ');
  const more = units.length > FORMER_SHOWN ? ` và ${units.length - FORMER_SHOWN} đơn vị khác` : '';
  return `trước 1/7/2025: ${shown}${more}`;
}

/** "12613  Xã Long Hưng, Hưng Yên — trước 1/7/2025: xã Tiến Đức, huyện Hưng Hà, tỉnh Thái Bình" */
export function describeMatch(m: PlaceMatch): string {
  const note = formerNote(m);
  return `${m.commune.code}  ${m.commune.name}, ${m.province.name}${note ? ` — ${note}` : ''}`;
}
