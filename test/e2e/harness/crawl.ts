/**
 * Finds every page of the built site by following local links from the home page, the way a
 * visitor (or a search engine) would. Non-HTML targets (downloads, feeds) are listed apart.
 */
export interface CrawlResult {
  pages: string[];
  files: string[];
  /** Local links whose target answered with an error: "from → to (status)". */
  broken: string[];
}

const LINK = /<a\b[^>]*\bhref="([^"#]*)(?:#[^"]*)?"/g;

export async function crawl(baseUrl: string, start = '/'): Promise<CrawlResult> {
  const origin = new URL(baseUrl).origin;
  const foundOn = new Map<string, string>([[start, '(start)']]);
  const queue = [start];
  const result: CrawlResult = { pages: [], files: [], broken: [] };
  while (queue.length > 0) {
    const path = queue.shift()!;
    const res = await fetch(new URL(path, baseUrl));
    if (!res.ok) {
      result.broken.push(`${foundOn.get(path)} → ${path} (${res.status})`);
      continue;
    }
    if (!(res.headers.get('content-type') ?? '').includes('text/html')) {
      result.files.push(path);
      continue;
    }
    result.pages.push(path);
    for (const [, href] of (await res.text()).matchAll(LINK)) {
      if (!href) continue;
      const url = new URL(href.replaceAll('&amp;', '&'), new URL(path, baseUrl));
      if (url.origin !== origin || foundOn.has(url.pathname)) continue;
      foundOn.set(url.pathname, path);
      queue.push(url.pathname);
    }
  }
  return result;
}
