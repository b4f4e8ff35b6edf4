/**
 * Progressive filtering of a rendered list. Without JavaScript the form is not shown (CSS) and the
 * full list shows; with it, choices hide non-matching items and live in the URL so a view can be shared.
 */
import {
  facetsFromDataset,
  matchesFilters,
  optionCounts,
  readFilters,
  relaxations,
  writeFilters,
  type FilterKey,
  type FilterState,
} from '../lib/search/filters.ts';
import { formatNumber } from '../lib/format/format.ts';
import { formFilterState } from './shared/filter-form.ts';

export function attachListFilter(form: HTMLFormElement): void {
  const target = document.getElementById(form.dataset.target ?? '');
  if (!target) return;
  const items = [...target.querySelectorAll<HTMLElement>('[data-filter-item]')];
  const result = form.querySelector<HTMLElement>('[data-filter-result]');
  const noun = form.dataset.noun ?? 'mục';
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];

  const facets = items.map((item) => facetsFromDataset(item.dataset));
  const empty = form.querySelector<HTMLElement>('[data-filter-empty]');
  const toggle = form.querySelector<HTMLButtonElement>('[data-filter-toggle]');
  const panel = form.querySelector<HTMLElement>('.filter-form__panel');
  const labelOf = (key: string) => selects.find((s) => s.name === key)?.labels?.[0]?.querySelector('span')?.textContent ?? key;
  const valueLabel = (key: string, value: string) =>
    selects.find((s) => s.name === key)?.querySelector<HTMLOptionElement>(`option[value="${CSS.escape(value)}"]`)?.dataset.label ?? value;

  const apply = (state: FilterState) => {
    let shown = 0;
    items.forEach((item, i) => {
      const visible = matchesFilters(facets[i], state);
      item.hidden = !visible;
      if (visible) shown += 1;
    });
    // A list drawn by its own island (deployments at scale) writes its own count.
    if (result && items.length > 0) result.textContent = `${formatNumber(shown)} / ${formatNumber(items.length)} ${noun}`;
    // Each option says how many items it would leave, with the other choices kept.
    for (const select of selects) {
      const counts = optionCounts(facets, state, select.name as FilterKey);
      for (const option of select.options) {
        if (option.value) option.textContent = `${option.dataset.label} (${formatNumber(counts.get(option.value) ?? 0)})`;
      }
    }
    const active = Object.values(state).filter(Boolean).length;
    const badge = toggle?.querySelector('[data-filter-active]');
    if (badge) badge.textContent = `(${formatNumber(active)})`;
    if (empty) showEmpty(empty, shown === 0 && active > 0 ? state : null);
    form.dispatchEvent(new CustomEvent('filterchange', { detail: state, bubbles: true }));
  };

  /** Why nothing shows, and the nearest choices that show something (each one click away). */
  const showEmpty = (box: HTMLElement, state: FilterState | null) => {
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
    const list = document.createElement('ul');
    for (const [text, next] of offers.slice(0, 5)) {
      const button = Object.assign(document.createElement('button'), { type: 'button', textContent: text });
      button.addEventListener('click', () => {
        for (const s of selects) s.value = next[s.name as FilterKey] ?? '';
        form.dispatchEvent(new Event('change'));
      });
      const li = document.createElement('li');
      li.append(button);
      list.append(li);
    }
    box.append(list);
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

function para(text: string): HTMLParagraphElement {
  return Object.assign(document.createElement('p'), { textContent: text });
}
