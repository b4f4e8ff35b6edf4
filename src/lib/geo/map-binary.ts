/**
 * The national map file as bytes: its small tables (models, provinces) as JSON, then each number
 * column as a little-endian typed array of the narrowest type its values fit. The browser reads the
 * columns as views on the downloaded buffer: no text to parse and no object per record, where
 * JSON.parse of the same 124,000 rows took the main thread ~0.2 s (plus its garbage collection).
 *
 * Layout: "MTBM" | header length (u32) | header JSON (UTF-8, padded to 4 bytes) | columns, each padded to
 * 4 bytes, in the header's order. The header names each column, its type and its length.
 */
import type { Column, MapMarkers } from './map-data.ts';

const MAGIC = 'MTBM';
const FORMAT = 1;
const TYPES = {
  Int8: Int8Array,
  Uint8: Uint8Array,
  Int16: Int16Array,
  Uint16: Uint16Array,
  Int32: Int32Array,
  Uint32: Uint32Array,
} as const;
type TypeName = keyof typeof TYPES;

/** The row columns, then the spots' positions, in file order. */
const ROW_COLUMNS = ['model', 'province', 'scope', 'count', 'countUnit', 'countQualifier', 'status', 'spot'] as const;
const SPOT_COLUMNS = ['lat', 'lon'] as const;

interface Header {
  format: number;
  models: MapMarkers['models'];
  provinces: MapMarkers['provinces'];
  /** [name, type, length] per column */
  columns: [string, TypeName, number][];
}

/** The narrowest typed array that holds every value (integers only). */
function narrowest(values: Column): TypeName {
  let min = 0;
  let max = 0;
  for (const v of values) {
    if (!Number.isInteger(v)) throw new Error(`map file: ${v} is not an integer`);
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min >= 0) return max < 2 ** 8 ? 'Uint8' : max < 2 ** 16 ? 'Uint16' : 'Uint32';
  const fits = (bits: number) => min >= -(2 ** (bits - 1)) && max < 2 ** (bits - 1);
  return fits(8) ? 'Int8' : fits(16) ? 'Int16' : 'Int32';
}

const padded = (n: number) => Math.ceil(n / 4) * 4;

export function encodeMapMarkers(markers: MapMarkers): Uint8Array<ArrayBuffer> {
  const columns: [string, Column][] = [
    ...ROW_COLUMNS.map((name) => [name, markers[name]] as [string, Column]),
    ...SPOT_COLUMNS.map((name) => [`spots.${name}`, markers.spots[name]] as [string, Column]),
  ];
  const types = columns.map(([, values]) => narrowest(values));
  const typed = columns.map(([, values], k) => TYPES[types[k]!].from(values));
  const header: Header = {
    format: FORMAT,
    models: markers.models,
    provinces: markers.provinces,
    columns: columns.map(([name, values], k) => [name, types[k]!, values.length]),
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const start = 8 + padded(headerBytes.length);
  const size = typed.reduce((sum, a) => sum + padded(a.byteLength), start);
  const out = new Uint8Array(size).fill(0x20, 8, start);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  let at = start;
  for (const a of typed) {
    // Little-endian whatever machine builds the site.
    const width = a.BYTES_PER_ELEMENT;
    for (let i = 0; i < a.length; i++) {
      const offset = at + i * width;
      if (width === 1) view.setInt8(offset, a[i]!);
      else if (width === 2) view.setUint16(offset, a[i]! & 0xffff, true);
      else view.setUint32(offset, a[i]! >>> 0, true);
    }
    at += padded(a.byteLength);
  }
  return out;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Reads a national map file; a file that is not one, or is cut short, is an error that says so. */
export function decodeMapMarkers(buffer: ArrayBuffer): MapMarkers {
  const bytes = new Uint8Array(buffer);
  const fail = (why: string): never => {
    throw new Error(`Not a national map file: ${why}`);
  };
  if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) fail('wrong signature');
  const headerLength = new DataView(buffer).getUint32(4, true);
  if (8 + headerLength > bytes.length) fail('header cut short');
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as Header;
  } catch {
    return fail('unreadable header');
  }
  if (header.format !== FORMAT) fail(`format ${header.format}, this site reads format ${FORMAT}`);
  const read = new Map<string, Column>();
  let at = 8 + padded(headerLength);
  for (const [name, type, length] of header.columns) {
    const Type = TYPES[type] ?? fail(`column ${name} has unknown type ${type}`);
    const byteLength = length * Type.BYTES_PER_ELEMENT;
    if (at + byteLength > bytes.length) fail(`column ${name} cut short`);
    read.set(name, LITTLE_ENDIAN ? new Type(buffer, at, length) : bigEndianCopy(buffer, at, Type, length));
    at += padded(byteLength);
  }
  const column = (name: string) => read.get(name) ?? fail(`column ${name} missing`);
  const rows = column('model').length;
  for (const name of ROW_COLUMNS) if (column(name).length !== rows) fail(`column ${name} has ${column(name).length} rows, not ${rows}`);
  const [model, province, scope, count, countUnit, countQualifier, status, spot] = ROW_COLUMNS.map(column);
  return {
    version: 2,
    models: header.models,
    provinces: header.provinces,
    model: model!,
    province: province!,
    scope: scope!,
    count: count!,
    countUnit: countUnit!,
    countQualifier: countQualifier!,
    status: status!,
    spots: { lat: column('spots.lat'), lon: column('spots.lon') },
    spot: spot!,
  };
}

/** A column read value by value, on a big-endian machine (typed arrays use the machine's order). */
function bigEndianCopy(buffer: ArrayBuffer, at: number, Type: (typeof TYPES)[TypeName], length: number): Column {
  const view = new DataView(buffer, at);
  const out = new Type(length);
  const width = Type.BYTES_PER_ELEMENT;
  for (let i = 0; i < length; i++)
    out[i] = width === 1 ? view.getInt8(i) : width === 2 ? view.getUint16(i * 2, true) : view.getUint32(i * 4, true);
  return out;
}
