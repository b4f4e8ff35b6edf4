/**
 * The replication workflow island for one model (/mo-hinh/<slug>/nhan-rong/): wires the static
 * form to the open workflow (state.ts), its saved copies (storage.ts) and the views (views/).
 * Each edit updates the state, redraws what depends on it and saves this one workflow; the list of
 * saved workflows is read only when it is shown or changes.
 */
import type { Model } from '../../schema/model.ts';
import type { Province } from '../../schema/province.ts';
import type { WorkflowState } from '../../schema/workflow.ts';
import { newWorkflow } from '../../lib/workflow/ids.ts';
import { todayInVietnam } from '../../lib/format/dates.ts';
import { FUNDING, REVIEW_TYPES, UNIT_TYPES } from '../../schema/vocab.ts';
import { fitScore } from '../../lib/workflow/fit.ts';
import { similarDeployments, type SimilarFields } from '../../lib/workflow/similar.ts';
import { fitContext, type DeploymentCounts } from '../../lib/workflow/fit-records.ts';
import { buildPlan, type Plan } from '../../lib/workflow/plan.ts';
import { planDocument } from '../../lib/workflow/plan-document.ts';
import { minutesDocument } from '../../lib/workflow/minutes-document.ts';
import { documentText, type OfficialDocument } from '../../lib/workflow/official-document.ts';
import type { RegistrationCheck, RegistrationField } from '../../lib/workflow/registration.ts';
import { describeChange } from '../../lib/workflow/indicator-change.ts';
import { parseDecimal } from '../../lib/format/numbers.ts';
import { formatDate, formatDateTime } from '../../lib/format/format.ts';
import { modelWorkflowDataPath, modelWorkflowPath } from '../../lib/site/addresses.ts';
import { exportFileName, exportWorkflow, savedSummary, type BrokenEntry } from '../../lib/workflow/workflow-store.ts';
import { controls, fill, readControl } from './bind.ts';
import { download, h, out, readJsonData } from './dom.ts';
import { addIndicator, fileStem, normalize, removeIndicator, setField } from './state.ts';
import { openWorkflowStorage } from './storage.ts';
import { renderFit, renderSimilar, renderSimilarWaiting } from './views/results.ts';
import { renderDocument } from './views/document-view.ts';
import { renderRecovery, renderSavedList } from './views/saved.ts';
import { renderOwnIndicators, renderOwnRows } from './views/reviews.ts';
import { renderErrorSummary, showFieldErrors } from './views/registration.ts';

interface PageData {
  slug: string;
  model: Model;
  /** The model's deployment records counted, in all and per province; the records themselves come from modelWorkflowDataPath. */
  counts: DeploymentCounts;
  provinces: Province[];
}

const STAGE_IDS = ['khao-sat', 'ke-hoach', 'trien-khai', 'danh-gia', 'dang-ky'];

/**
 * The registration check needs the deployment schema, the content check and a YAML writer: loaded
 * when stage 5 is first shown, so the other stages do not pay for them.
 */
type RegistrationModule = typeof import('../../lib/workflow/registration.ts') & typeof import('../../lib/workflow/deployment-yaml.ts');
const loadRegistration = (): Promise<RegistrationModule> =>
  Promise.all([import('../../lib/workflow/registration.ts'), import('../../lib/workflow/deployment-yaml.ts')]).then(([a, b]) => ({
    ...a,
    ...b,
  }));
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function startModelWorkflow(): void {
  const found = document.querySelector<HTMLElement>('[data-wf]');
  if (!found) return;
  const root: HTMLElement = found;
  const form = root.querySelector<HTMLFormElement>('[data-wf-form]')!;
  const data = readJsonData<PageData>('wf-data');
  const { model, slug } = data;
  const provinces = new Map(data.provinces.map((p) => [p.id, p]));
  const storage = openWorkflowStorage();
  const today = todayInVietnam();

  let state: WorkflowState;
  let key: string | undefined;
  let plan: Plan;
  let registration: RegistrationCheck | undefined;
  let reg: RegistrationModule | undefined;
  /** Registration fields whose message may show: touched (left) ones, or all after "Kiểm tra". */
  const touched = new Set<RegistrationField>();
  let checked = false;

  function status(text: string) {
    out(root, 'status', text);
  }
  /** Shows a storage problem once (screen readers hear it once), and clears it when saving works again. */
  let shownWarning: string | undefined;
  function reportStorage(problem: string | undefined) {
    const current = root.querySelector('[data-out="status"]')?.textContent ?? '';
    if (problem && current !== problem) status(problem);
    else if (!problem && shownWarning && current === shownWarning) status('');
    shownWarning = problem;
  }

  function open(next: WorkflowState, nextKey?: string) {
    state = normalize(model, next);
    key = nextKey;
    out(root, 'own-indicators', renderOwnIndicators(state.indicators));
    for (const type of REVIEW_TYPES.keys) out(root, `own-rows-${type}`, renderOwnRows(type, state.indicators));
    fill(form, state);
    touched.clear();
    checked = false;
    render();
    out(root, 'saved-summary', savedSummary(state, key ? state.updated : undefined));
  }

  function persist() {
    const saved = storage.save(state, key);
    key = saved.key;
    reportStorage(saved.problem);
    out(root, 'saved-summary', savedSummary(state, saved.problem ? undefined : new Date().toISOString()));
  }

  // ---- views of the open workflow ----
  function documents(): Record<string, OfficialDocument> {
    const docs: Record<string, OfficialDocument> = { plan: planDocument(plan) };
    const indicators = [...model.replication.indicators, ...state.indicators];
    for (const r of plan.reviews) docs[`review-${r.type}`] = minutesDocument(plan, r.type, state.reviews[r.type], indicators);
    if (reg && registration && registration.errors.length === 0)
      docs.registration = reg.registrationDocument(
        state,
        registration.record,
        model.title,
        provinces.get(state.profile.province)?.fullName ?? '',
        today,
      );
    return docs;
  }

  function render() {
    const p = state.profile;
    out(root, 'fit', renderFit(fitScore(model, p, { ...fitContext(data.counts, p.province), prerequisitesMet: state.prerequisites })));
    renderSimilarPlaces();

    plan = buildPlan(model, p, state.plan, today, provinces.get(p.province)?.fullName ?? '');
    const unset = plan.steps.filter((s) => s.weeksFrom === 'mac-dinh');
    out(
      root,
      'weeks-unset',
      unset.length
        ? `Bước ${unset.map((s) => s.n).join(', ')} chưa có thời lượng: kế hoạch đang tính ${unset[0]!.weeks} tuần cho mỗi bước này; hãy đặt cho đúng.`
        : '',
    );
    plan.steps.forEach((s, i) => out(root, `due-${i}`, `Theo kế hoạch: ${formatDate(s.end)}`));
    const done = state.checklist.filter((c) => c.done.trim()).length;
    out(root, 'progress', model.replication.steps.length ? `Đã hoàn thành ${done}/${model.replication.steps.length} bước.` : '');
    for (const r of plan.reviews) out(root, `review-due-${r.type}`, `Theo kế hoạch: ${formatDate(r.date)}`);
    for (const type of REVIEW_TYPES.keys)
      for (const ind of [...model.replication.indicators, ...state.indicators]) {
        const v = state.reviews[type].values[ind.id] ?? { baseline: '', value: '' };
        out(root, `change-${type}-${ind.id}`, describeChange(v.baseline, v.value, ind.direction));
      }
    renderRegistration();
    const docs = documents();
    for (const [name, doc] of Object.entries(docs)) out(root, `doc-${name}`, renderDocument(doc));
    updateMailLink(docs.registration);
  }

  // ---- similar places: the model's records are fetched once a locality is described ----
  let similar: { id: string; data: SimilarFields }[] | 'loading' | 'failed' | undefined;
  function renderSimilarPlaces() {
    const p = state.profile;
    const lat = parseDecimal(state.registration.lat);
    const lon = parseDecimal(state.registration.lon);
    const point = lat !== undefined && lon !== undefined ? { lat, lon } : undefined;
    if (data.counts.deployments === 0) return out(root, 'similar', renderSimilar([], provinces));
    if (!p.province && !p.unitType && !point) return out(root, 'similar', renderSimilarWaiting('unset'));
    if (similar === undefined) loadSimilar();
    if (typeof similar === 'string') return out(root, 'similar', renderSimilarWaiting(similar));
    out(
      root,
      'similar',
      renderSimilar(similarDeployments({ province: p.province, unitType: p.unitType, point }, similar!, provinces), provinces),
    );
  }
  function loadSimilar() {
    if (similar === 'loading') return;
    similar = 'loading';
    fetch(modelWorkflowDataPath(slug))
      .then((res) => (res.ok ? res.json() : Promise.reject(new Error(String(res.status)))))
      .then(
        (records: { id: string; data: SimilarFields }[]) => (similar = records),
        () => (similar = 'failed'),
      )
      .finally(renderSimilarPlaces);
  }

  function renderRegistration() {
    if (!reg) return;
    const p = state.profile;
    out(
      root,
      'profile-summary',
      `Lấy từ bước 1: ${p.name || '(chưa có tên)'} · ${provinces.get(p.province)?.fullName ?? 'chưa chọn tỉnh, thành'} · ${p.unitType ? UNIT_TYPES.label(p.unitType) : 'chưa chọn loại địa bàn'}` +
        ` · đơn vị chủ trì: ${p.leadUnit || 'chưa ghi'}${p.funding ? ` · ${FUNDING.label(p.funding)}` : ''}.`,
    );
    const placeInput = root.querySelector<HTMLInputElement>('[data-bind="registration.place"]');
    if (placeInput) placeInput.placeholder = p.name || 'Ví dụ: Xã Y Tý';
    const r = state.registration;
    out(
      root,
      'commune-summary',
      r.communeName
        ? `Đã chọn: ${r.communeName}${r.communeCode ? ` (mã ${r.communeCode})` : ''}${r.formerName ? `; trước 1/7/2025: ${r.formerName}` : ''}.`
        : '',
    );
    out(
      root,
      'point-summary',
      parseDecimal(r.lat) !== undefined && parseDecimal(r.lon) !== undefined
        ? r.pointFrom === 'ban-do'
          ? 'Vị trí đã chọn trên bản đồ.'
          : r.pointFrom === 'nhan-xa'
            ? 'Vị trí: điểm đặt tên của xã (không phải vị trí chính xác).'
            : 'Vị trí đã nhập.'
        : 'Chưa có vị trí: chọn xã, phường ở trên.',
    );
    registration = reg.checkRegistration(state, today, { models: new Map([[slug, model]]), provinces });
    const visible = new Set<RegistrationField>(checked ? registration.errors.map((e) => e.field) : touched);
    showFieldErrors(root, registration.errors, visible);
    const summary = root.querySelector<HTMLElement>('[data-out="error-summary"]')!;
    if (checked && registration.errors.length) summary.replaceChildren(...renderErrorSummary(registration.errors));
    summary.hidden = !(checked && registration.errors.length > 0);
    const result = root.querySelector<HTMLElement>('[data-out="registration-result"]')!;
    result.hidden = !(checked && registration.errors.length === 0);
    out(root, 'record', registration.errors.length === 0 ? reg.deploymentYaml(registration.record) : '');
  }

  /** The mail link carries the slip's text and the record, so one click opens a ready mail. */
  function updateMailLink(doc: OfficialDocument | undefined) {
    const link = root.querySelector<HTMLAnchorElement>('[data-mail-link]');
    if (link && doc && reg && registration)
      link.href = reg.registrationMail(root.dataset.mailbox ?? '', registration.record, documentText(doc));
  }

  // ---- edits ----
  form.addEventListener('submit', (e) => e.preventDefault());
  const onEdit = (e: Event) => {
    const el = e.target as HTMLElement;
    if (!el.matches('[data-bind]')) return;
    const control = el as HTMLInputElement;
    const path = control.dataset.bind!;
    setField(state, path, readControl(control, state as unknown as Record<string, unknown>));
    // Typed coordinates are the user's own; the picker sets pointFrom itself after filling them.
    if (e.isTrusted && (path === 'registration.lat' || path === 'registration.lon')) state.registration.pointFrom = '';
    if (path.startsWith('indicators.'))
      for (const type of REVIEW_TYPES.keys)
        out(root, `own-rows-${type}`, renderOwnRows(type, state.indicators)),
          fill(root.querySelector(`[data-out="own-rows-${type}"]`)!, state);
    // Show the result first: a storage failure must not freeze the page.
    render();
    persist();
  };
  form.addEventListener('input', onEdit);
  form.addEventListener('change', onEdit);
  form.addEventListener('focusout', (e) => {
    const target = e.target as HTMLElement;
    // A field is touched when the person leaves it: its own input, or the commune picker's text box.
    const field = (target.dataset?.check ?? target.closest<HTMLElement>('#dang-ky [data-field]')?.dataset.field) as
      | RegistrationField
      | undefined;
    if (!field || touched.has(field)) return;
    touched.add(field);
    renderRegistration();
  });
  // The commune picker (geo work) fills name, code, former names and the label point, then says which.
  root.addEventListener('communepick', () => {
    state.registration.pointFrom = 'nhan-xa';
    touched.add('commune').add('point');
    render();
    persist();
  });
  root.addEventListener('communelocation', () => {
    state.registration.pointFrom = 'ban-do';
    render();
    persist();
  });

  root.addEventListener('click', async (e) => {
    const button = (e.target as HTMLElement).closest<HTMLElement>('button, a[data-summary-link]');
    if (!button || !root.contains(button)) return;
    if (button.matches('[data-summary-link]')) {
      e.preventDefault();
      goTo(button.dataset.summaryLink!);
      return;
    }
    const action = button.dataset.action;
    if (button.dataset.open) {
      const found = storage.list(slug).saved.find((s) => s.key === button.dataset.open);
      if (found) open(found.state, found.key);
      renderSaved();
    } else if (button.dataset.delete) {
      if (!window.confirm('Xóa hồ sơ này khỏi trình duyệt? Nên lưu hồ sơ ra tệp trước nếu cần giữ lại.')) return;
      reportStorage(storage.remove(button.dataset.delete));
      renderSaved();
    } else if (button.dataset.brokenDownload) {
      const b = broken.find((x) => x.key === button.dataset.brokenDownload);
      if (b) download(b.raw, `du-lieu-nhan-rong-hong-${Date.now()}.txt`, 'text/plain;charset=utf-8');
    } else if (button.dataset.brokenDiscard) {
      reportStorage(storage.discard(button.dataset.brokenDiscard));
      broken = broken.filter((x) => x.key !== button.dataset.brokenDiscard);
      showRecovery(broken);
    } else if (button.dataset.removeIndicator) {
      removeIndicator(state, button.dataset.removeIndicator);
      open(state, key);
      persist();
    } else if (action === 'retry-similar') {
      similar = undefined;
      renderSimilarPlaces();
    } else if (action === 'add-indicator') {
      addIndicator(state);
      open(state, key);
      persist();
      root.querySelector<HTMLInputElement>(`[data-bind="indicators.${state.indicators.length - 1}.name"]`)?.focus();
    } else if (action === 'new') {
      open(newWorkflow(slug));
      status('Đã mở hồ sơ mới. Hồ sơ được lưu khi bạn bắt đầu nhập.');
      renderSaved();
      location.hash = '#khao-sat';
    } else if (action === 'export') {
      download(exportWorkflow(state), exportFileName(state), 'application/json');
      status('Đã lưu hồ sơ ra tệp. Dùng “Mở hồ sơ đã lưu” để mở lại trên máy khác.');
    } else if (action === 'print') {
      printDocument(button.dataset.doc!);
    } else if (action === 'docx') {
      const doc = documents()[button.dataset.doc!];
      if (!doc) return;
      status('Đang tạo tệp Word…');
      const { buildDocx } = await import('../../lib/workflow/document-docx.ts');
      download(
        (await buildDocx(doc)) as BlobPart,
        `${fileStem(button.dataset.doc!.replace('review-', 'bien-ban-').replace('plan', 'ke-hoach').replace('registration', 'phieu-dang-ky'), slug, state)}.docx`,
        DOCX_TYPE,
      );
      status('Đã tạo tệp Word (.docx).');
    } else if (action === 'check') {
      checked = true;
      renderRegistration();
      const summary = root.querySelector<HTMLElement>('[data-out="error-summary"]')!;
      if (!summary.hidden) summary.focus();
      else root.querySelector<HTMLElement>('[data-out="registration-result"]')?.querySelector<HTMLElement>('[role="status"]')?.focus();
    } else if (action === 'download-record') {
      if (!reg || !registration || registration.errors.length) return;
      download(
        reg.deploymentYaml(registration.record),
        reg.deploymentPath(registration.record).split('/').pop()!,
        'application/yaml;charset=utf-8',
      );
    }
  });

  root.querySelector<HTMLInputElement>('[data-action="import"]')!.addEventListener('change', async (e) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = storage.importText(await file.text(), confirmReplace);
    if (!result.ok) return status(`Không mở được tệp “${file.name}”: ${result.reason}.`);
    if (result.problem) {
      if (result.state.model === slug) open(result.state);
      return reportStorage(result.problem);
    }
    const what = result.replaced ? 'thay hồ sơ cũ bằng' : 'lưu thành hồ sơ mới';
    if (result.state.model !== slug) {
      renderSaved();
      return status(
        `Tệp này là hồ sơ của mô hình khác (${result.state.model}); đã ${what}, mở ở trang ${modelWorkflowPath(result.state.model)}.`,
      );
    }
    open(result.state, result.key);
    renderSaved();
    status(`Đã mở hồ sơ “${state.profile.name || '(chưa đặt tên)'}” (${what}).`);
  });

  // ---- printing: the chosen document alone, outside the form ----
  const printRoot = h('div', { class: 'wf-print-root', 'aria-hidden': 'true' });
  document.body.append(printRoot);
  function printDocument(name: string) {
    const doc = documents()[name];
    if (!doc) return;
    printRoot.replaceChildren(renderDocument(doc));
    document.body.dataset.print = name;
    window.print();
  }
  window.addEventListener('afterprint', () => {
    delete document.body.dataset.print;
    printRoot.replaceChildren();
  });

  // ---- saved list and recovery ----
  function renderSaved() {
    const { saved, problem } = storage.list(slug);
    if (problem) reportStorage(problem);
    out(root, 'saved', renderSavedList(saved, key));
  }
  function showRecovery(list: BrokenEntry[]) {
    const box = root.querySelector<HTMLElement>('[data-wf-recovery]')!;
    box.hidden = list.length === 0;
    box.replaceChildren(...(list.length ? renderRecovery(list) : []));
  }

  // ---- stages: one visible at a time, chosen by the address's #hash ----
  function show(id: string) {
    const current = STAGE_IDS.includes(id) ? id : STAGE_IDS[0]!;
    root.querySelectorAll<HTMLElement>('[data-stage]').forEach((s) => (s.hidden = s.id !== current));
    root
      .querySelectorAll<HTMLAnchorElement>('[data-stage-link]')
      .forEach((a) => (a.dataset.stageLink === current ? a.setAttribute('aria-current', 'step') : a.removeAttribute('aria-current')));
    const i = STAGE_IDS.indexOf(current);
    const prev = root.querySelector<HTMLAnchorElement>('[data-pager="prev"]')!;
    const next = root.querySelector<HTMLAnchorElement>('[data-pager="next"]')!;
    prev.hidden = i === 0;
    next.hidden = i === STAGE_IDS.length - 1;
    prev.href = `#${STAGE_IDS[Math.max(0, i - 1)]}`;
    next.href = `#${STAGE_IDS[Math.min(STAGE_IDS.length - 1, i + 1)]}`;
    if (current === 'dang-ky' && !reg) {
      root.dataset.registration = 'loading';
      void loadRegistration().then((m) => {
        reg = m;
        render();
        root.dataset.registration = 'ready';
      });
    }
  }
  /** Shows the stage holding an element (a stage itself, or a field) and focuses it. */
  function goTo(id: string) {
    const target = document.getElementById(id);
    const stage = STAGE_IDS.includes(id) ? id : target?.closest<HTMLElement>('[data-stage]')?.id;
    if (stage && location.hash.slice(1) !== stage) history.replaceState(null, '', `#${stage}`);
    show(stage ?? STAGE_IDS[0]!);
    (STAGE_IDS.includes(id) ? document.getElementById(`${id}-h`) : target)?.focus();
  }
  window.addEventListener('hashchange', () => goTo(location.hash.slice(1)));
  root.querySelectorAll<HTMLElement>('[data-stage] > h2').forEach((h2) => h2.setAttribute('tabindex', '-1'));

  // ---- start ----
  const start = storage.list(slug);
  const first = start.saved[0];
  if (first) open(first.state, first.key);
  else open(newWorkflow(slug, storage.savedProfile()));
  // Read once more over every model's workflows: the profile and other models' data may be unreadable too.
  let broken: BrokenEntry[] = storage.list().broken;
  showRecovery(broken);
  reportStorage(start.problem ?? storage.warning);
  renderSaved();
  show(location.hash.slice(1));
  // CSS already shows the tool and hides the static version (scripting media query); this is for browsers without it.
  document.querySelectorAll<HTMLElement>('[data-wf-nojs], [data-wf-static]').forEach((el) => (el.hidden = true));
  root.dataset.ready = String(controls(form).length);
}

/** Asked when an opened file is the same workflow as one saved here (same id). */
function confirmReplace(existing: WorkflowState): boolean {
  const when = formatDateTime(existing.updated);
  return window.confirm(
    `Trình duyệt này đã lưu chính hồ sơ này: “${existing.profile.name || '(chưa đặt tên)'}”${when ? `, lưu lúc ${when}` : ''}.\n` +
      'Chọn OK để thay hồ sơ đã lưu bằng nội dung của tệp, hoặc Hủy để giữ cả hai (tệp được lưu thành hồ sơ mới).',
  );
}
