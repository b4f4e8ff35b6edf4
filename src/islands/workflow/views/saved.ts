/** The saved-workflows box (collapsed to one line) and the recovery box for unreadable data. */
import { workflowName, type BrokenEntry, type SavedWorkflow } from '../../../lib/workflow/workflow-store.ts';
import { formatDateTime } from '../../../lib/format/format.ts';
import { h } from '../dom.ts';

export function renderSavedList(saved: SavedWorkflow[], openKey: string | undefined): HTMLElement {
  if (saved.length === 0) return h('p', { class: 'wf-small' }, 'Chưa có hồ sơ nào được lưu cho mô hình này.');
  return h(
    'ul',
    { class: 'wf-saved__list' },
    saved.map((s) =>
      h(
        'li',
        {},
        h('strong', {}, workflowName(s.state)),
        h('span', { class: 'muted wf-small' }, ` · lưu lúc ${formatDateTime(s.state.updated)}`),
        s.key === openKey
          ? h('span', { class: 'badge' }, 'đang mở')
          : [
              ' ',
              h('button', { type: 'button', class: 'button button--ghost button--small', 'data-open': s.key }, 'Mở'),
              ' ',
              h(
                'button',
                {
                  type: 'button',
                  class: 'button button--ghost button--small',
                  'data-delete': s.key,
                  'aria-label': `Xóa hồ sơ ${workflowName(s.state)}`,
                },
                'Xóa',
              ),
            ],
      ),
    ),
  );
}

export function renderRecovery(broken: BrokenEntry[]): HTMLElement[] {
  return [
    h('h2', {}, 'Có dữ liệu đã lưu không đọc được'),
    h(
      'p',
      {},
      'Trình duyệt này còn giữ dữ liệu của công cụ nhân rộng mà trang không đọc được (có thể do tệp bị hỏng hoặc được tạo bởi phiên bản khác). Dữ liệu chưa bị xóa: hãy tải về để giữ lại, rồi bắt đầu lại với hồ sơ sạch.',
    ),
    h(
      'ul',
      {},
      broken.map((b) =>
        h(
          'li',
          {},
          h('span', {}, `Lý do: ${b.reason}. `),
          h('button', { type: 'button', class: 'button button--ghost', 'data-broken-download': b.key }, 'Tải dữ liệu này về máy'),
          ' ',
          h('button', { type: 'button', class: 'button button--ghost', 'data-broken-discard': b.key }, 'Xóa và bắt đầu lại'),
        ),
      ),
    ),
  ];
}
