import { describe, expect, it } from 'vitest';
import { decodeMapMarkers, encodeMapMarkers } from '../../../src/lib/geo/map-binary.ts';
import type { MapMarkers } from '../../../src/lib/geo/map-data.ts';

const markers: MapMarkers = {
  version: 2,
  models: [
    ['camera', 'Camera an ninh', 'camera-cong-nghe', 'phuong', '', 'trom-cap', 'co-so-lieu', 'chua-co-so-lieu'],
    ['to-hoa-giai', 'Tổ hòa giải', 'dan-van', 'xa thon', 'bien-gioi', '', 'chua-co-so-lieu', 'chua-co-so-lieu'],
  ],
  provinces: [
    ['ha-noi', 'Hà Nội', 'Thành phố Hà Nội'],
    ['hung-yen', 'Hưng Yên', 'Tỉnh Hưng Yên'],
  ],
  model: [0, 1, 1, 0],
  province: [0, 1, 1, 1],
  scope: [2, 0, 1, 0],
  // A count past 16 bits, and -1 (none) among the small codes: each column keeps its values.
  count: [1447, 0, 0, 70000],
  countUnit: [3, -1, -1, 0],
  countQualifier: [-1, -1, -1, 1],
  status: [1, 0, 2, 0],
  spots: { lat: [2102850, 2065000, 856000], lon: [10585420, 10605000, 10460000] },
  spot: [0, 1, 1, 2],
};
const ROW_COLUMNS = ['model', 'province', 'scope', 'count', 'countUnit', 'countQualifier', 'status', 'spot'] as const;

describe('the national map file as bytes', () => {
  it('reads back every table and column as written', () => {
    const read = decodeMapMarkers(encodeMapMarkers(markers).buffer);
    expect(read.models).toEqual(markers.models);
    expect(read.provinces).toEqual(markers.provinces);
    for (const key of ROW_COLUMNS) expect(Array.from(read[key]), key).toEqual(markers[key]);
    expect(Array.from(read.spots.lat)).toEqual(markers.spots.lat);
    expect(Array.from(read.spots.lon)).toEqual(markers.spots.lon);
  });

  it('stores small codes in a byte each: 124,000 rows stay small', () => {
    const rows = 1000;
    const many: MapMarkers = {
      ...markers,
      ...Object.fromEntries(ROW_COLUMNS.map((k) => [k, Array.from({ length: rows }, (_, i) => i % 2)])),
    } as MapMarkers;
    // 8 one-byte columns per row, plus the header and the positions.
    expect(encodeMapMarkers(many).length).toBeLessThan(rows * 8 + 1000);
  });

  it('says what is wrong with a file that is not one', () => {
    const bytes = encodeMapMarkers(markers);
    expect(() => decodeMapMarkers(new TextEncoder().encode('{"version":2}').buffer)).toThrow(/Not a national map file: wrong signature/);
    expect(() => decodeMapMarkers(bytes.slice(0, bytes.length - 5).buffer)).toThrow(/Not a national map file: column spots\.lon cut short/);
    expect(() => decodeMapMarkers(bytes.slice(0, 20).buffer)).toThrow(/Not a national map file: header cut short/);
    const otherFormat = bytes.slice();
    const text = new TextDecoder().decode(otherFormat);
    otherFormat.set(new TextEncoder().encode('"format":9'), text.indexOf('"format":1'));
    expect(() => decodeMapMarkers(otherFormat.buffer)).toThrow(/format 9, this site reads format 1/);
  });
});
