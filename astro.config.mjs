// @ts-check
import { defineConfig } from 'astro/config';
import { SITE_FONT } from './src/fonts/be-vietnam-pro.mjs';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { onBuildLog } from './src/integrations/build-warnings.ts';
import { lastmodFromRecords } from './src/integrations/sitemap-lastmod.ts';
import { isHandbookPrintPath } from './src/lib/site/addresses.ts';
import { CSP_ALGORITHM, CSP_DIRECTIVES, SCRIPT_RESOURCES, STYLE_RESOURCES } from './src/security.ts';

// The public address is only used for canonical URLs, the sitemap and feeds.
const site = process.env.SITE_URL ?? 'https://mohinhtieubieu.vn';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  // Astro 7's default 'jsx' mode glues inline words together ("Đền<b>Trần</b>" → "ĐềnTrần"),
  // which corrupts what search indexes.
  compressHTML: true,
  // The search index is built after Astro exits (npm run build: scripts/search-index.ts), in its own process.
  integrations: [
    mdx(),
    // A handbook volume's print view is a view of the volume, not a page of its own for search engines.
    sitemap({ serialize: lastmodFromRecords(), filter: (page) => !isHandbookPrintPath(new URL(page).pathname) }),
  ],
  // The site's own typeface (src/fonts/be-vietnam-pro.mjs): the same text on every machine, on screen and on paper.
  fonts: [SITE_FONT],
  // Content Security Policy with hashes on every page; the policy itself lives in src/security.ts.
  security: {
    csp: {
      algorithm: CSP_ALGORITHM,
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_RESOURCES] },
      styleDirective: { resources: [...STYLE_RESOURCES] },
    },
  },
  // Shiki colours code with inline style attributes, which the CSP forbids; the content has no code to colour.
  markdown: { syntaxHighlight: false },
  build: { format: 'directory' },
  // Drops Rolldown's warning about Astro's own "use astro:head-inject" directive, one per MDX entry
  // (src/integrations/build-warnings.ts says why it is harmless); every other warning is kept.
  vite: { build: { rolldownOptions: { onLog: onBuildLog } } },
  devToolbar: { enabled: false },
  server: { port: 4321, host: '127.0.0.1' },
});
