/** How an indicator moved between the baseline and a review, in words, for the review stage. */
import { formatNumber } from '../format/format.ts';
import { parseNumberVi } from '../format/numbers.ts';

/**
 * "Giảm 3 (−60%) · tốt lên" for an indicator, given which direction is better (none given: no judgement). The percentage is
 * of the baseline's size, so a negative baseline (a balance, a net change) gives a signed
 * percentage with the sign of the change, never "+-50%".
 */
export function describeChange(baselineText: string, valueText: string, direction: 'tang' | 'giam' | ''): string {
  const baseline = parseNumberVi(baselineText);
  const value = parseNumberVi(valueText);
  if (value === undefined) return '';
  if (baseline === undefined) return `Hiện tại ${formatNumber(value)}`;
  const diff = value - baseline;
  if (diff === 0) return 'Không đổi';
  const pct = baseline !== 0 ? ` (${diff > 0 ? '+' : '−'}${formatNumber(Math.round((Math.abs(diff) / Math.abs(baseline)) * 100))}%)` : '';
  const moved = `${diff > 0 ? 'Tăng' : 'Giảm'} ${formatNumber(Math.abs(diff))}${pct}`;
  // An indicator the locality added without saying which way is better: the change, unjudged.
  if (!direction) return moved;
  return `${moved} · ${(diff > 0) === (direction === 'tang') ? 'tốt lên' : 'xấu đi'}`;
}
