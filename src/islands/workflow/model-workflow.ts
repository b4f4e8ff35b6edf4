/**
 * The replication workflow island for one model (/mo-hinh/<slug>/nhan-rong/): binds the static
 * form to the saved state, saves on every keystroke, recomputes fit, plan, checklist dates,
 * review changes and the deployment record, and handles export, import and recovery.
 */
import type { Deployment } from '../../schema/deployment.ts';
import type { Model } from '../../schema/model.ts';
import type { Province } from '../../schema/province.ts';
import { emptyWorkflow, workflowStateSchema, type WorkflowState } from '../../schema/workflow.ts';
import { todayInVietnam } from '../../schema/common.ts';
import { FUNDING, REVIEW_TYPES, UNIT_TYPES, type ReviewType } from '../../schema/vocab.ts';
import { fitScore } from '../../lib/workflow/fit.ts';
import { similarDeployments } from '../../lib/workflow/similar.ts';
import { buildPlan, type Plan } from '../../lib/workflow/plan.ts';
import { buildDeployment, deploymentPath, deploymentYaml, validateDeployment } from '../../lib/workflow/deployment-yaml.ts';
import { parseDecimal } from '../../lib/format/numbers.ts';
import { formatDate, formatDateTime } from '../../lib/format/format.ts';
import { openStorage, tryStorage } from '../../lib/workflow/browser-storage.ts';
import { slugify } from '../../lib/format/slug.ts';
import {
  deleteWorkflow, discardBroken, exportFileName, exportWorkflow, importWorkflow, listWorkflows, loadProfile, parseWorkflow, saveProfile, saveWorkflow, type BrokenEntry, type SavedWorkflow,
} from '../../lib/workflow/workflow-store.ts';
import { controls, fill, readControl, setPath } from './bind.ts';
import { download, h, out, readJsonData } from './dom.ts';
import { renderFit, renderPlan, renderSimilar } from './render.ts';
import { describeChange } from '../../lib/workflow/indicator-change.ts';

interface PageData {
  slug: string;
  model: Model;
  deployments: { id: string; data: Deployment }[];
  provinces: Province[];
}

const STAGE_IDS = ['khao-sat', 'ke-hoach', 'trien-khai', 'danh-gia', 'dang-ky'];
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function startModelWorkflow(): void {
  const found = document.querySelector<HTMLElement>('[data-wf]');
  if (!found) return;
  // A non-null const: the functions declared below are hoisted, so they do not see the narrowing above.
  const root: HTMLElement = found;
  const form = root.querySelector<HTMLFormElement>('[data-wf-form]')!;
  const data = readJsonData<PageData>('wf-data');
  const { model, slug } = data;
  const provinces = new Map(data.provinces.map((p) => [p.id, p]));
  // Blocked storage (reading window.localStorage throws) leaves a memory store for this visit.
  const opened = openStorage(() => window.localStorage);
  const store = opened.store;
  /** The storage problem being shown, so a later successful save can clear it. */
  let storageWarning: string | undefined;
  const today = todayInVietnam();

  /** Pads the per-step and per-indicator parts so every control has a place in the state. */
  function normalize(raw: WorkflowState): WorkflowState {
    const s = workflowStateSchema.parse(raw);
    const steps = model.replication.steps;
    s.plan.weeks = steps.map((_, i) => s.plan.weeks[i] ?? '');
    s.checklist = steps.map((_, i) => s.checklist[i] ?? { owner: '', due: '', done: '', notes: '' });
    s.prerequisites = model.replication.prerequisites.map((_, i) => s.prerequisites[i] ?? false);
    for (const type of REVIEW_TYPES.keys)
      for (const ind of model.replication.indicators) s.reviews[type].values[ind.id] ??= { baseline: '', value: '' };
    return s;
  }

  let state: WorkflowState;
  let key: string | undefined;

  function open(next: WorkflowState, nextKey?: string) {
    state = normalize(next);
    key = nextKey;
    fill(form, state);
    render();
  }

  /** Shows (or clears) the storage problem; the page keeps working either way. */
  function reportStorage(result: string | undefined) {
    // On the memory fallback every save "succeeds", but nothing outlives the page: keep saying so.
    const problem = result ?? opened.problem;
    // Re-set only when it changed, so screen readers do not hear it again on every keystroke.
    const shown = root.querySelector('[data-out="status"]')?.textContent;
    if (problem && shown !== problem) status(problem);
    else if (!problem && storageWarning && shown === storageWarning) status('');
    storageWarning = problem;
  }

  /** Saved workflows, or none when storage cannot even be read. */
  function list(model?: string): { saved: SavedWorkflow[]; broken: BrokenEntry[] } {
    let result: { saved: SavedWorkflow[]; broken: BrokenEntry[] } = { saved: [], broken: [] };
    const problem = tryStorage(() => (result = listWorkflows(store, model)));
    if (problem) reportStorage(problem);
    return result;
  }

  function persist() {
    reportStorage(
      tryStorage(() => {
        key = saveWorkflow(store, state, key);
        saveProfile(store, state.profile);
      }),
    );
    renderSaved();
  }

  // ---- recovery of unreadable stored data ----
  function renderRecovery(broken: BrokenEntry[]) {
    const box = root.querySelector<HTMLElement>('[data-wf-recovery]')!;
    box.hidden = broken.length === 0;
    box.replaceChildren(
      h('h2', {}, 'Có dữ liệu đã lưu không đọc được'),
      h('p', {}, 'Trình duyệt này còn giữ dữ liệu của công cụ nhân rộng mà trang không đọc được (có thể do tệp bị hỏng hoặc được tạo bởi phiên bản khác). Dữ liệu chưa bị xóa: hãy tải về để giữ lại, rồi bắt đầu lại với hồ sơ sạch.'),
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
    );
    box.querySelectorAll<HTMLButtonElement>('[data-broken-download]').forEach((btn) =>
      btn.addEventListener('click', () => {
        const b = broken.find((x) => x.key === btn.dataset.brokenDownload)!;
        download(b.raw, `du-lieu-nhan-rong-hong-${Date.now()}.txt`, 'text/plain;charset=utf-8');
      }),
    );
    box.querySelectorAll<HTMLButtonElement>('[data-broken-discard]').forEach((btn) =>
      btn.addEventListener('click', () => {
        reportStorage(tryStorage(() => discardBroken(store, btn.dataset.brokenDiscard!)));
        renderRecovery(broken.filter((x) => x.key !== btn.dataset.brokenDiscard));
      }),
    );
  }

  // ---- saved workflows ----
  function renderSaved() {
    const { saved } = list(slug);
    const others = saved.filter((s) => s.key !== key);
    out(
      root,
      'saved',
      saved.length === 0
        ? h('p', { class: 'wf-small' }, 'Chưa có hồ sơ nào được lưu cho mô hình này.')
        : h(
            'ul',
            { class: 'wf-saved__list' },
            saved.map((s) =>
              h(
                'li',
                {},
                h('strong', {}, s.state.profile.name || '(chưa đặt tên)'),
                h('span', { class: 'muted wf-small' }, ` · lưu lúc ${formatDateTime(s.state.updated)}`),
                s.key === key
                  ? h('span', { class: 'badge' }, 'đang mở')
                  : [
                      ' ',
                      h('button', { type: 'button', class: 'button button--ghost button--small', 'data-open': s.key }, 'Mở'),
                      ' ',
                      h('button', { type: 'button', class: 'button button--ghost button--small', 'data-delete': s.key, 'aria-label': `Xóa hồ sơ ${s.state.profile.name || '(chưa đặt tên)'}` }, 'Xóa'),
                    ],
              ),
            ),
          ),
    );
    root.querySelectorAll<HTMLButtonElement>('[data-open]').forEach((btn) =>
      btn.addEventListener('click', () => {
        const found = others.find((s) => s.key === btn.dataset.open);
        if (found) open(found.state, found.key);
        renderSaved();
      }),
    );
    root.querySelectorAll<HTMLButtonElement>('[data-delete]').forEach((btn) =>
      btn.addEventListener('click', () => {
        if (!window.confirm('Xóa hồ sơ này khỏi trình duyệt? Nên xuất tệp trước nếu cần giữ lại.')) return;
        reportStorage(tryStorage(() => deleteWorkflow(store, btn.dataset.delete!)));
        renderSaved();
      }),
    );
  }

  function status(text: string) {
    out(root, 'status', text);
  }

  // ---- computed views ----
  let plan: Plan;
  function render() {
    const p = state.profile;
    const inProvince = data.deployments.filter((d) => d.data.province === p.province).length;
    const fit = fitScore(model, p, { deployments: data.deployments.length, deploymentsInProvince: inProvince, prerequisitesMet: state.prerequisites });
    out(root, 'fit', renderFit(fit));
    const lat = parseDecimal(state.registration.lat);
    const lon = parseDecimal(state.registration.lon);
    const point = lat !== undefined && lon !== undefined ? { lat, lon } : undefined;
    out(root, 'similar', renderSimilar(similarDeployments({ province: p.province, unitType: p.unitType, point }, data.deployments, provinces), provinces));

    plan = buildPlan(model, p, state.plan, today);
    out(root, 'plan', renderPlan(plan));
    plan.steps.forEach((s, i) => out(root, `due-${i}`, `Theo kế hoạch: ${formatDate(s.end)}`));
    const done = state.checklist.filter((c) => c.done.trim()).length;
    out(root, 'progress', model.replication.steps.length ? `Đã hoàn thành ${done}/${model.replication.steps.length} bước.` : '');
    for (const r of plan.reviews) out(root, `review-due-${r.type}`, `Theo kế hoạch: ${formatDate(r.date)}`);
    for (const type of REVIEW_TYPES.keys)
      for (const ind of model.replication.indicators) {
        const v = state.reviews[type].values[ind.id]!;
        out(root, `change-${type}-${ind.id}`, describeChange(v.baseline, v.value, ind.direction));
      }
    renderRegistration();
  }

  function renderRegistration() {
    const p = state.profile;
    out(
      root,
      'profile-summary',
      `Lấy từ bước 1: ${p.name || '(chưa có tên)'} · ${provinces.get(p.province)?.fullName ?? 'chưa chọn tỉnh, thành'} · ${p.unitType ? UNIT_TYPES.label(p.unitType) : 'chưa chọn loại địa bàn'}` +
        ` · đơn vị chủ trì: ${p.leadUnit || 'chưa ghi'}${p.funding ? ` · ${FUNDING.label(p.funding)}` : ''}.`,
    );
    const placeInput = root.querySelector<HTMLInputElement>('[data-bind="registration.place"]');
    if (placeInput) placeInput.placeholder = p.name || 'Ví dụ: Xã Long Hưng';
    const record = buildDeployment(state, today);
    const problems = validateDeployment(record, { models: new Map([[slug, model]]), provinces });
    out(root, 'yaml-path', `content/${deploymentPath(record)}`);
    out(root, 'yaml', deploymentYaml(record));

    // Errors beside their fields; review errors are numbered by position in the record.
    root.querySelectorAll<HTMLElement>('[data-error-for]').forEach((el) => {
      el.hidden = true;
      el.textContent = '';
    });
    const reviewTypes = (record.reviews ?? []).map((r) => r.type as ReviewType);
    const unplaced: string[] = [];
    for (const problem of problems) {
      const field = problem.field.replace(/^reviews\.(\d+)/, (_, i: string) => `reviews.${reviewTypes[Number(i)]}`);
      const slot = root.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(field)}"]`) ?? root.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(field.split('.').slice(0, -1).join('.'))}"]`);
      const text = `${fieldLabel(field)}: ${problem.message}`;
      if (slot) {
        slot.hidden = false;
        slot.textContent = slot.textContent ? `${slot.textContent} ${text}` : text;
      } else unplaced.push(text);
    }
    out(
      root,
      'registration-errors',
      problems.length === 0
        ? h('p', { class: 'wf-ok', role: 'status' }, 'Bản ghi hợp lệ: đã qua kiểm tra của trang.')
        : h(
            'div',
            { class: 'wf-problems', role: 'status' },
            h('p', {}, h('strong', {}, `Còn ${problems.length} lỗi cần sửa trước khi tải tệp:`)),
            h('ul', {}, problems.map((pr) => h('li', {}, `${fieldLabel(pr.field.replace(/^reviews\.(\d+)/, (_, i: string) => `reviews.${reviewTypes[Number(i)]}`))}: ${pr.message}`))),
            unplaced.length > 0 && h('p', { class: 'wf-small' }, 'Một số lỗi thuộc các bước trước; quay lại bước đó để sửa.'),
          ),
    );
    const button = root.querySelector<HTMLButtonElement>('[data-action="download-yaml"]')!;
    button.setAttribute('aria-disabled', String(problems.length > 0));
    return { record, problems };
  }

  // ---- events ----
  form.addEventListener('submit', (e) => e.preventDefault());
  const onEdit = (e: Event) => {
    const el = e.target as HTMLElement;
    if (!el.matches('[data-bind]')) return;
    const control = el as HTMLInputElement;
    setPath(state as unknown as Record<string, unknown>, control.dataset.bind!, readControl(control, state as unknown as Record<string, unknown>));
    // Show the result first: a storage failure must not freeze the page.
    render();
    persist();
  };
  form.addEventListener('input', onEdit);
  form.addEventListener('change', onEdit);

  root.querySelector('[data-action="new"]')!.addEventListener('click', () => {
    open(emptyWorkflow(slug));
    status('Đã mở hồ sơ mới. Hồ sơ được lưu khi bạn bắt đầu nhập.');
    renderSaved();
    show('khao-sat');
  });
  root.querySelector('[data-action="export"]')!.addEventListener('click', () => {
    download(exportWorkflow(state), exportFileName(state), 'application/json');
    status('Đã xuất tệp hồ sơ. Dùng “Nhập tệp hồ sơ” để mở lại trên máy khác.');
  });
  root.querySelector<HTMLInputElement>('[data-action="import"]')!.addEventListener('change', async (e) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = parseWorkflow(await file.text());
    if (!result.ok) return status(`Không nhập được tệp “${file.name}”: ${result.reason}.`);
    let imported: ReturnType<typeof importWorkflow> | undefined;
    const problem = tryStorage(() => (imported = importWorkflow(store, result.value, confirmReplace)));
    if (!imported) {
      // Not saved: still open it (when it is this model's), so the user can work and export.
      if (result.value.model === slug) open(result.value);
      return reportStorage(problem);
    }
    const done: { key: string; state: WorkflowState; replaced: boolean } = imported;
    const what = `${done.replaced ? 'thay hồ sơ cũ bằng' : 'lưu thành hồ sơ mới'}`;
    if (done.state.model !== slug) {
      renderSaved();
      return status(`Tệp này là hồ sơ của mô hình khác (${done.state.model}); đã ${what}, mở ở trang /mo-hinh/${done.state.model}/nhan-rong/.`);
    }
    open(done.state, done.key);
    renderSaved();
    status(`Đã nhập hồ sơ “${state.profile.name || '(chưa đặt tên)'}” (${what}).`);
  });
  root.querySelector('[data-action="download-docx"]')!.addEventListener('click', async () => {
    status('Đang tạo tệp Word…');
    const { buildPlanDocx } = await import('../../lib/workflow/plan-docx.ts');
    const bytes = await buildPlanDocx(plan);
    download(bytes as BlobPart, `ke-hoach-${slug}-${slugify(state.profile.name) || 'chua-dat-ten'}.docx`, DOCX_TYPE);
    status('Đã tạo tệp kế hoạch (.docx).');
  });
  root.querySelector('[data-action="download-yaml"]')!.addEventListener('click', () => {
    const { record, problems } = renderRegistration();
    if (problems.length > 0) {
      status(`Chưa tải được: còn ${problems.length} lỗi (xem danh sách ở bước 5).`);
      root.querySelector<HTMLElement>('[data-out="registration-errors"]')?.focus();
      return;
    }
    download(deploymentYaml(record), deploymentPath(record).split('/').pop()!, 'application/yaml;charset=utf-8');
    status('Đã tải tệp đăng ký (.yaml).');
  });
  root.querySelectorAll<HTMLButtonElement>('[data-action="print"]').forEach((btn) =>
    btn.addEventListener('click', () => {
      document.body.dataset.print = btn.dataset.print;
      window.print();
    }),
  );
  window.addEventListener('afterprint', () => delete document.body.dataset.print);

  // ---- stages: one visible at a time, chosen by the address's #hash ----
  function show(id: string) {
    const current = STAGE_IDS.includes(id) ? id : STAGE_IDS[0]!;
    root.querySelectorAll<HTMLElement>('[data-stage]').forEach((s) => (s.hidden = s.id !== current));
    root.querySelectorAll<HTMLAnchorElement>('[data-stage-link]').forEach((a) => {
      if (a.dataset.stageLink === current) a.setAttribute('aria-current', 'step');
      else a.removeAttribute('aria-current');
    });
    const i = STAGE_IDS.indexOf(current);
    const prev = root.querySelector<HTMLAnchorElement>('[data-pager="prev"]')!;
    const next = root.querySelector<HTMLAnchorElement>('[data-pager="next"]')!;
    prev.hidden = i === 0;
    next.hidden = i === STAGE_IDS.length - 1;
    prev.href = `#${STAGE_IDS[Math.max(0, i - 1)]}`;
    next.href = `#${STAGE_IDS[Math.min(STAGE_IDS.length - 1, i + 1)]}`;
  }
  window.addEventListener('hashchange', () => {
    show(location.hash.slice(1));
    document.getElementById(`${location.hash.slice(1)}-h`)?.focus({ preventScroll: false });
  });
  root.querySelectorAll<HTMLElement>('[data-stage] > h2').forEach((h2) => h2.setAttribute('tabindex', '-1'));

  // ---- start ----
  const { saved, broken } = list(slug);
  renderRecovery(broken);
  const first = saved[0];
  if (first) open(first.state, first.key);
  else {
    let profile: ReturnType<typeof loadProfile>;
    tryStorage(() => (profile = loadProfile(store)));
    open(emptyWorkflow(slug, profile));
  }
  renderRecovery(list().broken);
  reportStorage(undefined);
  renderSaved();
  show(location.hash.slice(1));
  document.querySelectorAll<HTMLElement>('[data-wf-nojs], [data-wf-static]').forEach((el) => (el.hidden = true));
  root.hidden = false;
  // For tests and curious users: the bound controls are ready.
  root.dataset.ready = String(controls(form).length);
}

/** Asked when an imported file is the same workflow as one saved here (same id). */
function confirmReplace(existing: WorkflowState): boolean {
  const when = formatDateTime(existing.updated);
  return window.confirm(
    `Trình duyệt này đã lưu chính hồ sơ này: “${existing.profile.name || '(chưa đặt tên)'}”${when ? `, lưu lúc ${when}` : ''}.\n` +
      'Chọn OK để thay hồ sơ đã lưu bằng nội dung của tệp, hoặc Hủy để giữ cả hai (tệp được lưu thành hồ sơ mới).',
  );
}

function fieldLabel(field: string): string {
  const labels: Record<string, string> = {
    model: 'Mô hình',
    place: 'Tên điểm triển khai',
    scope: 'Phạm vi',
    province: 'Tỉnh, thành (bước 1)',
    'commune.name': 'Tên xã, phường',
    'commune.code': 'Mã xã',
    coordinates: 'Tọa độ',
    'coordinates.lat': 'Vĩ độ',
    'coordinates.lon': 'Kinh độ',
    teams: 'Số tổ, nhóm',
    members: 'Số thành viên',
    'source.publisher': 'Đơn vị chủ trì (bước 1)',
  };
  const review = /^reviews\.(so-ket|tong-ket)\.?(.*)$/.exec(field);
  if (review) return `${review[1] === 'so-ket' ? 'Sơ kết' : 'Tổng kết'} (bước 4)${review[2] ? ` › ${{ date: 'ngày đánh giá', decision: 'quyết định' }[review[2]] ?? review[2]}` : ''}`;
  return labels[field] ?? field;
}
