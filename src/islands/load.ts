/** Loading helpers shared by the islands that fetch data or a stylesheet on demand (not an island itself). */

/** Adds a stylesheet once (Leaflet's CSS is loaded with the map, never in every page's head). */
export function loadStylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href, onload: () => resolve(), onerror: reject });
    document.head.append(link);
  });
}

export async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}
