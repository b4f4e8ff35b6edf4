/**
 * Reading a page's filter form, shared by the list filter and the map (which follows the list's
 * form). A helper, not an island: islands import helpers from here, never each other.
 */
import type { FilterState } from '../../lib/search/filters.ts';

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
