/**
 * /nhan-rong/: ranks every model by fit for the locality profile typed here (saved and shared). The
 * models' records are downloaded the first time the profile can be scored; the best PAGE are shown.
 */
import { localityProfileSchema, type LocalityProfile } from '../../schema/workflow.ts';
import { compareFits, fitNeeds, fitScore, type FitResult } from '../../lib/workflow/fit.ts';
import { fitContext, type FitRecord } from '../../lib/workflow/fit-records.ts';
import { listBroken, discardBroken, loadProfile, saveProfile } from '../../lib/workflow/workflow-store.ts';
import { compareVietnamese, formatNumber } from '../../lib/format/format.ts';
import { openStorage, tryStorage } from '../../lib/workflow/browser-storage.ts';
import { modelPath, modelWorkflowPath } from '../../lib/site/addresses.ts';
import { fill, readControl, setPath } from './bind.ts';
import { download, h, out } from './dom.ts';
import { renderFit, renderPending, verdictLine } from './views/results.ts';

/** Models shown at first, and added by each "Xem thêm": thousands of cards would slow every keystroke. */
const PAGE = 20;

export function startFitFinder(): void {
  const found = document.querySelector<HTMLFormElement>('[data-fit-form]');
  if (!found) return;
  const form: HTMLFormElement = found;
  // Blocked storage (reading window.localStorage throws) leaves a memory store for this visit.
  const opened = openStorage(() => window.localStorage);
  const store = opened.store;
  let saved: LocalityProfile | undefined;
  let storageProblem = opened.problem ?? tryStorage(() => (saved = loadProfile(store)));
  const state: { profile: LocalityProfile } = { profile: saved ?? localityProfileSchema.parse({}) };
  let shown = PAGE;

  function renderBroken() {
    let broken: ReturnType<typeof listBroken> = [];
    tryStorage(() => (broken = listBroken(store)));
    const box = document.querySelector<HTMLElement>('[data-wf-recovery]')!;
    box.hidden = broken.length === 0;
    box.replaceChildren(
      h('h2', {}, 'Có dữ liệu đã lưu không đọc được'),
      h('p', {}, 'Dữ liệu chưa bị xóa: hãy tải về để giữ lại, rồi xóa để bắt đầu lại.'),
      h(
        'ul',
        {},
        broken.map((b) =>
          h(
            'li',
            {},
            `Lý do: ${b.reason}. `,
            h('button', { type: 'button', class: 'button button--ghost', 'data-dl': b.key }, 'Tải về'),
            ' ',
            h('button', { type: 'button', class: 'button button--ghost', 'data-rm': b.key }, 'Xóa và bắt đầu lại'),
          ),
        ),
      ),
    );
    box
      .querySelectorAll<HTMLButtonElement>('[data-dl]')
      .forEach((b) =>
        b.addEventListener('click', () =>
          download(broken.find((x) => x.key === b.dataset.dl)!.raw, `du-lieu-nhan-rong-hong-${Date.now()}.txt`, 'text/plain;charset=utf-8'),
        ),
      );
    box.querySelectorAll<HTMLButtonElement>('[data-rm]').forEach((b) =>
      b.addEventListener('click', () => {
        tryStorage(() => discardBroken(store, b.dataset.rm!));
        renderBroken();
      }),
    );
  }

  /** The records, downloaded once the locality can be scored (FIT_DATA). */
  let records: FitRecord[] | undefined;
  let loading = false;
  let loadProblem: string | undefined;
  function loadRecords() {
    if (records || loading) return;
    loading = true;
    loadProblem = undefined;
    fetch(form.dataset.fitSrc!)
      .then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.json() as Promise<FitRecord[]>;
      })
      .then(
        (list) => (records = list),
        () => (loadProblem = 'Không tải được dữ liệu các mô hình để xếp hạng; hãy kiểm tra kết nối mạng rồi thử lại.'),
      )
      .finally(() => {
        loading = false;
        render();
      });
  }

  function render() {
    const p = state.profile;
    const total = records?.length ?? Number(form.dataset.models);
    const who = p.name || 'địa phương của bạn';
    const needs = fitNeeds(p);
    const note = storageProblem ? ` ${storageProblem}` : '';
    out(document, 'rank-pending', needs.length ? renderPending({ status: 'incomplete', needs }) : '');
    if (needs.length || !records) {
      if (!needs.length) loadRecords();
      out(document, 'ranking', '');
      out(
        document,
        'rank-more',
        loadProblem && h('button', { type: 'button', class: 'button button--ghost', 'data-action': 'retry' }, 'Thử tải lại'),
      );
      const waiting = needs.length ? 'chưa xếp' : loadProblem ? `chưa xếp được (${loadProblem})` : 'đang tải để xếp';
      out(document, 'rank-status', `${formatNumber(total)} mô hình, ${waiting} theo mức phù hợp với ${who}.`, note);
      return;
    }
    const ranked = records
      .map((r) => ({ ...r, fit: fitScore(r.model, p, fitContext(r, p.province)) as FitResult }))
      .sort((a, b) => compareFits(a.fit, b.fit) || compareVietnamese(a.name, b.name));
    out(
      document,
      'ranking',
      ranked
        .slice(0, shown)
        .map((r) =>
          h(
            'li',
            {},
            h('h3', {}, h('a', { href: modelPath(r.slug) }, r.name)),
            verdictLine(r.fit),
            h('p', { class: 'muted wf-small' }, r.summary),
            h('details', {}, h('summary', {}, 'Vì sao?'), renderFit(r.fit, { heading: false, prerequisites: false })),
            h('p', {}, h('a', { class: 'button', href: modelWorkflowPath(r.slug) }, 'Nhân rộng mô hình này')),
          ),
        ),
    );
    const rest = ranked.length - shown;
    out(
      document,
      'rank-more',
      rest > 0 &&
        h(
          'button',
          { type: 'button', class: 'button button--ghost', 'data-action': 'more' },
          `Xem thêm ${formatNumber(Math.min(PAGE, rest))} mô hình (còn ${formatNumber(rest)})`,
        ),
    );
    const showing = rest > 0 ? `; đang hiện ${formatNumber(shown)} mô hình phù hợp nhất` : '';
    out(document, 'rank-status', `${formatNumber(ranked.length)} mô hình, xếp theo mức phù hợp với ${who}${showing}.`, note);
  }

  const onEdit = (e: Event) => {
    const el = e.target as HTMLInputElement;
    if (!el.matches('[data-bind]')) return;
    setPath(state as unknown as Record<string, unknown>, el.dataset.bind!, readControl(el, state as unknown as Record<string, unknown>));
    // Show the ranking first: a storage failure must not freeze the page.
    // On the memory fallback saving "succeeds", but nothing outlives the page: keep saying so.
    storageProblem = opened.problem ?? tryStorage(() => saveProfile(store, state.profile));
    render();
  };
  form.addEventListener('input', onEdit);
  form.addEventListener('change', onEdit);
  form.addEventListener('submit', (e) => e.preventDefault());
  document.querySelector('[data-out="rank-more"]')?.addEventListener('click', (e) => {
    const action = (e.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action === 'more') {
      shown += PAGE;
      render();
      // Keyboard and screen-reader users carry on from the first model just added.
      document.querySelectorAll<HTMLElement>('[data-out="ranking"] > li h3 a')[shown - PAGE]?.focus();
    } else if (action === 'retry') render();
  });
  fill(form, state);
  render();
  renderBroken();
  // CSS already hides the no-script message (scripting media query); this is for browsers without it.
  document.querySelectorAll<HTMLElement>('[data-wf-nojs]').forEach((el) => (el.hidden = true));
  form.dataset.ready = '';
}
