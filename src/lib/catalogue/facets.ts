import type { Deployment } from '../../schema/deployment.ts';
import type { Model } from '../../schema/model.ts';
import type { Province } from '../../schema/province.ts';
import { EFFECT_LEVELS, FIELDS, PROBLEMS, SETTING_TRAITS, STATUSES, UNIT_TYPES } from '../../schema/vocab.ts';
import { modelKindFacets, type Facets, type FilterKey } from '../search/filters.ts';
import { compareVietnamese } from '../format/format.ts';
import { COMPLETENESS_BANDS, completeness, completenessBand } from './completeness.ts';
import { REVIEW_STATES, UPDATE_FRESHNESS, reviewState, updateFreshness } from './freshness.ts';

export interface FilterOption {
  value: string;
  label: string;
}
export interface FilterField {
  key: FilterKey;
  label: string;
  options: FilterOption[];
}

const options = (labels: Record<string, string>): FilterOption[] => Object.entries(labels).map(([value, label]) => ({ value, label }));

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
    { key: 'van-de', label: 'Vấn đề cần giải quyết', options: options(PROBLEMS.labels) },
    { key: 'linh-vuc', label: 'Lĩnh vực', options: options(FIELDS.labels) },
    { key: 'loai-dia-ban', label: 'Loại địa bàn', options: options(UNIT_TYPES.labels) },
    { key: 'dac-diem', label: 'Đặc điểm địa bàn', options: options(SETTING_TRAITS.labels) },
    {
      key: 'tinh',
      label: 'Tỉnh, thành có điểm triển khai',
      options: [...opts.provinces].sort((a, b) => compareVietnamese(a.name, b.name)).map((p) => ({ value: p.id, label: p.name })),
    },
    { key: 'bang-chung', label: 'Điều đã biết về tác dụng', options: options(EFFECT_LEVELS.labels) },
    { key: 'tinh-trang', label: 'Tình trạng điểm triển khai', options: options(STATUSES.labels) },
  ];
  if (opts.quality) {
    fields.push(
      { key: 'do-day-du', label: 'Mức đầy đủ của hồ sơ', options: options(COMPLETENESS_BANDS) },
      { key: 'cap-nhat', label: 'Cập nhật', options: options(UPDATE_FRESHNESS) },
      { key: 'ra-soat', label: 'Rà soát điểm triển khai', options: options(REVIEW_STATES) },
    );
  }
  if (opts.models) {
    fields.splice(1, 0, {
      key: 'mo-hinh',
      label: 'Mô hình',
      options: [...opts.models].sort((a, b) => compareVietnamese(a.name, b.name)).map((m) => ({ value: m.slug, label: m.name })),
    });
  }
  return fields;
}
