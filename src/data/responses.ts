/**
 * The one way an endpoint answers with a file. Map files are fetched by every map a reader opens, so
 * they go out compact; open-data downloads are read by people, so `readable` indents them (one
 * field a line, ending in a newline).
 *
 * A body given in pieces (the national downloads: over 100 MB each) is streamed: the build writes it
 * without ever holding it as one string (a JavaScript string of Vietnamese text takes two bytes a
 * character), only as the file's bytes.
 */
import { readableJsonChunks } from '../lib/open-data/json-chunks.ts';

/** Pieces are encoded in batches of about this many characters (fewer, larger chunks for the stream). */
const BATCH_CHARS = 1 << 20;

function byteStream(pieces: Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = pieces[Symbol.iterator]();
  return new ReadableStream({
    pull(controller) {
      let batch = '';
      for (let next = iterator.next(); ; next = iterator.next()) {
        if (next.done) {
          if (batch) controller.enqueue(encoder.encode(batch));
          controller.close();
          return;
        }
        batch += next.value;
        if (batch.length >= BATCH_CHARS) {
          controller.enqueue(encoder.encode(batch));
          return;
        }
      }
    },
    cancel() {
      iterator.return?.();
    },
  });
}

export function fileResponse(body: string | Uint8Array<ArrayBuffer> | Iterable<string>, type: string): Response {
  const payload = typeof body === 'string' || body instanceof Uint8Array ? body : byteStream(body);
  return new Response(payload, { headers: { 'Content-Type': type } });
}

export function jsonResponse(
  body: unknown,
  { type = 'application/json', readable = false }: { type?: string; readable?: boolean } = {},
): Response {
  return fileResponse(readable ? readableJsonChunks(body) : JSON.stringify(body), `${type}; charset=utf-8`);
}

export const CSV_TYPE = 'text/csv; charset=utf-8; header=present';
