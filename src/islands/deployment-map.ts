/**
 * The deployment map, loaded only when a map scrolls into view (see map-loader.ts). Draws Vietnam
 * from the shipped base map (no tile server), clusters the deployments with supercluster (fast at
 * ~124,000 points), draws aggregates as circles sized by their count, and follows the page's filter
 * form so the map and the list always show the same records.
 */
import L from 'leaflet';
// Registers map.gestureHandling on the global L (which Leaflet sets): one finger scrolls the page.
import 'leaflet-gesture-handling';
// As a URL, not a CSS import: Astro would otherwise put Leaflet's CSS in every page's <head>.
import leafletCss from 'leaflet/dist/leaflet.css?url';
import Supercluster, { type ClusterProperties } from 'supercluster';
// Leaflet guesses its icon URLs from its CSS path, which bundling breaks: import the images instead.
import iconUrl from 'leaflet/dist/images/marker-icon.png?url';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png?url';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png?url';
import type { Basemap } from '../lib/geo/basemap.ts';
import { ARCHIPELAGO_LABELS, REGION, SEA_LABEL } from '../lib/geo/map-frame.ts';
import {
  clusterRadius,
  hasDetails,
  isAggregate,
  mapPoint,
  markerRadius,
  rowMatcher,
  rowUnits,
  rowsIn,
  spotsOf,
  type MapFile,
  type MapRows,
} from '../lib/geo/map-data.ts';
import { circleBox, separateMarkers, type Box, type MarkerSpot } from '../lib/geo/marker-spacing.ts';
import { formatNumber, formatPartialDate } from '../lib/format/format.ts';
import { sourceByline } from '../lib/format/source-line.ts';
import type { FilterState } from '../lib/search/filters.ts';
import { STATUSES } from '../schema/vocab.ts';
import { filterFormFor, formFilterState } from './shared/filter-form.ts';
import { fetchJson, loadStylesheet } from './load.ts';
import { drawMapAreas, loadMapAreas } from './map-areas.ts';
import { detailsLoader, fetchMapFile, type DetailsOf, type RowDetails } from './shared/map-details.ts';
import { modelPath } from '../lib/site/addresses.ts';
import { el, link } from './shared/dom.ts';

const pointIcon = L.icon({
  iconUrl,
  iconRetinaUrl,
  shadowUrl,
  iconSize: [25, 41],
  iconAnchor: [12, 41],
  popupAnchor: [1, -34],
  shadowSize: [41, 41],
});
/** The pin's box around its anchor (the tip), for the spacing of markers. */
const PIN_BOX: Box = { left: -12, top: -41, right: 13, bottom: 0 };
/** Pixels kept free between two markers' boxes, so each is a target of its own (WCAG 2.5.8). */
const MARKER_GAP = 2;

/** Mainland Vietnam with both archipelagos: the national view. */
const VIETNAM_BOUNDS = L.latLngBounds([7.0, 102.1], [23.4, 116.5]);
const MAX_ZOOM = 15;
const CLUSTER_MAX_ZOOM = 13;
/** How many records a popup of an inseparable cluster (same spot at the last zoom) lists. */
const LIST_LIMIT = 30;

const OSM = {
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '© <a href="https://www.openstreetmap.org/copyright">Những người đóng góp OpenStreetMap</a>',
};

/** The map pans an opening popup clear of the zoom buttons (top left) and the attribution (bottom). */
const POPUP_CLEAR_OF_CONTROLS: L.PopupOptions = { autoPanPaddingTopLeft: L.point(56, 12), autoPanPaddingBottomRight: L.point(12, 28) };

/** A position of the index (spots are the distinct positions of the records) and the records shown there. */
type SpotProps = { k: number; n: number };
type Clusters = Supercluster<SpotProps, { n: number }>;
/** What one drawn marker stands for: a cluster of the index, the records at one spot, or one record (row i). */
type Member = { key: string; at: L.LatLng; records: number; cluster?: number; spot?: number; i?: number };
/** The base map file: land polygons plus province names at their label points. */
type LabelledBasemap = Basemap & { labels?: { name: string; lat: number; lon: number }[] };

export async function mountDeploymentMap(el: HTMLElement): Promise<L.Map> {
  const figure = el.closest('figure') ?? el.parentElement!;
  const status = figure.querySelector<HTMLElement>('[data-map-status]');
  const [, data, basemap, areaShapes] = await Promise.all([
    loadStylesheet(leafletCss),
    fetchMapFile(el.dataset.src!),
    fetchJson<LabelledBasemap>(el.dataset.basemap!),
    loadMapAreas(el),
  ]);
  const details = detailsLoader(data);

  el.textContent = '';
  const map = L.map(el, {
    maxZoom: MAX_ZOOM,
    minZoom: 5,
    zoomSnap: 0.5,
    // Never pan past the drawn region: beyond it there is no land to show.
    maxBounds: L.latLngBounds([REGION.south, REGION.west], [REGION.north, REGION.east]),
    maxBoundsViscosity: 1,
    attributionControl: true,
    zoomControl: false,
  });
  pageFriendlyGestures(map);
  L.control.zoom({ zoomInTitle: 'Phóng to', zoomOutTitle: 'Thu nhỏ' }).addTo(map);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Nền: <a href="https://www.naturalearthdata.com/">Natural Earth</a>');
  drawBasemap(map, basemap);
  // Provinces (national map) or a province's communes (province page), under the markers.
  const areas = drawMapAreas(map, el, data, areaShapes);

  const markers = L.layerGroup().addTo(map);
  // Records share positions (a commune's point): the index clusters each position once, weighted by
  // the records shown there, which keeps it fast at 124,000 records.
  const spots = spotsOf(data);
  const spotAt = (k: number) => L.latLng(spots.lat[k]! / 1e5, spots.lon[k]! / 1e5);
  const index: Clusters = new Supercluster({
    radius: 56,
    maxZoom: CLUSTER_MAX_ZOOM,
    minPoints: 2,
    map: (p: SpotProps) => ({ n: p.n }),
    reduce: (a: { n: number }, b: { n: number }) => {
      a.n += b.n;
    },
  });
  let shown: number[] = [];
  // The rows shown at spot k are rowsAt.subarray(start[k], start[k + 1]), newest first.
  let start = new Int32Array(spots.lat.length + 1);
  let rowsAt = new Int32Array(0);
  /** Up to `limit` records that a marker stands for, newest first within each spot. */
  const recordsOf = (members: Member[], limit: number): number[] => {
    const rows: number[] = [];
    const add = (k: number) => {
      for (let r = start[k]!; r < start[k + 1]! && rows.length < limit; r++) rows.push(rowsAt[r]!);
    };
    for (const m of members) {
      if (m.i !== undefined) rows.push(m.i);
      else if (m.spot !== undefined) add(m.spot);
      else for (const leaf of index.getLeaves(m.cluster!, limit)) add(leaf.properties.k);
      if (rows.length >= limit) break;
    }
    return rows.slice(0, limit);
  };

  // Markers are kept between renders when they stay (same cluster, group or record): panning with a
  // popup open keeps it open, and a render only touches what changed.
  let current = new Map<string, L.Marker>();
  const render = () => {
    const b = map.getBounds().pad(0.25);
    const zoom = Math.floor(map.getZoom());
    const items = shown.length
      ? index.getClusters(
          [Math.max(-180, b.getWest()), Math.max(-85, b.getSouth()), Math.min(180, b.getEast()), Math.min(85, b.getNorth())],
          zoom,
        )
      : [];
    const drawn: MarkerSpot<Member>[] = items.map((item) => {
      const p = item.properties as Partial<ClusterProperties> & Partial<SpotProps>;
      const [lon, lat] = item.geometry.coordinates;
      const at = L.latLng(lat!, lon!);
      const { x, y } = map.latLngToLayerPoint(at);
      const records = p.n!;
      if (p.cluster)
        return {
          x,
          y,
          records,
          box: circleBox(clusterRadius(records)),
          item: { key: `c${zoom}:${p.cluster_id}`, at, records, cluster: p.cluster_id },
        };
      if (records > 1) return { x, y, records, box: circleBox(clusterRadius(records)), item: { key: `s${p.k}`, at, records, spot: p.k } };
      const i = rowsAt[start[p.k!]!]!;
      const box = isAggregate(data, i) ? circleBox(markerRadius(data.count[i])) : PIN_BOX;
      return { x, y, records, box, item: { key: `p${i}`, at, records, i } };
    });
    const groups = separateMarkers(drawn, MARKER_GAP, (n) => circleBox(clusterRadius(n)));
    const next = new Map<string, L.Marker>();
    const named: [number, L.Marker][] = [];
    let records = 0;
    for (const g of groups) {
      records += g.records;
      const key = g.members.length === 1 ? g.members[0]!.key : `g${zoom}:${g.members.map((m) => m.key).join(',')}`;
      let marker = current.get(key);
      if (!marker) {
        const only = g.members[0]!;
        if (g.members.length === 1 && only.i !== undefined) {
          marker = pointMarker(map, data, details, only.i, only.at);
          named.push([only.i, marker]);
        } else marker = clusterMarker(map, index, details, g.members, g.records, recordsOf);
      }
      next.set(key, marker);
    }
    for (const [key, marker] of current) if (!next.has(key)) markers.removeLayer(marker);
    for (const [key, marker] of next) if (!current.has(key)) markers.addLayer(marker);
    current = next;
    nameMarkers(data, details, named);
    el.dataset.zoom = String(map.getZoom());
    el.dataset.markers = String(groups.length);
    el.dataset.records = String(records);
    el.dispatchEvent(new CustomEvent('maprender', { detail: { markers: groups.length, records } }));
  };

  const apply = (state: FilterState, fit: boolean) => {
    const keep = rowMatcher(data, state);
    shown = [];
    markers.clearLayers();
    current = new Map();
    const n = rowsIn(data);
    for (let i = 0; i < n; i++) if (keep(i)) shown.push(i);
    start = new Int32Array(spots.lat.length + 1);
    for (const i of shown) start[spots.spot[i]! + 1]!++;
    for (let k = 0; k < spots.lat.length; k++) start[k + 1]! += start[k]!;
    const fill = start.slice(0, -1);
    rowsAt = new Int32Array(shown.length);
    for (const i of shown) rowsAt[fill[spots.spot[i]!]!++] = i;
    const used: GeoJSON.Feature<GeoJSON.Point, SpotProps>[] = [];
    for (let k = 0; k < spots.lat.length; k++) {
      const count = start[k + 1]! - start[k]!;
      if (count > 0)
        used.push({
          type: 'Feature',
          properties: { k, n: count },
          geometry: { type: 'Point', coordinates: [spots.lon[k]! / 1e5, spots.lat[k]! / 1e5] },
        });
    }
    index.load(used);
    el.dataset.shown = String(shown.length);
    const none =
      Object.keys(state).length > 0 ? 'Không có điểm triển khai nào khớp bộ lọc.' : 'Chưa có điểm triển khai nào trên bản đồ này.';
    if (status) status.textContent = shown.length ? `Bản đồ đang hiện ${formatNumber(shown.length)} điểm triển khai.` : none;
    // The whole country while nothing is filtered (national map), otherwise the records shown.
    if (fit && areas && el.dataset.fit === 'area') map.fitBounds(areas.bounds.pad(0.05), { animate: false });
    else if (fit)
      fitTo(
        map,
        used.map((f) => spotAt(f.properties.k)),
        el.dataset.fit === 'vietnam' && Object.keys(state).length === 0,
      );
    areas?.update(shown);
    render();
  };

  map.on('moveend', render);
  keyboardPopups(map);
  const form = el.dataset.filterTarget ? filterFormFor(el.dataset.filterTarget) : null;
  form?.addEventListener('filterchange', (e) => apply((e as CustomEvent<FilterState>).detail, true));
  // The first apply sets the first view: the vector layers above are drawn once, for that view.
  apply(form ? formFilterState(form) : {}, true);

  attachTileToggle(map, figure.querySelector<HTMLInputElement>('[data-map-tiles]'));
  el.dataset.state = 'ready';
  return map;
}

function fitTo(map: L.Map, positions: L.LatLng[], vietnam: boolean) {
  if (vietnam || positions.length === 0) return map.fitBounds(VIETNAM_BOUNDS);
  const bounds = L.latLngBounds(positions);
  map.fitBounds(bounds.pad(0.15), { maxZoom: 8 });
}

function drawBasemap(map: L.Map, basemap: LabelledBasemap) {
  L.geoJSON(basemap as GeoJSON.FeatureCollection, {
    interactive: false,
    style: (f) =>
      f?.properties.kind === 'viet-nam'
        ? { color: '#7d6f5a', weight: 1, fillColor: '#fbf6ea', fillOpacity: 1 }
        : { color: '#b9b4aa', weight: 0.8, fillColor: '#e6e3de', fillOpacity: 1 },
  }).addTo(map);
  // Names sit in their own pane under the markers, so a marker is never hidden by a name.
  map.createPane('labels').style.zIndex = '450';
  const label = (text: string, lat: number, lon: number, className: string) =>
    L.marker([lat, lon], {
      pane: 'labels',
      interactive: false,
      keyboard: false,
      // "Quần đảo Trường Sa<br>(Khánh Hòa)": two short lines fit a phone screen.
      icon: L.divIcon({
        className: `map-label ${className}`,
        html: `<span>${escapeHtml(text).replace(' (', '<br>(')}</span>`,
        iconSize: undefined,
      }),
    });
  // Islets are smaller than a pixel at the national view: a dot marks each one.
  const vietnam = basemap.features.find((f) => f.properties.kind === 'viet-nam');
  for (const polygon of vietnam?.geometry.coordinates ?? []) {
    const lons = polygon[0].map((p) => p[0]);
    const lats = polygon[0].map((p) => p[1]);
    if (Math.max(...lons) - Math.min(...lons) > 0.1 || Math.min(...lons) < 110) continue;
    const at: [number, number] = [(Math.max(...lats) + Math.min(...lats)) / 2, (Math.max(...lons) + Math.min(...lons)) / 2];
    L.circleMarker(at, {
      pane: 'labels',
      interactive: false,
      radius: 1.5,
      weight: 1,
      color: '#7d6f5a',
      fillColor: '#7d6f5a',
      fillOpacity: 1,
    }).addTo(map);
  }
  const provinceLabels = L.layerGroup((basemap.labels ?? []).map((p) => label(p.name, p.lat, p.lon, 'map-label--province')));
  for (const a of ARCHIPELAGO_LABELS) label(a.text, a.lat, a.lon, 'map-label--archipelago').addTo(map);
  label(SEA_LABEL.text, SEA_LABEL.lat, SEA_LABEL.lon, 'map-label--sea').addTo(map);
  // Province names only once there is room for them.
  const toggle = () => (map.getZoom() >= 7 ? provinceLabels.addTo(map) : provinceLabels.remove());
  map.on('zoomend', toggle);
  toggle();
}

/** A record's name before its details are loaded (the national file has no place names). */
function provisionalName(data: MapRows, i: number): string {
  const name = `${data.models[data.model[i]!]![1]} — ${data.provinces[data.province[i]!]![2]}`;
  return isAggregate(data, i) ? `${name}: ${rowUnits(data, i)}` : name;
}

/** Gives newly drawn records their place in their names, once their details are loaded. */
function nameMarkers(data: MapFile, details: DetailsOf, named: [number, L.Marker][]) {
  if (named.length === 0 || hasDetails(data)) return;
  details(named.map(([i]) => i))
    .then((found) => {
      for (const [i, marker] of named) {
        const d = found.get(i)!;
        const title = recordName(d);
        marker.options.title = title;
        const icon = marker.getElement();
        icon?.setAttribute('title', title);
        if (icon instanceof HTMLImageElement) icon.alt = title;
      }
    })
    .catch((error: unknown) => console.error(error));
}

function recordName({ data, row }: RowDetails): string {
  const p = mapPoint(data, row);
  return isAggregate(data, row) ? `${p.place} — ${p.modelName}: ${p.units}` : `${p.place} — ${p.modelName}`;
}

function pointMarker(map: L.Map, data: MapFile, details: DetailsOf, i: number, at: L.LatLng): L.Marker {
  const name = hasDetails(data) ? recordName({ data, row: i }) : provisionalName(data, i);
  let marker: L.Marker;
  if (isAggregate(data, i)) {
    const count = data.count[i];
    const r = markerRadius(count);
    marker = L.marker(at, {
      title: name,
      icon: L.divIcon({
        className: 'map-aggregate',
        html: count ? `<span>${formatNumber(count)}</span>` : '<span class="map-aggregate__unknown">chưa rõ số</span>',
        iconSize: [r * 2, r * 2],
      }),
    });
  } else {
    marker = L.marker(at, { icon: pointIcon, title: name, alt: name });
  }
  // A pin's popup opens above its head, as Leaflet places a bound popup.
  const offset = isAggregate(data, i) ? undefined : L.point(1, 7 - 34);
  onActivate(marker, () => openRecords(map, details, marker, at, [i], 1, offset));
  marker.on('add', () => marker.getElement()?.setAttribute('data-records', '1'));
  return marker;
}

/** Runs `open` on a click and on Enter (Leaflet markers are buttons for the keyboard). */
function onActivate(marker: L.Marker, open: () => void) {
  marker.on('click', open);
  marker.on('keypress', (e) => {
    if ((e as L.LeafletKeyboardEvent).originalEvent.key === 'Enter') open();
  });
}

/**
 * A marker for several records: a cluster of the index, or a group of markers that would have
 * overlapped (marker-spacing.ts). Activating it zooms until they come apart, or lists the records
 * when they never do (the same spot).
 */
function clusterMarker(
  map: L.Map,
  index: Clusters,
  details: DetailsOf,
  members: Member[],
  count: number,
  recordsOf: (members: Member[], limit: number) => number[],
): L.Marker {
  const at = members[0]!.at;
  const r = clusterRadius(count);
  const sameSpot = members.length === 1 && members[0]!.spot !== undefined;
  const marker = L.marker(at, {
    title: sameSpot
      ? `${formatNumber(count)} điểm triển khai tại cùng vị trí: nhấn để xem danh sách`
      : `${formatNumber(count)} điểm triển khai ở gần nhau: nhấn để phóng to`,
    icon: L.divIcon({ className: 'map-cluster', html: `<span>${formatNumber(count)}</span>`, iconSize: [r * 2, r * 2] }),
  });
  const open = () => {
    const zoom = map.getZoom();
    const only = members.length === 1 ? members[0]! : undefined;
    if (only?.cluster !== undefined) {
      const expansion = index.getClusterExpansionZoom(only.cluster);
      if (expansion <= CLUSTER_MAX_ZOOM && expansion > zoom) return map.setView(at, expansion);
    } else {
      const bounds = L.latLngBounds(members.map((m) => m.at));
      const target = Math.min(MAX_ZOOM, Math.max(zoom + 1, map.getBoundsZoom(bounds.pad(0.5))));
      if (!bounds.getNorthEast().equals(bounds.getSouthWest()) && target > zoom) return map.setView(bounds.getCenter(), target);
    }
    // Records at the same spot never separate: list them instead.
    void openRecords(map, details, marker, at, recordsOf(members, LIST_LIMIT), count);
  };
  onActivate(marker, open);
  marker.on('add', () => marker.getElement()?.setAttribute('data-records', String(count)));
  return marker;
}

/** Opens a popup listing records once their details are loaded; closing it returns focus to `from`. */
async function openRecords(map: L.Map, details: DetailsOf, from: L.Marker, at: L.LatLng, rows: number[], total: number, offset?: L.Point) {
  let content: HTMLElement;
  try {
    content = popupContent(await details(rows), rows, total);
  } catch (error) {
    console.error(error);
    content = el('p', 'map-popup', 'Không tải được thông tin của điểm này. Danh sách bên dưới bản đồ có cùng các điểm triển khai.');
  }
  const popup = L.popup({ ...POPUP_CLEAR_OF_CONTROLS, maxWidth: 320, maxHeight: 320, ...(offset && { offset }) })
    .setLatLng(at)
    .setContent(content)
    .openOn(map);
  popup.once('remove', () => from.getElement()?.focus({ preventScroll: true }));
}

function popupContent(found: Map<number, RowDetails>, rows: number[], total = rows.length): HTMLElement {
  const box = document.createElement('div');
  box.className = 'map-popup';
  box.tabIndex = -1;
  if (total > 1)
    box.append(
      el(
        'p',
        'map-popup__count',
        `${formatNumber(total)} điểm triển khai tại cùng vị trí${total > rows.length ? ` (hiện ${rows.length}; xem đủ trong danh sách)` : ''}:`,
      ),
    );
  for (const i of rows) {
    const { data, row } = found.get(i)!;
    const p = mapPoint(data, row);
    const item = el('div', 'map-popup__item');
    item.append(el('p', 'map-popup__place', p.place));
    if (p.current && p.current !== p.place) item.append(el('p', '', p.current));
    if (p.formerNames) item.append(el('p', 'map-popup__muted', `Trước 1/7/2025: ${p.formerNames}`));
    const model = el('p', '', 'Mô hình: ');
    model.append(link(modelPath(p.modelSlug), p.modelName));
    item.append(model);
    const facts = [
      p.units,
      p.status ? STATUSES.label(p.status) : 'Tình trạng: nguồn chưa nêu',
      p.started ? `bắt đầu: ${formatPartialDate(p.started)}` : '',
    ].filter(Boolean);
    item.append(el('p', '', facts.join(' · ')));
    const source = el('p', 'map-popup__muted', 'Nguồn: ');
    source.append(p.source.url ? link(p.source.url, p.source.title) : el('cite', '', p.source.title), ` (${sourceByline(p.source)})`);
    item.append(source);
    box.append(item);
  }
  return box;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Online OpenStreetMap tiles, only when the user asks for them. */
function attachTileToggle(map: L.Map, input: HTMLInputElement | null) {
  if (!input) return;
  const tiles = L.tileLayer(OSM.url, { attribution: OSM.attribution, maxZoom: MAX_ZOOM });
  input.disabled = false;
  input.addEventListener('change', () => {
    if (input.checked) tiles.addTo(map).bringToBack();
    else tiles.remove();
    map.getContainer().classList.toggle('has-tiles', input.checked);
  });
}

/**
 * Opening a popup with the keyboard moves focus into it; closing returns focus to the marker. Escape
 * closes it: Leaflet does so only while the map itself has focus, and here focus is in the popup, so
 * one listener on the popup pane (added once, for every popup) does it.
 */
function keyboardPopups(map: L.Map) {
  map.getPane('popupPane')?.addEventListener('keydown', (k) => k.key === 'Escape' && map.closePopup());
  map.on('popupopen', (e) => {
    const popup = e.popup.getElement();
    // Leaflet names its close button in English ("Close popup") for screen readers.
    const close = popup?.querySelector<HTMLElement>('.leaflet-popup-close-button');
    close?.setAttribute('aria-label', 'Đóng');
    close?.setAttribute('title', 'Đóng');
    popup?.querySelector<HTMLElement>('.map-popup')?.focus({ preventScroll: true });
  });
}

/**
 * A map must not trap the page (leaflet-gesture-handling): one finger scrolls the page and two move
 * the map, the wheel scrolls the page unless Ctrl (⌘) is held, each with a short hint. A mouse click
 * on the map lets the wheel zoom it until the pointer leaves; a tap on a phone does not.
 */
function pageFriendlyGestures(map: L.Map) {
  const text = {
    touch: 'Dùng hai ngón tay để di chuyển bản đồ',
    scroll: 'Nhấn vào bản đồ hoặc giữ Ctrl khi cuộn để phóng to, thu nhỏ',
    scrollMac: 'Nhấn vào bản đồ hoặc giữ ⌘ khi cuộn để phóng to, thu nhỏ',
  };
  Object.assign(map.options, { gestureHandlingOptions: { text, duration: 1500 } });
  const gestures = (map as L.Map & { gestureHandling: L.Handler }).gestureHandling;
  gestures.enable();
  const container = map.getContainer();
  // Capture: Leaflet stops some pointer events from bubbling out of its panes.
  container.addEventListener(
    'pointerdown',
    (e) => {
      if (e.pointerType === 'mouse' && gestures.enabled()) gestures.disable();
    },
    true,
  );
  container.addEventListener('pointerleave', (e) => {
    if (e.pointerType === 'mouse' && !gestures.enabled()) gestures.enable();
  });
}
