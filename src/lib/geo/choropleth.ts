/**
 * Classes for the map's choropleth of deployment records per area: at most five classes on "nice"
 * breaks (1, 2, 5, 10, 20, 50…) that cover the largest count, plus a class for none. Pure, so the
 * legend and the fill always agree; the colours live in the stylesheet and in CHOROPLETH_COLOURS.
 */

/** Fill colours, from "no record" (index 0) to the darkest class; light to dark, readable under labels. */
export const CHOROPLETH_COLOURS = ['#fbf6ea', '#fde0c5', '#f9b384', '#ea7d52', '#c94a2f', '#8c2318'] as const;

const NICE = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000];

export interface Classes {
  /** Lower bound of each class after "none": [1, 2, 5] means 1, 2–4, 5+. */
  breaks: number[];
}

export function choroplethClasses(maxCount: number): Classes {
  if (maxCount <= 0) return { breaks: [] };
  let breaks = NICE.filter((b) => b <= maxCount);
  // Keep the last five lower bounds: the smallest non-zero class starts at 1 in any case.
  if (breaks.length > 5) breaks = [1, ...breaks.slice(-4)];
  return { breaks };
}

/** 0 for none, 1… for the classes in order. */
export function classOf(count: number, classes: Classes): number {
  let k = 0;
  classes.breaks.forEach((b, i) => {
    if (count >= b) k = i + 1;
  });
  return k;
}

/** "Chưa có", "1", "2–4", "5 trở lên": one label per class, for the legend. */
export function classLabels(classes: Classes, format: (n: number) => string = String): string[] {
  const { breaks } = classes;
  return [
    'Chưa có',
    ...breaks.map((b, i) => {
      const next = breaks[i + 1];
      if (next === undefined) return breaks.length === 1 ? format(b) : `${format(b)} trở lên`;
      return next - 1 === b ? format(b) : `${format(b)}–${format(next - 1)}`;
    }),
  ];
}
