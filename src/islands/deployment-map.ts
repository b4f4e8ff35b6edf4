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
import { clusterRadius, isAggregate, mapPoint, markerRadius, rowMatcher, type MapData } from '../lib/geo/map-data.ts';
import { formatNumber, formatPartialDate } from '../lib/format/format.ts';
import { sourceByline } from '../lib/format/source-line.ts';
import type { FilterState } from '../lib/search/filters.ts';
import { STATUSES } from '../schema/vocab.ts';
import { filterFormFor, formFilterState } from './shared/filter-form.ts';
import { fetchJson, loadStylesheet } from './load.ts';
import { drawMapAreas } from './map-areas.ts';
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

type PointProps = { i: number };
/** The base map file: land polygons plus province names at their label points. */
type LabelledBasemap = Basemap & { labels?: { name: string; lat: number; lon: number }[] };

export async function mountDeploymentMap(el: HTMLElement): Promise<L.Map> {
  const figure = el.closest('figure') ?? el.parentElement!;
  const status = figure.querySelector<HTMLElement>('[data-map-status]');
  const [, data, basemap] = await Promise.all([
    loadStylesheet(leafletCss),
    fetchJson<MapData>(el.dataset.src!),
    fetchJson<LabelledBasemap>(el.dataset.basemap!),
  ]);

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
  const areas = await drawMapAreas(map, el, data);

  const markers = L.layerGroup().addTo(map);
  const index = new Supercluster<PointProps, Record<string, never>>({ radius: 56, maxZoom: CLUSTER_MAX_ZOOM, minPoints: 2 });
  let shown: number[] = [];

  // Markers are kept between renders when they stay (same cluster or record): panning with a popup
  // open keeps it open, and a render only touches what changed.
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
    const next = new Map<string, L.Marker>();
    let records = 0;
    for (const item of items) {
      const p = item.properties as Partial<ClusterProperties> & Partial<PointProps>;
      const [lon, lat] = item.geometry.coordinates;
      const key = p.cluster ? `c${zoom}:${p.cluster_id}` : `p${p.i}`;
      records += p.cluster ? p.point_count! : 1;
      const marker =
        current.get(key) ??
        (p.cluster ? clusterMarker(map, index, data, p.cluster_id!, p.point_count!, L.latLng(lat, lon)) : pointMarker(data, p.i!));
      next.set(key, marker);
    }
    for (const [key, marker] of current) if (!next.has(key)) markers.removeLayer(marker);
    for (const [key, marker] of next) if (!current.has(key)) markers.addLayer(marker);
    current = next;
    el.dataset.zoom = String(map.getZoom());
    el.dataset.markers = String(items.length);
    el.dataset.records = String(records);
    el.dispatchEvent(new CustomEvent('maprender', { detail: { markers: items.length, records } }));
  };

  const apply = (state: FilterState, fit: boolean) => {
    const keep = rowMatcher(data, state);
    shown = [];
    markers.clearLayers();
    current = new Map();
    for (let i = 0; i < data.lat.length; i++) if (keep(i)) shown.push(i);
    index.load(
      shown.map((i) => ({
        type: 'Feature',
        properties: { i },
        geometry: { type: 'Point', coordinates: [data.lon[i] / 1e5, data.lat[i] / 1e5] },
      })),
    );
    el.dataset.shown = String(shown.length);
    const none =
      Object.keys(state).length > 0 ? 'Không có điểm triển khai nào khớp bộ lọc.' : 'Chưa có điểm triển khai nào trên bản đồ này.';
    if (status) status.textContent = shown.length ? `Bản đồ đang hiện ${formatNumber(shown.length)} điểm triển khai.` : none;
    // The whole country while nothing is filtered (national map), otherwise the records shown.
    if (fit && areas && el.dataset.fit === 'area') map.fitBounds(areas.bounds.pad(0.05), { animate: false });
    else if (fit) fitTo(map, data, shown, el.dataset.fit === 'vietnam' && Object.keys(state).length === 0);
    areas?.update(shown);
    render();
  };

  map.on('moveend', render);
  keyboardPopups(map);
  const form = el.dataset.filterTarget ? filterFormFor(el.dataset.filterTarget) : null;
  form?.addEventListener('filterchange', (e) => apply((e as CustomEvent<FilterState>).detail, true));
  fitTo(map, data, [], true);
  apply(form ? formFilterState(form) : {}, true);

  attachTileToggle(map, figure.querySelector<HTMLInputElement>('[data-map-tiles]'));
  el.dataset.state = 'ready';
  return map;
}

function fitTo(map: L.Map, data: MapData, rows: number[], vietnam: boolean) {
  if (vietnam || rows.length === 0) return map.fitBounds(VIETNAM_BOUNDS);
  const bounds = L.latLngBounds(rows.map((i) => [data.lat[i] / 1e5, data.lon[i] / 1e5]));
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

function pointMarker(data: MapData, i: number): L.Marker {
  const p = mapPoint(data, i);
  const name = `${p.place} — ${p.modelName}`;
  let marker: L.Marker;
  if (isAggregate(data, i)) {
    const r = markerRadius(p.count?.value);
    marker = L.marker([p.lat, p.lon], {
      title: `${name}: ${p.units}`,
      icon: L.divIcon({
        className: 'map-aggregate',
        html: p.count ? `<span>${formatNumber(p.count.value)}</span>` : '<span class="map-aggregate__unknown">chưa rõ số</span>',
        iconSize: [r * 2, r * 2],
      }),
    });
  } else {
    marker = L.marker([p.lat, p.lon], { icon: pointIcon, title: name, alt: name });
  }
  marker.bindPopup(() => popupContent(data, [i]), { ...POPUP_CLEAR_OF_CONTROLS, maxWidth: 300 });
  marker.on('add', () => marker.getElement()?.setAttribute('data-records', '1'));
  return marker;
}

function clusterMarker(
  map: L.Map,
  index: Supercluster<PointProps, Record<string, never>>,
  data: MapData,
  id: number,
  count: number,
  at: L.LatLng,
): L.Marker {
  const r = clusterRadius(count);
  const marker = L.marker(at, {
    title: `${formatNumber(count)} điểm triển khai ở gần nhau: nhấn để phóng to`,
    icon: L.divIcon({ className: 'map-cluster', html: `<span>${formatNumber(count)}</span>`, iconSize: [r * 2, r * 2] }),
  });
  const open = () => {
    const zoom = index.getClusterExpansionZoom(id);
    if (zoom <= CLUSTER_MAX_ZOOM && zoom > map.getZoom()) {
      map.setView(at, zoom);
      return;
    }
    // Records at the same spot never separate: list them instead.
    const leaves = index.getLeaves(id, LIST_LIMIT).map((l) => l.properties.i);
    const popup = L.popup({ ...POPUP_CLEAR_OF_CONTROLS, maxWidth: 320, maxHeight: 320 })
      .setLatLng(at)
      .setContent(popupContent(data, leaves, count))
      .openOn(map);
    popup.once('remove', () => marker.getElement()?.focus({ preventScroll: true }));
  };
  marker.on('click', open);
  marker.on('keypress', (e) => {
    if ((e as L.LeafletKeyboardEvent).originalEvent.key === 'Enter') open();
  });
  marker.on('add', () => marker.getElement()?.setAttribute('data-records', String(count)));
  return marker;
}

function popupContent(data: MapData, rows: number[], total = rows.length): HTMLElement {
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
    const p = mapPoint(data, i);
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
  map.on('popupclose', (e) => (e.popup as unknown as { _source?: L.Marker })._source?.getElement()?.focus({ preventScroll: true }));
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
