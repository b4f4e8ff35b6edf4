/**
 * The only map code a page loads up front (well under 1 KB): it waits until a map scrolls near the
 * viewport, then fetches Leaflet, the clustering and the map's data. Pages without a map never run it.
 */
import { prefetch } from './load.ts';

export function whenVisible(el: Element, load: () => void): void {
  if (!('IntersectionObserver' in window)) {
    load();
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        load();
      }
    },
    { rootMargin: '200px 0px' },
  );
  observer.observe(el);
}

export function attachMapLoaders(): void {
  document.querySelectorAll<HTMLElement>('[data-deployment-map]').forEach((el) =>
    whenVisible(el, () => {
      el.dataset.state = 'loading';
      // The map's files download alongside its code.
      for (const url of [el.dataset.src, el.dataset.basemap, el.dataset.areasProvinces, el.dataset.areasCommunes]) prefetch(url);
      import('./deployment-map.ts')
        .then((m) => m.mountDeploymentMap(el))
        .catch((error: unknown) => {
          el.dataset.state = 'error';
          const status = el.parentElement?.querySelector('[data-map-status]');
          if (status) status.textContent = 'Không tải được bản đồ. Danh sách bên dưới có cùng các điểm triển khai.';
          console.error(error);
        });
    }),
  );
}
