/**
 * Lays the current handbook volume out on A4 pages with Paged.js, then offers to print it. The table
 * of contents' page numbers come from the print CSS (`target-counter(attr(href url), page)` in
 * src/components/HandbookVolume.astro), which Paged.js computes once every page is laid out.
 */
import { Polisher, Previewer } from 'pagedjs';

/** Adds a constructable stylesheet holding `text` to the document. */
function adopt(text: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return sheet;
}

/**
 * Paged.js writes the CSS it rewrites into new <style> elements, which the site's policy (style-src
 * 'self' and Astro's hashes) blocks. Constructable stylesheets are CSSOM, which the policy does not
 * govern: the same CSS goes there, and the policy stays as strict as on every other page.
 */
class AdoptedStylePolisher extends Polisher {
  override setup(): CSSStyleSheet {
    // Polisher.setup() inserts the base styles through insert() (adopted below), then appends an empty
    // <style> for the rules its handlers add; that element is kept out of the document and replaced.
    const head = document.head;
    head.appendChild = <T extends Node>(node: T): T => node;
    try {
      super.setup();
    } finally {
      delete (head as Partial<Pick<HTMLHeadElement, 'appendChild'>>).appendChild;
    }
    this.styleSheet = adopt('');
    return this.styleSheet;
  }

  override insert(text: string): CSSStyleSheet {
    const sheet = adopt(text);
    this.inserted.push(sheet);
    return sheet;
  }

  override destroy(): void {
    const mine = new Set<unknown>([...this.inserted, this.styleSheet]);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => !mine.has(s));
    this.inserted = [];
  }
}

/**
 * The A4 pages on screen: grey around white sheets, under the view's bar (Paged.js replaces the page's
 * stylesheets with its rewrite for the sheets, which also turns the site's print rules (no buttons, the
 * volume's own hidden bar) into screen rules: hence the bar's style again here, with !important). On a
 * screen narrower than A4 the sheets scroll sideways in their own box at full size (shrinking them
 * would shrink every link below a finger's width); the page itself never scrolls sideways.
 */
const PAGES_CSS = `
@media screen {
  body { background: #e8e6e3 !important; margin: 0; }
  .handbook-paged-bar { display: flex !important; position: sticky; top: 0; z-index: 10; flex-wrap: wrap; gap: .5rem 1rem;
    align-items: center; justify-content: center; min-height: 3.2rem; padding: .4rem 1rem; background: #fff;
    border-bottom: 1px solid #bbb; }
  .handbook-paged-bar button { display: inline-block !important; font: inherit; padding: .4rem 1rem; min-height: 2.75rem; }
  .pagedjs_pages { margin: 0 auto; max-width: 100%; overflow-x: auto; }
  .pagedjs_page { background: #fff; margin: 12px auto; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
}
@media print {
  /* Only the sheets print, from the top of the paper. */
  body > :not(.pagedjs_pages) { display: none !important; }
  body { margin: 0 !important; padding: 0 !important; width: auto !important; max-width: none !important; }
}`;

/** The view's bar in the HTML (HandbookVolume.astro) says how many pages and offers to print. */
function completeBar(pages: number): void {
  const status = document.querySelector('[data-handbook-paged-status]');
  if (status) status.textContent = `Bản in A4: ${pages} trang.`;
  const print = document.querySelector<HTMLButtonElement>('[data-handbook-paged-print]');
  if (print) {
    print.disabled = false;
    print.addEventListener('click', () => window.print());
  }
}

/** The faces the volume uses, loaded before layout: the screen view was hidden, so nothing has asked for them yet. */
async function loadFonts(): Promise<void> {
  // Settled, not all: the metric-adjusted fallback faces name local fonts a machine may lack, which rejects.
  const family = getComputedStyle(document.body).fontFamily;
  await Promise.allSettled(['400', '700'].map((weight) => document.fonts.load(`${weight} 16px ${family}`, 'Aạ')));
  await document.fonts.ready;
}

export async function paginate(): Promise<void> {
  const handbook = document.querySelector('.handbook');
  const bar = document.querySelector<HTMLElement>('.handbook-paged-bar');
  if (!handbook || !bar) throw new Error('no .handbook or .handbook-paged-bar on this page');
  // Only the volume is laid out: the view's bar would otherwise open the document on the default page
  // and push the volume's named page to a blank second sheet.
  const content = document.createDocumentFragment();
  content.append(handbook);
  await loadFonts();
  const previewer = new Previewer();
  previewer.polisher = new AdoptedStylePolisher(false);
  // Before the preview: each sheet is drawn where it stays.
  adopt(PAGES_CSS);
  const flow = await previewer.preview(content, undefined, document.body);
  completeBar(flow.total);
  document.documentElement.dataset.handbookPrint = 'ready';
}
