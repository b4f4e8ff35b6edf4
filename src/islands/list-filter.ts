/**
 * Progressive filtering of a list. Without JavaScript the form is not shown (CSS) and the list's own
 * static pages reach every item; with it, choices live in the URL so a view can be shared, and each
 * change is announced with a `filterchange` event (a map or a deployment list follows it).
 *
 * The model list (a target with `data-list-src`) carries one page of cards: the whole list is loaded
 * from its data file only on first filter use or "Xem thêm", then filtered, counted and paged here.
 * Until then the options show the counts the page was built with (those of the unfiltered list).
 */
import {
  optionCounts,
  readFilters,
  relaxations,
  writeFilters,
  type Facets,
  type FilterKey,
  type FilterState,
} from '../lib/search/filters.ts';
import { countedLabel } from '../lib/content/model-list.ts';
import { formatNumber } from '../lib/format/format.ts';
import { formFilterState } from './shared/filter-form.ts';
import { attachPagedList, type PagedList } from './list-filter/paged-list.ts';

export function attachListFilter(form: HTMLFormElement): void {
  const target = document.getElementById(form.dataset.target ?? '');
  if (!target) return;
  const result = form.querySelector<HTMLElement>('[data-filter-result]');
  const noun = form.dataset.noun ?? 'mục';
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const empty = form.querySelector<HTMLElement>('[data-filter-empty]');
  const toggle = form.querySelector<HTMLButtonElement>('[data-filter-toggle]');
  const panel = form.querySelector<HTMLElement>('.filter-form__panel');
  const labelOf = (key: string) => selects.find((s) => s.name === key)?.labels?.[0]?.querySelector('span')?.textContent ?? key;
  const valueLabel = (key: string, value: string) =>
    selects.find((s) => s.name === key)?.querySelector<HTMLOptionElement>(`option[value="${CSS.escape(value)}"]`)?.dataset.label ?? value;
  const isFiltered = (state: FilterState) => Object.values(state).some(Boolean);

  // A list drawn by its own island (deployments at scale) follows the event and writes its own count.
  const list: PagedList | null = target.dataset.listSrc ? attachPagedList(target, noun) : null;

  /** The list, once loaded: counts, result line and the empty message follow the filter. */
  const update = (facets: readonly Facets[], state: FilterState) => {
    const shown = list!.show(state);
    if (result) result.textContent = `${formatNumber(shown)} / ${formatNumber(facets.length)} ${noun}`;
    // Each option says how many items it would leave, with the other choices kept.
    for (const select of selects) {
      const counts = optionCounts(facets, state, select.name as FilterKey);
      for (const option of select.options)
        if (option.value) option.textContent = countedLabel(option.dataset.label ?? option.value, counts.get(option.value) ?? 0);
    }
    if (empty) showEmpty(empty, facets, shown === 0 && isFiltered(state) ? state : null);
  };

  let latest = 0;
  const apply = (state: FilterState) => {
    const badge = toggle?.querySelector('[data-filter-active]');
    if (badge) badge.textContent = `(${formatNumber(Object.values(state).filter(Boolean).length)})`;
    form.dispatchEvent(new CustomEvent('filterchange', { detail: state, bubbles: true }));
    // The unfiltered first view is the page as built: nothing to load until a filter is chosen.
    if (!list || (!isFiltered(state) && !list.loaded())) return;
    const call = ++latest;
    if (result && !list.loaded()) result.textContent = `Đang tải danh sách ${noun}…`;
    list
      .load()
      .then((facets) => {
        if (call === latest) update(facets, state);
      })
      .catch((error: unknown) => {
        if (result) result.textContent = `Không tải được danh sách ${noun}; các trang bên dưới vẫn xem được.`;
        console.error(error);
      });
  };

  /** Why nothing shows, and the nearest choices that show something (each one click away). */
  const showEmpty = (box: HTMLElement, facets: readonly Facets[], state: FilterState | null) => {
    box.replaceChildren();
    box.hidden = !state;
    if (!state) return;
    const chosen = Object.entries(state).filter(([, v]) => v) as [FilterKey, string][];
    const why = chosen.map(([k, v]) => `${labelOf(k)}: ${valueLabel(k, v)}`).join('; ');
    box.append(para(chosen.length > 1 ? `Chưa có ${noun} nào khớp cùng lúc các điều kiện: ${why}.` : `Chưa có ${noun} nào có ${why}.`));
    const offers: [string, FilterState][] = [];
    for (const { key, count } of relaxations(facets, state)) {
      offers.push([
        `Bỏ điều kiện “${labelOf(key)}: ${valueLabel(key, state[key]!)}” (${formatNumber(count)} ${noun})`,
        { ...state, [key]: undefined },
      ]);
      const near = [...optionCounts(facets, state, key)]
        .filter(([v, n]) => v !== state[key] && n > 0)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 2);
      for (const [value, n] of near)
        offers.push([`Thay bằng “${valueLabel(key, value)}” (${formatNumber(n)} ${noun})`, { ...state, [key]: value }]);
    }
    if (offers.length === 0) return;
    box.append(para('Gần nhất:'));
    const offerList = document.createElement('ul');
    for (const [text, next] of offers.slice(0, 5)) {
      const button = Object.assign(document.createElement('button'), { type: 'button', textContent: text });
      button.addEventListener('click', () => {
        for (const s of selects) s.value = next[s.name as FilterKey] ?? '';
        form.dispatchEvent(new Event('change'));
      });
      const li = document.createElement('li');
      li.append(button);
      offerList.append(li);
    }
    box.append(offerList);
  };

  toggle?.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    panel?.classList.toggle('is-open', open);
  });

  const stateFromForm = () => formFilterState(form);

  // Restore from the URL, ignoring values that are not among the options.
  const initial = readFilters(location.search);
  for (const s of selects) {
    const wanted = initial[s.name as keyof FilterState];
    if (wanted) fillDeferredOptions(s);
    else
      for (const reached of ['pointerdown', 'focus', 'keydown']) s.addEventListener(reached, () => fillDeferredOptions(s), { once: true });
    if (wanted && [...s.options].some((o) => o.value === wanted)) {
      s.value = wanted;
      const group = s.closest('details');
      if (group) group.open = true;
    }
  }
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

/**
 * Moves a select's long list of options out of its template (FilterSelect.astro) into the select: on
 * the first pointer, focus or key reaching it, before its list opens, or at once when the URL asks for
 * one of them.
 */
function fillDeferredOptions(select: HTMLSelectElement): void {
  const template = select.parentElement?.querySelector<HTMLTemplateElement>('template[data-deferred-options]');
  if (!template) return;
  select.append(template.content);
  template.remove();
}

function para(text: string): HTMLParagraphElement {
  return Object.assign(document.createElement('p'), { textContent: text });
}
