/**
 * The model list's items (card text and filter facets), built once per build for the list pages and for
 * the data file the list island loads; and the option counts of the unfiltered list, so the static
 * pages show the same counts the island computes once it has the whole list.
 */
import type { Deployment } from '../../schema/deployment.ts';
import type { Model } from '../../schema/model.ts';
import { modelCardText, type ModelListItem } from '../content/model-list.ts';
import { summarizeDeployments } from '../content/deployments.ts';
import { optionCounts, type Facets, type FilterKey } from '../search/filters.ts';
import { modelFacets, type FilterField } from './facets.ts';

/**
 * Every model's card and facets, in the order given. The model's own key ("mo-hinh") and empty facets
 * are left out: the list never filters by them, and the data file stays small at national scale.
 */
export function modelListItems(
  models: readonly { slug: string; model: Model }[],
  deploymentsOf: (slug: string) => readonly Deployment[],
  today?: string,
): ModelListItem[] {
  return models.map(({ slug, model }) => {
    const mine = deploymentsOf(slug);
    const facets: Facets = {};
    for (const [key, values] of Object.entries(modelFacets(slug, model, mine, today)) as [FilterKey, readonly string[]][])
      if (key !== 'mo-hinh' && values.length > 0) facets[key] = values;
    return { card: modelCardText(slug, model, mine.length, summarizeDeployments(mine).provinces), facets };
  });
}

/** The fields with each option's count over all `items` (nothing filtered). */
export function withOptionCounts(fields: readonly FilterField[], items: readonly Facets[]): FilterField[] {
  return fields.map((f) => {
    const counts = optionCounts(items, {}, f.key);
    return { ...f, options: f.options.map((o) => ({ ...o, count: counts.get(o.value) ?? 0 })) };
  });
}
