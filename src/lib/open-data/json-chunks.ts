/**
 * A readable JSON document (two-space indent, ending in a newline: exactly what
 * `${JSON.stringify(value, null, 2)}\n` gives) produced piece by piece: the elements of a top-level
 * array, and of the arrays that are direct properties of a top-level object, are serialised one at a
 * time. A national download (124,000 records, over 100 MB) is then never one string in memory.
 */

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { toJSON?: unknown }).toJSON !== 'function';

/** `value` serialised at nesting `depth` (its inner lines indented to match). */
function nested(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2);
  return depth === 0 ? text : text.replaceAll('\n', `\n${'  '.repeat(depth)}`);
}

/** The elements of an array, one piece each, as they sit at nesting `depth`. */
function* arrayChunks(items: readonly unknown[], depth: number): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  const inner = '  '.repeat(depth + 1);
  yield '[';
  for (let i = 0; i < items.length; i++) {
    // JSON.stringify writes null for what it cannot serialise inside an array.
    const item = items[i] === undefined || typeof items[i] === 'function' || typeof items[i] === 'symbol' ? null : items[i];
    yield `${i === 0 ? '' : ','}\n${inner}${nested(item, depth + 1)}`;
  }
  yield `\n${'  '.repeat(depth)}]`;
}

export function* readableJsonChunks(value: unknown): Generator<string> {
  if (Array.isArray(value)) yield* arrayChunks(value, 0);
  else if (isPlainObject(value)) {
    // Properties JSON.stringify leaves out: undefined, functions, symbols.
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
    if (entries.length === 0) yield '{}';
    else {
      yield '{';
      for (const [i, [key, v]] of entries.entries()) {
        yield `${i === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
        if (Array.isArray(v)) yield* arrayChunks(v, 1);
        else yield nested(v, 1);
      }
      yield '\n}';
    }
  } else yield JSON.stringify(value, null, 2);
  yield '\n';
}
