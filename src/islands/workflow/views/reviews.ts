/**
 * Stage 4's parts that depend on the locality: its own indicators (name, unit, direction), and one
 * row per own indicator in each review's table, with inputs bound like the static ones.
 */
import type { OwnIndicator } from '../../../schema/workflow.ts';
import { INDICATOR_DIRECTIONS, type ReviewType } from '../../../schema/vocab.ts';
import { h } from '../dom.ts';

export function renderOwnIndicators(list: OwnIndicator[]): HTMLElement {
  if (list.length === 0) return h('p', { class: 'wf-small' }, 'Chưa có chỉ số riêng.');
  return h(
    'ol',
    { class: 'wf-own' },
    list.map((ind, i) =>
      h(
        'li',
        {},
        h(
          'div',
          { class: 'wf-grid' },
          h(
            'label',
            { class: 'wf-field' },
            h('span', {}, `Tên chỉ số ${i + 1}`),
            h('input', { type: 'text', 'data-bind': `indicators.${i}.name`, placeholder: 'Ví dụ: Số vụ mua bán người' }),
          ),
          h(
            'label',
            { class: 'wf-field' },
            h('span', {}, 'Đơn vị'),
            h('input', { type: 'text', 'data-bind': `indicators.${i}.unit`, placeholder: 'Ví dụ: vụ' }),
          ),
          h(
            'label',
            { class: 'wf-field' },
            h('span', {}, 'Chiều tốt'),
            h(
              'select',
              { 'data-bind': `indicators.${i}.direction` },
              h('option', { value: '' }, 'Chưa xác định'),
              INDICATOR_DIRECTIONS.keys.map((k) => h('option', { value: k }, INDICATOR_DIRECTIONS.label(k))),
            ),
          ),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'button button--ghost button--small',
            'data-remove-indicator': ind.id,
            'aria-label': `Bỏ chỉ số này: ${ind.name || i + 1}`,
          },
          'Bỏ chỉ số này',
        ),
      ),
    ),
  );
}

export function renderOwnRows(type: ReviewType, list: OwnIndicator[]): HTMLElement[] {
  return list.map((ind, i) => {
    const name = ind.name.trim() || `Chỉ số riêng ${i + 1}`;
    return h(
      'tr',
      {},
      h('th', { scope: 'row' }, ind.unit.trim() ? `${name} (${ind.unit.trim()})` : name),
      h(
        'td',
        {},
        h('input', {
          type: 'text',
          inputmode: 'decimal',
          'aria-label': `${name}: ban đầu`,
          'data-bind': `reviews.${type}.values.${ind.id}.baseline`,
        }),
      ),
      h(
        'td',
        {},
        h('input', {
          type: 'text',
          inputmode: 'decimal',
          'aria-label': `${name}: hiện tại`,
          'data-bind': `reviews.${type}.values.${ind.id}.value`,
        }),
      ),
      h('td', { 'data-out': `change-${type}-${ind.id}` }),
    );
  });
}
