/**
 * The site's Content Security Policy, in one place (astro.config.mjs reads it; README § Hosting explains it).
 *
 * Astro (`security.csp`) writes the policy into every page as <meta http-equiv="content-security-policy">
 * and adds the SHA-256 hash of every script and style it emits, so nothing inline runs unless Astro
 * hashed it: no `style="…"` attributes, no inline event handlers, no `is:inline` scripts.
 * Everything else is this origin only: by default the site makes no request to another host.
 */

export const CSP_ALGORITHM = 'SHA-256';

/** Directives besides script-src and style-src (Astro builds those two from hashes and the resources below). */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** script-src on every page: this origin (bundled islands) plus Astro's hashes. */
export const SCRIPT_RESOURCES = ["'self'"] as const;

/** style-src on every page: this origin (bundled CSS) plus Astro's hashes. */
export const STYLE_RESOURCES = ["'self'"] as const;

/**
 * The handbook's print view (/so-tay/<field>/ban-in/, src/islands/handbook-print/) runs
 * Paged.js, which writes the CSS it rewrites into new <style> elements; under this policy they would be
 * blocked. It puts that CSS into constructable stylesheets (document.adoptedStyleSheets) instead: that
 * is CSSOM, which style-src does not govern, so the handbook needs no directive of its own.
 */

/**
 * Pagefind compiles its WebAssembly index reader, which needs 'wasm-unsafe-eval'. Only the search page
 * gets it, from its frontmatter (Astro adds it to that page's script-src):
 *   for (const r of SEARCH_SCRIPT_RESOURCES) Astro.csp?.insertScriptResource(r);
 */
export const SEARCH_SCRIPT_RESOURCES = ["'wasm-unsafe-eval'"] as const;

/**
 * Online map tiles are off by default (the base map is drawn from local data); when a reader switches
 * them on, the map loads images from this host. Pages with a map add it from DeploymentMap.astro:
 *   for (const d of MAP_DIRECTIVES) Astro.csp?.insertDirective(d);
 * (Astro merges it into the img-src above.)
 */
export const MAP_TILE_HOSTS = ['https://tile.openstreetmap.org'] as const;
export const MAP_DIRECTIVES = [`img-src ${MAP_TILE_HOSTS.join(' ')}`] as const;

/**
 * What the web server should add as HTTP headers. A <meta> policy cannot forbid framing, so
 * frame-ancestors goes here; the header policy names only directives the meta policy leaves out,
 * because a browser enforces both and a second script-src would block the hashed scripts.
 */
export const HOSTING_HEADERS = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
} as const;
