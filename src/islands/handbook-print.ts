/**
 * The handbook's print view (a volume's address with #ban-in). Chromium does not compute
 * target-counter() when it prints, so a table of contents cannot show the page on which each model
 * starts; Paged.js lays the volume out on A4 pages in the browser and computes them. Only this view
 * downloads Paged.js (a separate chunk): reading the volume on screen costs a few hundred bytes.
 */
import { HANDBOOK_PRINT_TARGET } from '../lib/site/addresses.ts';

export function attachHandbookPrint(): void {
  const start = () => {
    if (location.hash !== `#${HANDBOOK_PRINT_TARGET}` || document.documentElement.dataset.handbookPrint) return;
    document.documentElement.dataset.handbookPrint = 'loading';
    import('./handbook-print/paginate.ts')
      .then((m) => m.paginate())
      .catch((error: unknown) => {
        document.documentElement.dataset.handbookPrint = 'failed';
        throw error;
      });
  };
  start();
  // The volume links to its own print view: following that link changes only the fragment.
  window.addEventListener('hashchange', start);
}
