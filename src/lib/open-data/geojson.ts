/**
 * Deployments as a GeoJSON FeatureCollection (RFC 7946: WGS 84, [longitude, latitude]), one Point
 * per deployment with its record as properties (minus the coordinates, which are the geometry).
 */
import type { DeploymentRecord } from './open-data.ts';

export interface PointFeature<P> {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: P;
}

export interface FeatureCollection<P> {
  type: 'FeatureCollection';
  features: PointFeature<P>[];
}

export type DeploymentProperties = Omit<DeploymentRecord, 'coordinates'>;

export function deploymentsToGeoJson(records: readonly DeploymentRecord[]): FeatureCollection<DeploymentProperties> {
  return {
    type: 'FeatureCollection',
    features: records.map(({ coordinates, ...properties }) => ({
      type: 'Feature',
      id: properties.id,
      geometry: { type: 'Point', coordinates: [coordinates.lon, coordinates.lat] },
      properties,
    })),
  };
}
