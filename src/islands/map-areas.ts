/**
 * Administrative areas under the deployment markers (part of the map island, loaded with it):
 * - the national map: the 34 provinces (/ranh-gioi/tinh.json), thin borders, shaded by the number of
 *   records the current filter shows in each, with a legend; a province opens its page when clicked;
 * - a province map: that province's communes (/ranh-gioi/xa/<code>.json), those with deployments
 *   shaded, and the map framed on the province.
 * Names stay the base map's (province names appear as the map zooms in).
 */
import L from 'leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { MapRows } from '../lib/geo/map-data.ts';
import { CHOROPLETH_COLOURS, choroplethClasses, classLabels, classOf } from '../lib/geo/choropleth.ts';
import { formatNumber } from '../lib/format/format.ts';
import { fetchJson } from './load.ts';
import { provincePath } from '../lib/site/addresses.ts';

export type Shape = Feature<Polygon | MultiPolygon, { name?: string }>;

export interface MapAreas {
  /** The rows the map shows now (after the filter): the shading follows them. */
  update(rows: number[]): void;
  /** The drawn area's bounds (a province map frames its province). */
  bounds: L.LatLngBounds;
}

const BORDER = { color: '#6b5f4d', weight: 0.7, opacity: 0.9 };

async function shapes(url: string, object: string): Promise<Shape[]> {
  const topology = await fetchJson<Topology>(url);
  return (feature(topology, topology.objects[object] as GeometryCollection) as unknown as { features: Shape[] }).features;
}

/** The areas' shapes, fetched while the map's data loads (undefined when the map draws no areas). */
export function loadMapAreas(el: HTMLElement): Promise<Shape[]> | undefined {
  if (el.dataset.areasProvinces) return shapes(el.dataset.areasProvinces, 'provinces');
  if (el.dataset.areasCommunes) return shapes(el.dataset.areasCommunes, 'communes');
  return undefined;
}

export function drawMapAreas(map: L.Map, el: HTMLElement, data: MapRows, areas: Shape[] | undefined): MapAreas | undefined {
  const figure = el.closest('figure') ?? el.parentElement!;
  if (!areas) return undefined;
  if (el.dataset.areasProvinces) return provinceChoropleth(map, figure, el, data, areas);
  return communeShading(map, figure, el, areas);
}

function provinceChoropleth(map: L.Map, figure: Element, el: HTMLElement, data: MapRows, provinces: Shape[]): MapAreas {
  const idOfCode = JSON.parse(el.dataset.provinceIds ?? '{}') as Record<string, string>;
  const legend = figure.querySelector<HTMLElement>('[data-map-areas-legend]');
  map.createPane('areas').style.zIndex = '420';
  const layers = new Map<string, L.Path>();
  const group = L.geoJSON({ type: 'FeatureCollection', features: provinces } as never, {
    pane: 'areas',
    style: () => ({ ...BORDER, fillColor: CHOROPLETH_COLOURS[0], fillOpacity: 0.85 }),
    onEachFeature: (f: Shape, layer) => {
      const code = String(f.id);
      layers.set(code, layer as L.Path);
      const id = idOfCode[code];
      if (id) layer.on('click', () => location.assign(provincePath(id)));
    },
  }).addTo(map);
  el.dataset.provinceShapes = String(provinces.length);

  const update = (rows: number[]) => {
    // Counted by the file's province number (124,000 rows), then named.
    const counts = new Int32Array(data.provinces.length);
    for (const i of rows) counts[data.province[i]!]!++;
    const byId = new Map(data.provinces.map((p, k) => [p[0], counts[k]!]));
    const classes = choroplethClasses(Math.max(0, ...byId.values()));
    for (const f of provinces) {
      const code = String(f.id);
      const n = byId.get(idOfCode[code] ?? '') ?? 0;
      const layer = layers.get(code)!;
      layer.setStyle({ fillColor: CHOROPLETH_COLOURS[classOf(n, classes)] });
      layer
        .unbindTooltip()
        .bindTooltip(`${f.properties.name ?? ''}: ${n ? `${formatNumber(n)} bản ghi` : 'chưa có bản ghi'}`, { sticky: true });
    }
    if (legend) {
      legend.textContent = '';
      classLabels(classes, formatNumber).forEach((text, k) => {
        const li = document.createElement('li');
        const swatch = document.createElement('span');
        swatch.className = `legend-area legend-area--${k}`;
        swatch.setAttribute('aria-hidden', 'true');
        li.append(swatch, ` ${text}`);
        legend.append(li);
      });
      legend.hidden = false;
    }
  };
  return { update, bounds: group.getBounds() };
}

function communeShading(map: L.Map, figure: Element, el: HTMLElement, communes: Shape[]): MapAreas {
  const deployed = new Set((el.dataset.deployedCommunes ?? '').split(' ').filter(Boolean));
  map.createPane('areas').style.zIndex = '420';
  const group = L.geoJSON({ type: 'FeatureCollection', features: communes } as never, {
    pane: 'areas',
    interactive: false,
    style: (f) => ({
      ...BORDER,
      weight: 0.5,
      fillColor: deployed.has(String(f?.id)) ? CHOROPLETH_COLOURS[3] : CHOROPLETH_COLOURS[0],
      fillOpacity: 0.85,
    }),
  }).addTo(map);
  el.dataset.communeShapes = String(communes.length);
  el.dataset.deployedShapes = String(communes.filter((c) => deployed.has(String(c.id))).length);
  const legend = figure.querySelector<HTMLElement>('[data-map-areas-legend]');
  if (legend) legend.hidden = false;
  return { update: () => undefined, bounds: group.getBounds() };
}
