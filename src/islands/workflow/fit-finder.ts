/** /nhan-rong/: ranks every model by fit for the locality profile typed here (saved and shared). */
import type { Model } from '../../schema/model.ts';
import { localityProfileSchema, type LocalityProfile } from '../../schema/workflow.ts';
import { compareFits, fitScore } from '../../lib/workflow/fit.ts';
import { listBroken, discardBroken, loadProfile, saveProfile } from '../../lib/workflow/workflow-store.ts';
import { compareVietnamese } from '../../lib/format/format.ts';
import { openStorage, tryStorage } from '../../lib/workflow/browser-storage.ts';
import { modelPath, modelWorkflowPath } from '../../lib/site/addresses.ts';
import { fill, readControl, setPath } from './bind.ts';
import { download, h, out, readJsonData } from './dom.ts';
import { renderFit, renderPending, verdictLine } from './views/results.ts';

interface FitData {
  models: { slug: string; name: string; model: Model }[];
  deploymentProvinces: Record<string, string[]>;
}

export function startFitFinder(): void {
  const form = document.querySelector<HTMLFormElement>('[data-fit-form]');
  if (!form) return;
  const data = readJsonData<FitData>('fit-data');
  // Blocked storage (reading window.localStorage throws) leaves a memory store for this visit.
  const opened = openStorage(() => window.localStorage);
  const store = opened.store;
  let saved: LocalityProfile | undefined;
  let storageProblem = opened.problem ?? tryStorage(() => (saved = loadProfile(store)));
  const state: { profile: LocalityProfile } = { profile: saved ?? localityProfileSchema.parse({}) };

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

  function render() {
    const p = state.profile;
    const ranked = data.models
      .map((m) => {
        const provinces = data.deploymentProvinces[m.slug] ?? [];
        return {
          ...m,
          fit: fitScore(m.model, p, {
            deployments: provinces.length,
            deploymentsInProvince: provinces.filter((x) => x === p.province).length,
          }),
        };
      })
      .sort((a, b) => compareFits(a.fit, b.fit) || compareVietnamese(a.name, b.name));
    const pending = ranked[0]?.fit.status === 'incomplete' ? ranked[0].fit : undefined;
    out(
      document,
      'ranking',
      ranked.map((r) =>
        h(
          'li',
          {},
          h('h3', {}, h('a', { href: modelPath(r.slug) }, r.name)),
          r.fit.status === 'scored' && verdictLine(r.fit),
          h('p', { class: 'muted wf-small' }, r.model.summary),
          r.fit.status === 'scored' &&
            h('details', {}, h('summary', {}, 'Vì sao?'), renderFit(r.fit, { heading: false, prerequisites: false })),
          h('p', {}, h('a', { class: 'button', href: modelWorkflowPath(r.slug) }, 'Nhân rộng mô hình này')),
        ),
      ),
    );
    out(document, 'rank-pending', pending && pending.status === 'incomplete' ? renderPending(pending) : '');
    out(
      document,
      'rank-status',
      pending
        ? `${ranked.length} mô hình, chưa xếp theo mức phù hợp với ${p.name || 'địa phương của bạn'}.`
        : `${ranked.length} mô hình, xếp theo mức phù hợp với ${p.name || 'địa phương của bạn'}.`,
      storageProblem ? ` ${storageProblem}` : '',
    );
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
  fill(form, state);
  render();
  renderBroken();
  document.querySelectorAll<HTMLElement>('[data-wf-nojs]').forEach((el) => (el.hidden = true));
  form.hidden = false;
}
