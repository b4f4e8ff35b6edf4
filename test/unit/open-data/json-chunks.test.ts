/**
 * The national downloads are written piece by piece; what a reader downloads must be exactly the
 * document JSON.stringify(value, null, 2) writes, whatever the shape.
 */
import { describe, expect, it } from 'vitest';
import { readableJsonChunks } from '../../../src/lib/open-data/json-chunks.ts';
import { fileResponse, jsonResponse } from '../../../src/data/responses.ts';

const whole = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const pieced = (value: unknown) => [...readableJsonChunks(value)].join('');

describe('readable JSON in pieces', () => {
  it.each([
    [
      'a dataset',
      {
        title: 'Các điểm',
        licence: { name: 'CC BY 4.0', url: 'https://x' },
        count: 2,
        items: [
          { id: 'a', n: [1, 2], o: { p: 'Đền "Trần"' } },
          { id: 'b', empty: [], none: {} },
        ],
      },
    ],
    [
      'a GeoJSON collection',
      {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [106.1, 20.6] }, properties: { notes: 'dòng 1\ndòng 2' } }],
      },
    ],
    ['empty lists and objects', { items: [], meta: {}, nested: { list: [] } }],
    ['left-out and null values', { a: undefined, b: null, c: () => 1, list: [undefined, null, () => 1, 1], d: new Date(0) }],
    ['a top-level list', [{ a: [1, { b: [2] }] }, 'x', 3]],
    ['an empty object and list', {}],
    ['an empty list', []],
    ['a string', 'Xã Tân Ân'],
    ['a date (toJSON)', new Date(86_400_000)],
  ])('writes %s exactly as JSON.stringify does', (_, value) => {
    expect(pieced(value)).toBe(whole(value));
  });

  it('serialises a long list one element at a time', () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({ id: i }));
    expect([...readableJsonChunks({ items })].length).toBeGreaterThan(1000);
  });
});

describe('file responses', () => {
  it('stream a body given in pieces as the same bytes as the whole string', async () => {
    // Larger than one encoding batch, with two-byte characters across the batch boundaries.
    const lines = Array.from({ length: 60_000 }, (_, i) => `${i},Xã Tân Ân "Đền Trần"\r\n`);
    const response = fileResponse(lines, 'text/csv; charset=utf-8');
    expect(response.body).toBeInstanceOf(ReadableStream);
    expect(await response.text()).toBe(lines.join(''));
  });

  it('give a readable JSON document identical to JSON.stringify with a two-space indent', async () => {
    const value = { title: 'Tỉnh', items: Array.from({ length: 3 }, (_, i) => ({ id: `t-${i}`, tags: ['a', 'b'] })) };
    const response = jsonResponse(value, { readable: true });
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(await response.text()).toBe(whole(value));
  });
});
