// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';

// The public address is only used for canonical URLs, the sitemap and feeds.
const site = process.env.SITE_URL ?? 'https://mohinhtieubieu.vn';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  // Astro 7's default 'jsx' mode glues inline words together ("Đền<b>Trần</b>" → "ĐềnTrần"),
  // which corrupts what search indexes.
  compressHTML: true,
  integrations: [mdx(), pagefind()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  server: { port: 4321, host: '127.0.0.1' },
});
