/**
 * Markers that never overlap on screen. Clustering by distance (supercluster) still leaves clusters
 * whose circles touch or cover each other where records are dense; a covered marker is hard to hit
 * with a finger (WCAG 2.5.8, Lighthouse's touch-target audit) and its count is hidden. After
 * clustering, markers whose boxes come closer than a gap are drawn as one group marker carrying all
 * their records: the map shows every record, in fewer, separate targets. Pure; screen pixels.
 */

/** A marker's box around its anchor point, in pixels (left and top are negative or zero). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface MarkerSpot<T> {
  item: T;
  /** anchor on screen */
  x: number;
  y: number;
  records: number;
  box: Box;
}

export interface MarkerGroup<T> {
  /** The marker with the most records first: the group is drawn at its anchor. */
  members: T[];
  x: number;
  y: number;
  records: number;
  box: Box;
}

const touches = (a: MarkerGroup<unknown>, b: MarkerGroup<unknown>, gap: number) =>
  a.x + a.box.left < b.x + b.box.right + gap &&
  b.x + b.box.left < a.x + a.box.right + gap &&
  a.y + a.box.top < b.y + b.box.bottom + gap &&
  b.y + b.box.top < a.y + a.box.bottom + gap;

/**
 * Groups markers until no two boxes are closer than `gap`. The marker with more records absorbs
 * the other, and a group's box is `groupBox(records)` around the anchor of its first member.
 */
export function separateMarkers<T>(spots: readonly MarkerSpot<T>[], gap: number, groupBox: (records: number) => Box): MarkerGroup<T>[] {
  const groups: MarkerGroup<T>[] = [...spots]
    .sort((a, b) => b.records - a.records)
    .map((s) => ({ members: [s.item], x: s.x, y: s.y, records: s.records, box: s.box }));
  // Each merge removes a group, so this ends; the markers in view are a few hundred at most.
  for (let merged = true; merged; ) {
    merged = false;
    for (let a = 0; a < groups.length; a++) {
      for (let b = a + 1; b < groups.length; b++) {
        if (!touches(groups[a]!, groups[b]!, gap)) continue;
        const into = groups[a]!;
        const from = groups.splice(b, 1)[0]!;
        into.members.push(...from.members);
        into.records += from.records;
        into.box = groupBox(into.records);
        merged = true;
        b = a; // the grown box may now touch groups already passed
      }
    }
  }
  return groups;
}

/** A circle of radius `r` centred on its anchor. */
export const circleBox = (r: number): Box => ({ left: -r, top: -r, right: r, bottom: r });
