import { describe, expect, it } from 'vitest';
import { circleBox, separateMarkers, type MarkerGroup, type MarkerSpot } from '../../../src/lib/geo/marker-spacing.ts';

const GAP = 2;
const groupBox = (n: number) => circleBox(10 + n);
const spot = (item: string, x: number, y: number, records = 1, r = 12): MarkerSpot<string> => ({ item, x, y, records, box: circleBox(r) });

/** True when the two groups' boxes, each widened by half the gap, share any pixel. */
const overlap = (a: MarkerGroup<string>, b: MarkerGroup<string>) =>
  a.x + a.box.left < b.x + b.box.right + GAP &&
  b.x + b.box.left < a.x + a.box.right + GAP &&
  a.y + a.box.top < b.y + b.box.bottom + GAP &&
  b.y + b.box.top < a.y + a.box.bottom + GAP;

describe('separated markers', () => {
  it('leaves markers that do not touch as they are', () => {
    const groups = separateMarkers([spot('a', 0, 0), spot('b', 100, 0), spot('c', 0, 100)], GAP, groupBox);
    expect(groups.map((g) => g.members)).toEqual([['a'], ['b'], ['c']]);
  });

  it('draws overlapping markers as one group at the anchor of the one with most records, keeping every record', () => {
    const groups = separateMarkers([spot('small', 10, 0, 3), spot('big', 0, 0, 40), spot('far', 300, 0, 5)], GAP, groupBox);
    expect(groups).toHaveLength(2);
    const merged = groups.find((g) => g.members.includes('big'))!;
    expect(merged.members).toEqual(['big', 'small']);
    expect([merged.x, merged.y, merged.records]).toEqual([0, 0, 43]);
    expect(merged.box).toEqual(groupBox(43));
    expect(groups.reduce((n, g) => n + g.records, 0)).toBe(48);
  });

  it('keeps the gap too: boxes 1 px apart are grouped', () => {
    expect(separateMarkers([spot('a', 0, 0), spot('b', 25, 0)], GAP, groupBox)).toHaveLength(1);
    expect(separateMarkers([spot('a', 0, 0), spot('b', 26, 0)], GAP, groupBox)).toHaveLength(2);
  });

  it('regroups when a grown group comes to touch a marker it passed', () => {
    // b and c merge into a bigger box, which then reaches a.
    const groups = separateMarkers([spot('a', 0, 0, 1), spot('b', 60, 0, 5), spot('c', 70, 0, 4)], GAP, (n) => circleBox(10 + 8 * n));
    expect(groups).toHaveLength(1);
    expect(groups[0]!.records).toBe(10);
  });

  it('leaves no two markers overlapping in a dense random field, and loses no record', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const spots = Array.from({ length: 400 }, (_, k) =>
      spot(String(k), random() * 600, random() * 400, 1 + Math.floor(random() * 50), 10 + random() * 20),
    );
    const groups = separateMarkers(spots, GAP, groupBox);
    for (let a = 0; a < groups.length; a++) for (let b = a + 1; b < groups.length; b++) expect(overlap(groups[a]!, groups[b]!)).toBe(false);
    expect(groups.reduce((n, g) => n + g.records, 0)).toBe(spots.reduce((n, s) => n + s.records, 0));
    expect(groups.flatMap((g) => g.members).sort()).toEqual(spots.map((s) => s.item).sort());
  });
});
