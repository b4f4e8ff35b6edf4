import type { Deployment } from '../../schema/deployment.ts';
import type { Model } from '../../schema/model.ts';
import type { Province } from '../../schema/province.ts';
import {
  COMPLETENESS_BANDS,
  EFFECT_LEVELS,
  FIELDS,
  FILTER_LABELS,
  PROBLEMS,
  REVIEW_STATES,
  SETTING_TRAITS,
  STATUSES,
  UNIT_TYPES,
  UPDATE_FRESHNESS,
} from '../../schema/vocab.ts';
import { modelKindFacets, type Facets, type FilterKey } from '../search/filters.ts';
import { compareVietnamese } from '../format/format.ts';
import { completeness, completenessBand } from './completeness.ts';
import { reviewState, updateFreshness } from './freshness.ts';

export interface FilterOption {
  value: string;
  label: string;
  /** How many items it leads to with nothing else filtered, when the page shows counts from the start. */
  count?: number;
}
export interface FilterField {
  key: FilterKey;
  label: string;
  options: FilterOption[];
  /**
   * The options reach the select only when a reader does (FilterSelect.astro): the model field, whose
   * options grow with the catalogue (2,500 nationally, which Chromium measures at every layout).
   */
  deferred?: boolean;
}

const options = (labels: Record<string, string>): FilterOption[] => Object.entries(labels).map(([value, label]) => ({ value, label }));
const field = (key: FilterKey, options: FilterOption[]): FilterField => ({ key, label: FILTER_LABELS.label(key), options });

/**
 * What a model offers to each filter; province, status and review state come from its deployments.
 * `today` decides freshness (the build date by default).
 */
export function modelFacets(slug: string, m: Model, deployments: readonly Deployment[], today?: string): Facets {
  const review = reviewState(deployments, today);
  return {
    ...modelKindFacets(slug, m),
    tinh: [...new Set(deployments.map((d) => d.province))],
    'tinh-trang': [...new Set(deployments.flatMap((d) => (d.status ? [d.status] : [])))],
    'do-day-du': [completenessBand(completeness(m).percent)],
    'cap-nhat': [updateFreshness(m.updated, today)],
    'ra-soat': review ? [review] : [],
  };
}

/** A deployment inherits its model's facets, with its own province and status. */
export function deploymentFacets(d: Deployment, m: Model): Facets {
  return { ...modelFacets(d.model, m, [d]) };
}

/** The filter fields in display order; provinces only those that have something to show. */
export function filterFields(opts: {
  provinces: readonly Province[];
  models?: readonly { slug: string; name: string }[];
  /** Add the record-quality fields (completeness, update, review): the model list. */
  quality?: boolean;
}): FilterField[] {
  const fields: FilterField[] = [
    field('van-de', options(PROBLEMS.labels)),
    field('linh-vuc', options(FIELDS.labels)),
    field('loai-dia-ban', options(UNIT_TYPES.labels)),
    field('dac-diem', options(SETTING_TRAITS.labels)),
    field(
      'tinh',
      [...opts.provinces].sort((a, b) => compareVietnamese(a.name, b.name)).map((p) => ({ value: p.id, label: p.name })),
    ),
    field('bang-chung', options(EFFECT_LEVELS.labels)),
    field('tinh-trang', options(STATUSES.labels)),
  ];
  if (opts.quality) {
    fields.push(
      field('do-day-du', options(COMPLETENESS_BANDS.labels)),
      field('cap-nhat', options(UPDATE_FRESHNESS.labels)),
      field('ra-soat', options(REVIEW_STATES.labels)),
    );
  }
  if (opts.models) {
    fields.splice(1, 0, {
      ...field(
        'mo-hinh',
        [...opts.models].sort((a, b) => compareVietnamese(a.name, b.name)).map((m) => ({ value: m.slug, label: m.name })),
      ),
      deferred: true,
    });
  }
  return fields;
}
