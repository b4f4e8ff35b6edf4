/** Views of computed results (fit, similar places), built with text nodes only. */
import { pendingText, type FitPending, type FitResult, type ReasonKind } from '../../../lib/workflow/fit.ts';
import type { SimilarDeployment, SimilarFields } from '../../../lib/workflow/similar.ts';
import type { Province } from '../../../schema/province.ts';
import { FIT_REASONS, SCOPES } from '../../../schema/vocab.ts';
import { formatNumber } from '../../../lib/format/format.ts';
import { countLabel } from '../../../lib/content/deployments.ts';
import { h } from '../dom.ts';

/** The mark before each kind of reason (its title: FIT_REASONS in vocab.ts). */
const MARK: Record<ReasonKind, string> = { match: '✓', unmet: '✗', missing: '?', note: 'i' };

export function scoreBadge(fit: FitResult): HTMLElement {
  return h('span', { class: `wf-score wf-score--${fit.band}` }, h('strong', {}, String(fit.score)), h('span', {}, '/100'));
}

/** What is still needed before any score is shown. */
export function renderPending(pending: FitPending): HTMLElement {
  return h('p', { class: 'wf-pending' }, pendingText(pending.needs));
}

/** "Phù hợp cao · 72/100 · 85% dựa trên dữ liệu". */
export function verdictLine(fit: FitResult): HTMLElement {
  return h(
    'p',
    { class: 'wf-fit__total' },
    scoreBadge(fit),
    ' ',
    h('strong', {}, fit.bandLabel),
    h('span', { class: 'muted' }, ` · ${fit.coverage}% đánh giá dựa trên dữ liệu`),
  );
}

export function renderFit(fit: FitResult | FitPending, options: { heading?: boolean; prerequisites?: boolean } = {}): HTMLElement {
  if (fit.status === 'incomplete')
    return h('div', { class: 'wf-fit' }, options.heading !== false && h('h3', {}, 'Mức phù hợp'), renderPending(fit));
  const groups = FIT_REASONS.keys
    .map((kind) => ({ kind, reasons: fit.reasons.filter((r) => r.kind === kind) }))
    .filter((g) => g.reasons.length > 0);
  return h(
    'div',
    { class: 'wf-fit' },
    options.heading !== false && h('h3', {}, 'Mức phù hợp'),
    verdictLine(fit),
    h(
      'ul',
      { class: 'wf-dims', 'aria-label': 'Điểm theo từng khía cạnh' },
      Object.values(fit.dimensions).map((d) =>
        d.score === null
          ? h('li', {}, h('span', {}, `${d.label} (${d.weight}%)`), h('span', { class: 'wf-unknown' }, 'chưa đủ thông tin, không tính'))
          : h(
              'li',
              {},
              h('span', {}, `${d.label} (${d.weight}%)`),
              h('span', { class: 'wf-bar', role: 'img', 'aria-label': `${d.score} trên 100` }, h('span', { style: `width:${d.score}%` })),
              h('span', {}, String(d.score)),
            ),
      ),
    ),
    groups.map((g) =>
      h(
        'div',
        { class: `wf-reasons wf-reasons--${g.kind}` },
        h('h4', {}, FIT_REASONS.label(g.kind)),
        h(
          'ul',
          {},
          g.reasons.map((r) => h('li', {}, h('span', { class: 'wf-mark', 'aria-hidden': 'true' }, MARK[g.kind]), ' ', r.text)),
        ),
      ),
    ),
    options.prerequisites === false && fit.unmetPrerequisites.length > 0
      ? h(
          'div',
          { class: 'wf-reasons wf-reasons--missing' },
          h('h4', {}, 'Điều kiện cần tự kiểm tra'),
          h(
            'ul',
            {},
            fit.unmetPrerequisites.map((p) => h('li', {}, p)),
          ),
        )
      : null,
  );
}

/** What the similar places list says before it can be shown: nothing described yet, records on their way, or not received. */
export function renderSimilarWaiting(why: 'unset' | 'loading' | 'failed'): HTMLElement {
  if (why === 'unset')
    return h('p', { class: 'muted' }, 'Chọn tỉnh, thành hoặc loại địa bàn ở trên để xem những nơi đã triển khai nên đến học hỏi.');
  if (why === 'loading') return h('p', { class: 'muted' }, 'Đang tải danh sách nơi đã triển khai…');
  return h(
    'p',
    {},
    'Không tải được danh sách nơi đã triển khai (mất kết nối?). Các bước khác vẫn dùng được. ',
    h('button', { type: 'button', class: 'button button--ghost button--small', 'data-action': 'retry-similar' }, 'Thử lại'),
  );
}

export function renderSimilar(list: SimilarDeployment<SimilarFields>[], provinces: Map<string, Province>): HTMLElement {
  if (list.length === 0) return h('p', { class: 'muted' }, 'Chưa có điểm triển khai nào của mô hình này được ghi nhận.');
  return h(
    'ol',
    { class: 'wf-similar' },
    list.map((s) => {
      const d = s.deployment;
      const where = [d.commune?.name, provinces.get(d.province)?.fullName].filter(Boolean).join(', ');
      const facts = [
        SCOPES.label(d.scope) + (d.count ? `: ${countLabel(d.count)}` : ''),
        s.sameKind ? 'cùng loại địa bàn' : '',
        s.sameProvince ? 'cùng tỉnh, thành' : '',
        s.distanceKm !== undefined ? `cách khoảng ${formatNumber(Math.round(s.distanceKm))} km` : '',
        d.leadUnit ? `chủ trì: ${d.leadUnit}` : '',
      ].filter(Boolean);
      return h(
        'li',
        {},
        h('strong', {}, d.place),
        where ? ` — ${where}` : '',
        h('br'),
        h('span', { class: 'muted wf-small' }, facts.join(' · ')),
      );
    }),
  );
}
