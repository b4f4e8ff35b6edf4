/**
 * The loader of a deployment list (a few hundred bytes up front): the whole list, filtered and paged,
 * is fetched and drawn only when the reader asks for it, or when the list follows a filter form and a
 * filter is chosen. Pages without a deployment list never run it.
 */
import { filterFormFor } from './shared/filter-form.ts';

export function attachDeploymentLists(): void {
  document.querySelectorAll<HTMLElement>('[data-deployment-list]').forEach((root) => {
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      root.dataset.state = 'loading';
      import('./deployment-list/full-list.ts')
        .then((m) => m.mountFullList(root))
        .catch((error: unknown) => {
          root.dataset.state = 'error';
          const status = root.querySelector('[data-list-status]');
          if (status) status.textContent = 'Không tải được danh sách đầy đủ. Toàn bộ dữ liệu có ở trang Dữ liệu mở.';
          console.error(error);
        });
    };
    root.querySelector('[data-list-all]')?.addEventListener('click', start);
    const target = root.dataset.filterTarget;
    const form = target ? filterFormFor(target) : null;
    if (!form) return;
    // A filtered view must list exactly what the map shows: load as soon as a filter is set.
    form.addEventListener('filterchange', (e) => {
      if (Object.keys((e as CustomEvent<object>).detail).length > 0) start();
    });
    if (new URLSearchParams(location.search).size > 0) start();
  });
}
