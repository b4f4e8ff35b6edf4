/** The saved-workflows box (collapsed to one line) and the recovery box for unreadable data. */
import type { BrokenEntry, SavedWorkflow } from '../../../lib/workflow/workflow-store.ts';
import type { WorkflowState } from '../../../schema/workflow.ts';
import { formatDateTime } from '../../../lib/format/format.ts';
import { h } from '../dom.ts';

const nameOf = (s: WorkflowState) => s.profile.name || '(chưa đặt tên)';

/** "Hồ sơ đang làm: Xã Y Tý · lưu lúc 10:42": the only line shown until the box is opened. */
export function savedSummary(state: WorkflowState, savedAt: string | undefined): string {
  const when = savedAt ? formatDateTime(savedAt) : '';
  return `Hồ sơ đang làm: ${nameOf(state)}${when ? ` · lưu lúc ${when}` : ' · chưa lưu'}`;
}

export function renderSavedList(saved: SavedWorkflow[], openKey: string | undefined): HTMLElement {
  if (saved.length === 0) return h('p', { class: 'wf-small' }, 'Chưa có hồ sơ nào được lưu cho mô hình này.');
  return h(
    'ul',
    { class: 'wf-saved__list' },
    saved.map((s) =>
      h(
        'li',
        {},
        h('strong', {}, nameOf(s.state)),
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
                  'aria-label': `Xóa hồ sơ ${nameOf(s.state)}`,
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
