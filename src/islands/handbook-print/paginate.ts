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

/** The print view's own bar (screen only): a print button and the way back to the volume. */
const BAR_CSS = `
@media screen {
  body { background: #e8e6e3; margin: 0; }
  .pagedjs_pages { margin: 0 auto; width: max-content; }
  .pagedjs_page { background: #fff; margin: 12px auto; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
  .handbook-paged-bar { position: sticky; top: 0; z-index: 10; display: flex !important; gap: 1rem; align-items: center;
    justify-content: center; flex-wrap: wrap; padding: .6rem 1rem; background: #fff; border-bottom: 1px solid #bbb; font-size: 16px; }
  .handbook-paged-bar button { display: inline-block !important; font: inherit; padding: .4rem 1rem; cursor: pointer; }
}
@media print {
  .handbook-paged-bar { display: none !important; }
  .pagedjs_pages { zoom: 1 !important; }
}`;

function addBar(pages: number): void {
  const bar = document.createElement('div');
  bar.className = 'handbook-paged-bar';
  const note = document.createElement('span');
  note.textContent = `Bản in A4: ${pages} trang.`;
  const print = document.createElement('button');
  print.type = 'button';
  print.textContent = 'In hoặc lưu PDF';
  print.addEventListener('click', () => window.print());
  const back = document.createElement('a');
  back.href = location.pathname;
  back.textContent = 'Về bản đọc trên màn hình';
  bar.append(note, print, back);
  document.body.prepend(bar);
}

/** A4 pages are wider than a phone: shrink the preview to the screen (printing is unaffected). */
function fitToScreen(): void {
  const area = document.querySelector<HTMLElement>('.pagedjs_pages');
  const page = document.querySelector<HTMLElement>('.pagedjs_page');
  if (!area || !page) return;
  area.style.zoom = String(Math.min(1, (document.documentElement.clientWidth - 16) / page.offsetWidth));
}

export async function paginate(): Promise<void> {
  // What prints only from the screen view (the hint to use this view) has no place here.
  for (const el of document.querySelectorAll('[data-screen-print-only]')) el.remove();
  const handbook = document.querySelector('.handbook');
  if (!handbook) throw new Error('no .handbook on this page');
  // Only the volume is laid out: the site's header and footer (hidden in print anyway) would otherwise
  // open the document on the default page and push the volume's named page to a blank second sheet.
  const content = document.createDocumentFragment();
  content.append(handbook);
  await document.fonts.ready;
  const previewer = new Previewer();
  previewer.polisher = new AdoptedStylePolisher(false);
  const flow = await previewer.preview(content, undefined, document.body);
  adopt(BAR_CSS);
  addBar(flow.total);
  fitToScreen();
  window.addEventListener('resize', fitToScreen);
  document.documentElement.dataset.handbookPrint = 'ready';
}
