/** Loading helpers shared by the islands that fetch data or a stylesheet on demand (not an island itself). */

/** Adds a stylesheet once (Leaflet's CSS is loaded with the map, never in every page's head). */
export function loadStylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href, onload: () => resolve(), onerror: reject });
    document.head.append(link);
  });
}

/** Requests started before the code that reads them has loaded (see prefetch). */
const early = new Map<string, Promise<Response>>();

/**
 * Starts fetching a file now, for a later fetchJson of the same URL: a map's data then downloads
 * while the map's code does, instead of after it.
 */
export function prefetch(url: string | undefined): void {
  if (!url || early.has(url)) return;
  const response = fetch(url);
  // A failure is reported by the fetchJson that reads it, not as an unhandled rejection.
  response.catch(() => undefined);
  early.set(url, response);
}

/** The response to `url`: the prefetched one if there is one. */
async function fetchOk(url: string): Promise<Response> {
  const started = early.get(url);
  early.delete(url);
  const res = await (started ?? fetch(url));
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res;
}

export async function fetchJson<T>(url: string): Promise<T> {
  return (await (await fetchOk(url)).json()) as T;
}

export async function fetchBytes(url: string): Promise<ArrayBuffer> {
  return (await fetchOk(url)).arrayBuffer();
}
