/**
 * The one way an endpoint answers with a file. Map files are fetched by every map a reader opens, so
 * they go out compact; open-data downloads are read by people, so `readable` indents them (one
 * field a line, ending in a newline).
 */
export function fileResponse(body: string | Uint8Array<ArrayBuffer>, type: string): Response {
  return new Response(body, { headers: { 'Content-Type': type } });
}

export function jsonResponse(
  body: unknown,
  { type = 'application/json', readable = false }: { type?: string; readable?: boolean } = {},
): Response {
  return fileResponse(readable ? `${JSON.stringify(body, null, 2)}\n` : JSON.stringify(body), `${type}; charset=utf-8`);
}

export const CSV_TYPE = 'text/csv; charset=utf-8; header=present';
