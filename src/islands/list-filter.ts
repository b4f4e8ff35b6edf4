/**
 * Progressive filtering of a rendered list. Without JavaScript the form stays hidden and the full
 * list shows; with it, choices hide non-matching items and live in the URL so a view can be shared.
 */
import { facetsFromDataset, matchesFilters, readFilters, writeFilters, type FilterState } from '../lib/search/filters.ts';
import { formatNumber } from '../lib/format/format.ts';

/** The filter a form shows now (only values among its options): what its list and its map display. */
export function formFilterState(form: HTMLFormElement): FilterState {
  const state: FilterState = {};
  for (const s of form.querySelectorAll<HTMLSelectElement>('select')) if (s.value) state[s.name as keyof FilterState] = s.value;
  return state;
}

/** The filter form that drives the list with this id, if the page has one (a map follows it). */
export function filterFormFor(targetId: string): HTMLFormElement | null {
  return document.querySelector<HTMLFormElement>(`form[data-filter-form][data-target="${CSS.escape(targetId)}"]`);
}

export function attachListFilter(form: HTMLFormElement): void {
  const target = document.getElementById(form.dataset.target ?? '');
  if (!target) return;
  const items = [...target.querySelectorAll<HTMLElement>('[data-filter-item]')];
  const result = form.querySelector<HTMLElement>('[data-filter-result]');
  const noun = form.dataset.noun ?? 'mục';
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];

  const apply = (state: FilterState) => {
    let shown = 0;
    for (const item of items) {
      const visible = matchesFilters(facetsFromDataset(item.dataset), state);
      item.hidden = !visible;
      if (visible) shown += 1;
    }
    if (result) result.textContent = `${formatNumber(shown)} / ${formatNumber(items.length)} ${noun}`;
    form.dispatchEvent(new CustomEvent('filterchange', { detail: state, bubbles: true }));
  };

  const stateFromForm = () => formFilterState(form);

  // Restore from the URL, ignoring values that are not among the options.
  const initial = readFilters(location.search);
  for (const s of selects) {
    const wanted = initial[s.name as keyof FilterState];
    if (wanted && [...s.options].some((o) => o.value === wanted)) s.value = wanted;
  }
  form.hidden = false;
  apply(stateFromForm());

  form.addEventListener('change', () => {
    const state = stateFromForm();
    history.replaceState(null, '', `${location.pathname}${writeFilters(state)}${location.hash}`);
    apply(state);
  });
  form.addEventListener('reset', () => {
    // The reset event fires before the fields are cleared.
    setTimeout(() => {
      history.replaceState(null, '', `${location.pathname}${location.hash}`);
      apply({});
    });
  });
  form.addEventListener('submit', (e) => e.preventDefault());
}
