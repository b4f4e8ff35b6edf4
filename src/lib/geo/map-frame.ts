/**
 * What the base map frames, shared by the build (basemap.ts) and the browser (kept apart from basemap.ts
 * so the map bundle does not pull in the schemas): the region drawn, and the only names written on the
 * sea — Vietnam's two archipelagos with the special zone and province each belongs to, and Biển Đông.
 */

/** Mainland Vietnam, both archipelagos, and enough of the neighbours that no edge shows at the national view. */
export const REGION = { south: -3, west: 88, north: 32, east: 128 } as const;

interface MapLabel {
  text: string;
  lat: number;
  lon: number;
}

/** Each label sits just below its islands (whose dots stay visible) and fits a phone's national view. */
export const ARCHIPELAGO_LABELS: readonly MapLabel[] = [
  { text: 'Quần đảo Hoàng Sa (Đặc khu Hoàng Sa, Đà Nẵng)', lat: 15.5, lon: 111.9 },
  { text: 'Quần đảo Trường Sa (Đặc khu Trường Sa, Khánh Hòa)', lat: 8.2, lon: 112.9 },
];

export const SEA_LABEL: MapLabel = { text: 'Biển Đông', lat: 13.2, lon: 111.6 };
