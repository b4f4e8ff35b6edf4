/** Views of computed results (fit, similar places, the plan document), built with text nodes only. */
import type { FitResult, ReasonKind } from '../../lib/workflow/fit.ts';
import type { Plan } from '../../lib/workflow/plan.ts';
import type { SimilarDeployment } from '../../lib/workflow/similar.ts';
import type { Deployment } from '../../schema/deployment.ts';
import type { Province } from '../../schema/province.ts';
import { SCOPES } from '../../schema/vocab.ts';
import { formatDate, formatNumber } from '../../lib/format/format.ts';
import { countLabel } from '../../lib/content/deployments.ts';
import { h } from './dom.ts';

const KIND: Record<ReasonKind, { title: string; mark: string }> = {
  match: { title: 'Phù hợp', mark: '✓' },
  unmet: { title: 'Còn thiếu, cần bổ sung', mark: '✗' },
  missing: { title: 'Chưa có thông tin', mark: '?' },
  note: { title: 'Lưu ý', mark: 'i' },
};

export function scoreBadge(fit: FitResult): HTMLElement {
  return h('span', { class: `wf-score wf-score--${fit.band}` }, h('strong', {}, String(fit.score)), h('span', {}, '/100'));
}

export function renderFit(fit: FitResult, options: { heading?: boolean; prerequisites?: boolean } = {}): HTMLElement {
  const groups = (['match', 'unmet', 'missing', 'note'] as ReasonKind[])
    .map((kind) => ({ kind, reasons: fit.reasons.filter((r) => r.kind === kind) }))
    .filter((g) => g.reasons.length > 0);
  return h(
    'div',
    { class: 'wf-fit' },
    options.heading !== false && h('h3', {}, 'Điểm phù hợp'),
    h('p', { class: 'wf-fit__total' }, scoreBadge(fit), ' ', h('strong', {}, fit.bandLabel)),
    h(
      'ul',
      { class: 'wf-dims', 'aria-label': 'Điểm theo từng khía cạnh' },
      Object.values(fit.dimensions).map((d) =>
        h('li', {}, h('span', {}, `${d.label} (${d.weight}%)`), h('span', { class: 'wf-bar', role: 'img', 'aria-label': `${d.score} trên 100` }, h('span', { style: `width:${d.score}%` })), h('span', {}, String(d.score))),
      ),
    ),
    groups.map((g) =>
      h('div', { class: `wf-reasons wf-reasons--${g.kind}` }, h('h4', {}, KIND[g.kind].title), h('ul', {}, g.reasons.map((r) => h('li', {}, h('span', { class: 'wf-mark', 'aria-hidden': 'true' }, KIND[g.kind].mark), ' ', r.text)))),
    ),
    options.prerequisites === false && fit.unmetPrerequisites.length > 0
      ? h('div', { class: 'wf-reasons wf-reasons--missing' }, h('h4', {}, 'Điều kiện cần tự kiểm tra'), h('ul', {}, fit.unmetPrerequisites.map((p) => h('li', {}, p))))
      : null,
  );
}

export function renderSimilar(list: SimilarDeployment<Deployment>[], provinces: Map<string, Province>): HTMLElement {
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
      return h('li', {}, h('strong', {}, d.place), where ? ` — ${where}` : '', h('br'), h('span', { class: 'muted wf-small' }, facts.join(' · ')));
    }),
  );
}

/** The plan as an on-screen and printable administrative document (same content as the .docx). */
export function renderPlan(plan: Plan): HTMLElement {
  const list = (items: string[]) => items.map((t) => h('p', { class: 'wf-doc__p' }, `- ${t}`));
  return h(
    'div',
    { class: 'wf-doc__page' },
    h(
      'div',
      { class: 'wf-doc__head' },
      h('div', {}, plan.header.parentBody && h('p', {}, plan.header.parentBody), h('p', {}, h('strong', {}, plan.header.issuer)), h('hr'), h('p', {}, plan.header.number)),
      h('div', {}, h('p', {}, h('strong', {}, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')), h('p', {}, h('strong', {}, 'Độc lập - Tự do - Hạnh phúc')), h('hr'), h('p', {}, h('em', {}, plan.header.placeDate))),
    ),
    h('p', { class: 'wf-doc__title' }, 'KẾ HOẠCH'),
    h('p', { class: 'wf-doc__subject' }, plan.subject),
    h('hr', { class: 'wf-doc__rule' }),
    h('p', { class: 'wf-doc__h' }, 'I. MỤC ĐÍCH, YÊU CẦU'),
    h('p', { class: 'wf-doc__h' }, '1. Mục đích'),
    list(plan.purposes),
    h('p', { class: 'wf-doc__h' }, '2. Yêu cầu'),
    list(plan.requirements),
    h('p', { class: 'wf-doc__h' }, 'II. NỘI DUNG'),
    h('p', { class: 'wf-doc__h' }, '1. Các bước thực hiện và thời gian'),
    plan.steps.length
      ? [
          h('p', { class: 'wf-doc__p' }, `Thời gian thực hiện từ ngày ${formatDate(plan.startDate)} đến ngày ${formatDate(plan.endDate)}.`),
          plan.defaultedSteps > 0 &&
            h('p', { class: 'wf-doc__p' }, `Ghi chú: nguồn không nêu thời lượng của ${plan.defaultedSteps} bước; thời lượng ghi “mặc định” là dự kiến, cần điều chỉnh cho phù hợp.`),
          h(
            'div',
            { class: 'wf-scroll' },
            h(
              'table',
              { class: 'wf-doc__table' },
              h('caption', { class: 'visually-hidden' }, 'Các bước thực hiện và thời gian'),
              h('thead', {}, h('tr', {}, ['TT', 'Nội dung', 'Chủ trì', 'Thời gian', 'Kết quả cần đạt'].map((c) => h('th', { scope: 'col' }, c)))),
              h(
                'tbody',
                {},
                plan.steps.map((s) =>
                  h(
                    'tr',
                    {},
                    h('td', {}, String(s.n)),
                    h('td', {}, s.title),
                    h('td', {}, s.ownerLabel),
                    h('td', {}, `${formatDate(s.start)} – ${formatDate(s.end)} (${s.weeks} tuần${s.weeksFrom === 'mac-dinh' ? ', mặc định' : ''})`),
                    h('td', {}, s.outputs.join('; ') || '—'),
                  ),
                ),
              ),
            ),
          ),
        ]
      : h('p', { class: 'wf-doc__p' }, 'Các nguồn hiện có chưa mô tả các bước; đơn vị chủ trì xây dựng các bước cụ thể.'),
    h('p', { class: 'wf-doc__h' }, '2. Chỉ số theo dõi'),
    plan.indicators.length ? list(plan.indicators.map((i) => `${i.name} (${i.unit}; ${i.direction.toLowerCase()}).`)) : h('p', { class: 'wf-doc__p' }, 'Đơn vị chủ trì xác định chỉ số theo dõi.'),
    h('p', { class: 'wf-doc__h' }, '3. Sơ kết, tổng kết'),
    list(plan.reviews.map((r) => `${r.label}: dự kiến ngày ${formatDate(r.date)}.`)),
    h('p', { class: 'wf-doc__h' }, 'III. TỔ CHỨC THỰC HIỆN'),
    plan.responsibilities.map((r, i) => [h('p', { class: 'wf-doc__h' }, `${i + 1}. ${r.body}`), list(r.tasks)]),
    h('p', { class: 'wf-doc__p' }, `Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về ${plan.leadUnit} để tổng hợp, đề xuất giải quyết./.`),
    h(
      'div',
      { class: 'wf-doc__sign' },
      h('div', { class: 'wf-doc__recipients' }, h('p', {}, h('strong', {}, h('em', {}, 'Nơi nhận:'))), plan.recipients.map((r) => h('p', {}, `- ${r}`))),
      h(
        'div',
        { class: 'wf-doc__signer' },
        plan.signature.onBehalf && h('p', {}, h('strong', {}, plan.signature.onBehalf)),
        h('p', {}, h('strong', {}, plan.signature.title)),
        h('p', {}, h('em', {}, '(Ký, ghi rõ họ tên, đóng dấu)')),
        h('p', { class: 'wf-doc__name' }, h('strong', {}, plan.signature.name)),
      ),
    ),
  );
}
