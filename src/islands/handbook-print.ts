/**
 * The handbook's print view (/so-tay/<field>/ban-in/). Chromium does not compute target-counter() when
 * it prints, so a table of contents cannot show the page on which each model starts; Paged.js lays the
 * volume out on A4 pages in the browser and computes them. Only this view downloads Paged.js (a separate
 * chunk): reading the volume on screen costs a few hundred bytes.
 */
import { HANDBOOK_PRINT_LEGACY_FRAGMENT } from '../lib/site/addresses.ts';

export function attachHandbookPrint(): void {
  if (document.querySelector('[data-handbook-print-view]')) {
    document.documentElement.dataset.handbookPrint = 'loading';
    import('./handbook-print/paginate.ts')
      .then((m) => m.paginate())
      .catch((error: unknown) => {
        document.documentElement.dataset.handbookPrint = 'failed';
        throw error;
      });
    return;
  }
  // A bookmark from when the print view was this volume's address with #ban-in: on to its own address.
  const link = document.querySelector<HTMLAnchorElement>('[data-handbook-print-link]');
  if (location.hash === HANDBOOK_PRINT_LEGACY_FRAGMENT && link) location.replace(link.href);
}
