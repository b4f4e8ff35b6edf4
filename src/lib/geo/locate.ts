/**
 * Which commune a point lies in, from the commune boundaries (a TopoJSON object whose geometries
 * carry the 5-digit code as `id`). Built once, then each look-up tests only the few communes whose
 * bounding box holds the point (3,321 boxes: a linear scan costs well under a millisecond).
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

interface Indexed {
  code: string;
  box: [number, number, number, number];
  shape: Feature<Polygon | MultiPolygon>;
}

export interface CommuneLocator {
  /** The code of the commune holding the point, or undefined (sea, or outside Vietnam). */
  communeAt(lon: number, lat: number): string | undefined;
  /** Whether the point lies in the commune with this code (false for an unknown code). */
  inCommune(code: string, lon: number, lat: number): boolean;
  /** Codes of the communes whose boundary this locator knows. */
  codes(): string[];
}

function boxOf(geometry: Polygon | MultiPolygon): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const rings: Position[][] = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  for (const ring of rings)
    for (const [x, y] of ring) {
      if (x! < box[0]) box[0] = x!;
      if (y! < box[1]) box[1] = y!;
      if (x! > box[2]) box[2] = x!;
      if (y! > box[3]) box[3] = y!;
    }
  return box;
}

export function communeLocator(topology: Topology, objectName = 'communes'): CommuneLocator {
  const collection = feature(topology, topology.objects[objectName] as GeometryCollection) as unknown as {
    features: Feature<Polygon | MultiPolygon>[];
  };
  const indexed: Indexed[] = collection.features
    .filter((f) => f.geometry)
    .map((f) => ({ code: String(f.id), box: boxOf(f.geometry), shape: f }));
  const byCode = new Map(indexed.map((i) => [i.code, i]));
  const holds = (i: Indexed, lon: number, lat: number) =>
    lon >= i.box[0] && lat >= i.box[1] && lon <= i.box[2] && lat <= i.box[3] && booleanPointInPolygon([lon, lat], i.shape);
  return {
    communeAt: (lon, lat) => indexed.find((i) => holds(i, lon, lat))?.code,
    inCommune: (code, lon, lat) => {
      const i = byCode.get(code);
      return i !== undefined && holds(i, lon, lat);
    },
    codes: () => [...byCode.keys()],
  };
}
