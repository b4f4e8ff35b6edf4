import { describe, expect, it } from 'vitest';
import { choroplethClasses, classLabels, classOf, CHOROPLETH_COLOURS } from '../../src/lib/geo/choropleth.ts';

describe('choropleth classes', () => {
  it('has only "none" when nothing is counted', () => {
    expect(classLabels(choroplethClasses(0))).toEqual(['Chưa có']);
  });
  it('splits small counts one by one and larger ones on round breaks, at most five classes', () => {
    expect(classLabels(choroplethClasses(1))).toEqual(['Chưa có', '1']);
    expect(classLabels(choroplethClasses(3))).toEqual(['Chưa có', '1', '2 trở lên']);
    const big = choroplethClasses(12_000);
    expect(big.breaks.length).toBeLessThanOrEqual(5);
    expect(big.breaks[0]).toBe(1);
    expect(CHOROPLETH_COLOURS.length).toBeGreaterThanOrEqual(big.breaks.length + 1);
  });
  it('puts each count in the class whose range holds it, with legend labels that agree', () => {
    const c = choroplethClasses(7);
    expect(classLabels(c)).toEqual(['Chưa có', '1', '2–4', '5 trở lên']);
    expect([0, 1, 2, 4, 5, 7].map((n) => classOf(n, c))).toEqual([0, 1, 2, 2, 3, 3]);
  });
});
