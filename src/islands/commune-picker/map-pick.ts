/**
 * "Chọn vị trí trên bản đồ": a small map of the chosen commune's province (its communes from
 * /ranh-gioi/xa/<code>.json, the chosen one outlined), loaded only when asked. A tap or click puts
 * the site there and fills the latitude and longitude; a point outside the chosen commune is flagged
 * at once (the build checks it again against the finer boundaries). Typing the coordinates stays
 * possible for keyboard users.
 */
import L from 'leaflet';
import leafletCss from 'leaflet/dist/leaflet.css?url';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { fetchJson, loadStylesheet } from '../load.ts';
import { setField } from './fields.ts';

let map: L.Map | undefined;
const degrees = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 6 });

export async function showMapPick(root: HTMLElement, box: HTMLElement, code: string, provinceCode: string): Promise<void> {
  const status = root.querySelector<HTMLElement>('[data-picker-status]')!;
  const [, topology] = await Promise.all([
    loadStylesheet(leafletCss),
    fetchJson<Topology>(root.dataset.communesUrl!.replace('{tinh}', provinceCode)),
  ]);
  const shapes = (
    feature(topology, topology.objects.communes as GeometryCollection) as unknown as { features: Feature<Polygon | MultiPolygon>[] }
  ).features;
  const mine = shapes.find((f) => String(f.id) === code);

  map?.remove();
  box.textContent = '';
  map = L.map(box, { maxZoom: 17, minZoom: 6, zoomControl: false, attributionControl: true });
  L.control.zoom({ zoomInTitle: 'Phóng to', zoomOutTitle: 'Thu nhỏ' }).addTo(map);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Ranh giới: sapnhap.bando.com.vn qua thanglequoc/vietnamese-provinces-database (MIT)');
  L.geoJSON({ type: 'FeatureCollection', features: shapes } as never, {
    style: (f) =>
      String(f?.id) === code
        ? { color: '#a3161c', weight: 3, fillColor: '#f7d9a8', fillOpacity: 0.5 }
        : { color: '#777', weight: 1, fillColor: '#f3efe6', fillOpacity: 1 },
    interactive: false,
  }).addTo(map);
  const chosen = mine ? L.geoJSON(mine as never) : undefined;
  map.fitBounds(chosen ? chosen.getBounds().pad(0.1) : L.geoJSON({ type: 'FeatureCollection', features: shapes } as never).getBounds());

  let marker: L.Marker | undefined;
  const pin = L.divIcon({ className: 'commune-picker__pin', iconSize: [18, 18] });
  map.on('click', (e: L.LeafletMouseEvent) => {
    const lat = Math.round(e.latlng.lat * 1e6) / 1e6;
    const lon = Math.round(e.latlng.lng * 1e6) / 1e6;
    marker ??= L.marker(e.latlng, { icon: pin, keyboard: false }).addTo(map!);
    marker.setLatLng(e.latlng);
    setField(root.dataset.targetLat, String(lat));
    setField(root.dataset.targetLon, String(lon));
    const inside = mine ? booleanPointInPolygon([lon, lat], mine) : true;
    root.dispatchEvent(new CustomEvent('communelocation', { detail: { lat, lon, inside }, bubbles: true }));
    const note = root.querySelector<HTMLElement>('[data-picker-coordinates-note]');
    if (note) note.textContent = 'Tọa độ đã điền là vị trí chọn trên bản đồ.';
    const where = `vĩ độ ${degrees(lat)}; kinh độ ${degrees(lon)}`;
    status.textContent = inside ? `Đã đặt vị trí: ${where}.` : `Điểm (${where}) nằm ngoài xã đã chọn: hãy chọn lại trong vùng viền đỏ.`;
  });
  status.textContent = 'Nhấn vào bản đồ tại nơi đặt mô hình (vùng viền đỏ là xã đã chọn).';
}
