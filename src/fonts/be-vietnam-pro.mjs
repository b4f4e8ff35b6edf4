// @ts-check
/**
 * The site's typeface, Be Vietnam Pro (SIL OFL, made for Vietnamese), self-hosted from the npm package
 * @fontsource/be-vietnam-pro through Astro's fonts API: nothing is fetched from another host, Astro
 * copies the files into the build, hashes the @font-face CSS for the CSP, and writes a metric-adjusted
 * local fallback face (size-adjust, ascent-/descent-override) so text does not move when the font arrives.
 *
 * Two weights only (400 text, 700 headings and bold; CSS asking for 600 gets the 700 face, the nearest
 * heavier one), each in the `latin` and `vietnamese` subsets that Vietnamese text needs: about 67 KB of
 * woff2 on a first visit (the budget is 80 KB). Italic is synthesised rather than downloaded.
 */
import { fontProviders } from 'astro/config';

const FILES = '@fontsource/be-vietnam-pro/files';

/** The subsets' character ranges, as @fontsource/be-vietnam-pro declares them (400.css). */
const SUBSETS = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  vietnamese:
    'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB',
};

const WEIGHTS = /** @type {const} */ ([400, 700]);

/** One @font-face per weight and subset. */
const VARIANTS = WEIGHTS.flatMap((weight) =>
  Object.entries(SUBSETS).map(([subset, unicodeRange]) => ({
    weight,
    style: /** @type {const} */ ('normal'),
    unicodeRange: /** @type {[string, ...string[]]} */ (unicodeRange.split(',')),
    src: /** @type {[string]} */ ([`${FILES}/be-vietnam-pro-${subset}-${weight}-normal.woff2`]),
  })),
);
/** @typedef {(typeof VARIANTS)[number]} Variant */

/** The CSS custom property that names the family (and its fallbacks) for the site's styles. */
export const FONT_VARIABLE = '--font-site';

/** The family for astro.config.mjs `fonts` (kept untyped here so that defineConfig infers its provider). */
export const SITE_FONT = {
  provider: fontProviders.local(),
  name: 'Be Vietnam Pro',
  cssVariable: FONT_VARIABLE,
  // For system-ui Astro writes metric-adjusted fallback faces on the system fonts whose metrics it knows
  // (BlinkMacSystemFont, Segoe UI, Roboto, Helvetica Neue, Arial): macOS, Windows, Android and others.
  fallbacks: ['system-ui'],
  optimizedFallbacks: true,
  display: /** @type {const} */ ('swap'),
  // Astro wants at least one variant: a non-empty tuple.
  options: { variants: /** @type {[Variant, ...Variant[]]} */ (VARIANTS) },
};
