/**
 * The whole deployment list in the browser: the rows of the list's map file that match the page's
 * filter, newest first (the file's order), one page of rows at a time. A page's details come with
 * the file (model, province) or from the model or province files (national): only the page shown is
 * fetched. Rows come from src/lib/content/deployment-rows.ts, the same builder the page used for its
 * first rows, so both look the same.
 */
import { LIST_PAGE_ROWS, deploymentRow, pageOf, type DeploymentRow } from '../../lib/content/deployment-rows.ts';
import { readFilters, type FilterState } from '../../lib/search/filters.ts';
import { formatNumber } from '../../lib/format/format.ts';
import { rowMatcher, rowsIn } from '../../lib/geo/map-data.ts';
import { todayInVietnam } from '../../lib/format/dates.ts';
import { el, link } from '../shared/dom.ts';
import { filterFormFor } from '../shared/filter-form.ts';
import { detailsLoader, fetchMapFile } from '../shared/map-details.ts';
import { modelPath } from '../../lib/site/addresses.ts';

const muted = (text: string) => el('span', 'muted', text);

function rowElement(r: DeploymentRow, withModel: boolean): HTMLTableRowElement {
  const tr = el('tr');
  const place = el('td');
  place.append(el('strong', '', r.place), el('br'), el('span', '', r.current));
  if (r.formerNames) place.append(el('br'), muted(`Trước 1/7/2025: ${r.formerNames}`));
  tr.append(place);
  if (withModel) {
    const model = el('td');
    model.append(link(modelPath(r.model.slug), r.model.name));
    tr.append(model);
  }
  const scope = el('td');
  scope.append(r.scope, el('br'), muted(r.units));
  const status = el('td');
  status.append(r.status);
  if (r.started) status.append(el('br'), muted(r.started));
  status.append(el('br'), muted(r.review));
  if (r.needsReview) status.append(el('br'), el('span', 'badge badge--warn', 'Cần rà soát'));
  const source = el('td');
  source.append(r.source.url ? link(r.source.url, r.source.title) : el('cite', '', r.source.title));
  source.append(el('br'), muted(r.source.byline));
  tr.append(scope, status, source);
  return tr;
}

export async function mountFullList(root: HTMLElement): Promise<void> {
  const data = await fetchMapFile(root.dataset.src!);
  const details = detailsLoader(data);
  const body = root.querySelector<HTMLElement>('[data-list-body]')!;
  const status = root.querySelector<HTMLElement>('[data-list-status]')!;
  const pager = root.querySelector<HTMLElement>('[data-list-pager]')!;
  const withModel = root.dataset.withModel !== undefined;
  const target = root.dataset.filterTarget;
  const form = target ? filterFormFor(target) : null;
  const order = Array.from({ length: rowsIn(data) }, (_, i) => i);
  const today = todayInVietnam();
  root.querySelector('[data-list-all]')?.parentElement?.remove();

  let matching = order;
  let page = 1;
  let drawing = 0;
  const draw = async () => {
    const { items, page: current, pages } = pageOf(matching, page);
    page = current;
    const mine = ++drawing;
    root.setAttribute('aria-busy', 'true');
    const found = await details(items);
    // A newer page or filter was asked for meanwhile: it draws instead.
    if (mine !== drawing) return;
    root.removeAttribute('aria-busy');
    body.replaceChildren(
      ...items.map((i) => {
        const d = found.get(i)!;
        return rowElement(deploymentRow(d.data, d.row, today), withModel);
      }),
    );
    const first = matching.length === 0 ? 0 : (current - 1) * LIST_PAGE_ROWS + 1;
    status.textContent =
      matching.length === 0
        ? 'Không có điểm triển khai nào khớp bộ lọc.'
        : `${formatNumber(matching.length)} điểm triển khai; đang xem ${formatNumber(first)}–${formatNumber(first + items.length - 1)}.`;
    pager.hidden = pages < 2;
    const button = (label: string, to: number, disabled: boolean) => {
      const b = el('button', 'button', label);
      b.type = 'button';
      b.disabled = disabled;
      b.addEventListener('click', () => {
        page = to;
        void show().then(() => root.scrollIntoView({ block: 'start' }));
      });
      return b;
    };
    pager.replaceChildren(
      button('‹ Trang trước', current - 1, current <= 1),
      el('span', '', `Trang ${formatNumber(current)}/${formatNumber(pages)}`),
      button('Trang sau ›', current + 1, current >= pages),
    );
  };
  const show = () =>
    draw().catch((error: unknown) => {
      root.removeAttribute('aria-busy');
      status.textContent = 'Không tải được trang này của danh sách. Toàn bộ dữ liệu có ở trang Dữ liệu mở.';
      console.error(error);
    });
  const filter = (state: FilterState) => {
    const keep = rowMatcher(data, state);
    matching = order.filter(keep);
    page = 1;
    const result = form?.querySelector<HTMLElement>('[data-filter-result]');
    if (result) result.textContent = `${formatNumber(matching.length)} / ${formatNumber(rowsIn(data))} điểm triển khai`;
    return show();
  };
  form?.addEventListener('filterchange', (e) => void filter((e as CustomEvent<FilterState>).detail));
  await filter(form ? readFilters(location.search) : {});
  root.dataset.state = 'ready';
}
