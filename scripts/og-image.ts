/**
 * npm run og-image: draws public/og-image.png (1200×630), the picture social sites show when a page is
 * shared. Run once after changing the site's name or tagline; the PNG is committed.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, assertChromium } from '../tools/chromium.ts';
import { SITE } from '../src/site.ts';

const escapeHtml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
const html = `<!doctype html><html lang="vi"><meta charset="utf-8"><style>
  body { margin: 0; width: 1200px; height: 630px; display: flex; flex-direction: column; justify-content: center;
    padding: 0 90px; box-sizing: border-box; background: #a3161c; color: #fff;
    font-family: 'Noto Sans', 'DejaVu Sans', system-ui, sans-serif; }
  .mark { color: #ffd54a; font-size: 96px; line-height: 1; }
  h1 { font-size: 84px; margin: 24px 0 16px; letter-spacing: -1px; }
  p { font-size: 38px; line-height: 1.35; margin: 0; max-width: 980px; color: #fbeaea; }
  .band { position: absolute; left: 0; right: 0; bottom: 0; height: 18px; background: #ffd54a; }
</style><body><div class="mark">★</div><h1>${escapeHtml(SITE.name)}</h1><p>${escapeHtml(SITE.tagline)}</p><div class="band"></div></body></html>`;

assertChromium();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: 'public/og-image.png' });
await browser.close();
console.log('public/og-image.png written (1200×630)');
