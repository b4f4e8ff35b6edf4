/**
 * The commune picker (src/components/CommunePicker.astro): a WAI-ARIA 1.2 combobox over the place
 * finder. The index loads on first focus; suggestions update as the person types; arrows move,
 * Enter chooses, Escape closes (then clears). What was typed is only ever set as text, never as HTML.
 */
import { placeFinder, type PlaceFinder, type PlaceMatch } from '../../lib/geo/place-finder.ts';
import { formerNote, formerUnitText } from '../../lib/geo/place-text.ts';
import { decodeFinderIndex, type FinderIndex } from '../../lib/geo/finder-index.ts';
import { formatNumber } from '../../lib/format/format.ts';
import { fetchJson } from '../load.ts';
import { provincePath } from '../../lib/site/addresses.ts';
import { setField } from './fields.ts';

const SUGGESTIONS = 8;

export interface CommunePick {
  code: string;
  name: string;
  provinceCode: string;
  provinceName: string;
  /** The province's id in the site's content (its page is /dia-phuong/<id>/). */
  provinceId: string;
  lat: number;
  lon: number;
  /** The former units that matched what was typed, written as the sources write them. */
  formerNames: string[];
}

let finder: Promise<PlaceFinder> | undefined;
function loadFinder(url: string): Promise<PlaceFinder> {
  finder ??= fetchJson<FinderIndex>(url).then((index) => {
    const { communes, provinces } = decodeFinderIndex(index);
    return placeFinder(communes, provinces);
  });
  return finder;
}

export function attachCommunePickers(): void {
  document.querySelectorAll<HTMLElement>('[data-commune-picker]').forEach(attach);
}

function attach(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('[data-picker-input]')!;
  const list = root.querySelector<HTMLUListElement>('[data-picker-list]')!;
  const status = root.querySelector<HTMLElement>('[data-picker-status]')!;
  const chosen = root.querySelector<HTMLElement>('[data-picker-chosen]')!;
  const summary = root.querySelector<HTMLElement>('[data-picker-summary]')!;
  const provinceIds = JSON.parse(root.dataset.provinceIds ?? '{}') as Record<string, string>;
  const withDeployments = new Set((root.dataset.withDeployments ?? '').split(' ').filter(Boolean));
  let matches: PlaceMatch[] = [];
  let active = -1;
  let pending = 0;

  const open = (yes: boolean) => {
    list.hidden = !yes;
    input.setAttribute('aria-expanded', String(yes));
    if (!yes) setActive(-1);
  };
  const setActive = (i: number) => {
    active = i;
    list.querySelectorAll<HTMLLIElement>('[role="option"]').forEach((li, k) => li.setAttribute('aria-selected', String(k === i)));
    const li = i >= 0 ? list.children[i] : undefined;
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const render = (query: string, f: PlaceFinder) => {
    list.textContent = '';
    if (!query.trim()) {
      matches = [];
      status.textContent = '';
      return open(false);
    }
    const result = f.find(query, { limit: SUGGESTIONS });
    matches = result.matches.slice(0, Math.max(SUGGESTIONS, result.status === 'ambiguous' ? 30 : 0));
    if (result.status === 'none') {
      status.textContent = `Không tìm thấy xã, phường nào khớp “${query.trim()}”.${result.suggestions.length ? ` Có phải: ${result.suggestions.join(', ')}?` : ''}`;
      return open(false);
    }
    matches.forEach((m, i) => {
      const li = document.createElement('li');
      li.id = `${list.id}-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      const name = document.createElement('span');
      name.className = 'commune-picker__option-name';
      name.textContent = `${m.commune.name}, ${m.province.fullName} · mã ${m.commune.code}`;
      const former = document.createElement('span');
      former.className = 'commune-picker__option-former';
      former.textContent = formerNote(m);
      li.append(name, former);
      // mousedown, not click: keep the focus in the input so the list does not close first.
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        choose(i);
      });
      list.append(li);
    });
    const tied = result.status === 'ambiguous' ? matches.filter((m) => m.score === matches[0]!.score).length : 0;
    status.textContent =
      result.status === 'ambiguous'
        ? `${formatNumber(tied)} đơn vị cùng khớp: chọn theo tỉnh và tên cũ, hoặc gõ thêm tên huyện, tỉnh cũ.`
        : `${formatNumber(matches.length)} gợi ý; dùng phím mũi tên để chọn, Enter để xác nhận.`;
    open(true);
  };

  const choose = (i: number) => {
    const m = matches[i];
    if (!m) return;
    open(false);
    const pick: CommunePick = {
      code: m.commune.code,
      name: m.commune.name,
      provinceCode: m.province.code,
      provinceName: m.province.fullName,
      provinceId: provinceIds[m.province.code] ?? '',
      lat: m.commune.label[1],
      lon: m.commune.label[0],
      formerNames: m.matchedFormer.map(formerUnitText),
    };
    input.value = `${pick.name}, ${pick.provinceName}`;
    status.textContent = `Đã chọn ${pick.name}, ${pick.provinceName} (mã ${pick.code}).`;
    showChoice(pick, m);
    if (root.dataset.mode === 'fill') fillTargets(root, pick);
    root.dispatchEvent(new CustomEvent<CommunePick>('communepick', { detail: pick, bubbles: true }));
  };

  const showChoice = (pick: CommunePick, m: PlaceMatch) => {
    chosen.hidden = false;
    summary.textContent = '';
    const line = document.createElement('strong');
    line.textContent = `${pick.name}, ${pick.provinceName} · mã ${pick.code}`;
    const note = document.createElement('span');
    note.textContent = formerNote({ commune: m.commune, matchedFormer: m.matchedFormer });
    summary.append(line, document.createElement('br'), note);
    if (root.dataset.mode === 'find') {
      const link = document.createElement('a');
      const here = withDeployments.has(pick.code);
      link.href = `${provincePath(pick.provinceId)}${here ? `#xa-${pick.code}` : ''}`;
      link.textContent = here ? `Xem các mô hình đã triển khai ở ${pick.name}` : `Xem các mô hình ở ${pick.provinceName}`;
      summary.append(document.createElement('br'), link);
    } else {
      const where = document.createElement('span');
      where.dataset.pickerCoordinatesNote = '';
      where.textContent = 'Tọa độ đã điền là điểm đặt tên của xã, không phải vị trí chính xác.';
      summary.append(document.createElement('br'), where);
      attachMapPick(root, pick);
    }
  };

  input.addEventListener('focus', () => void loadFinder(root.dataset.index!).catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    const query = input.value;
    const ticket = ++pending;
    loadFinder(root.dataset.index!)
      .then((f) => {
        if (ticket === pending) render(query, f);
      })
      .catch(() => {
        status.textContent = 'Không tải được danh sách xã, phường; hãy nhập tên và tọa độ bằng tay.';
      });
  });
  input.addEventListener('keydown', (e) => {
    const n = list.children.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (n === 0) return;
      e.preventDefault();
      if (list.hidden) open(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive(active < 0 ? (step > 0 ? 0 : n - 1) : (active + step + n) % n);
    } else if (e.key === 'Enter' && !list.hidden && active >= 0) {
      e.preventDefault();
      choose(active);
    } else if (e.key === 'Escape') {
      if (!list.hidden) open(false);
      else input.value = '';
    }
  });
  input.addEventListener('blur', () => open(false));
}

/** Sets an input named by the picker's data-target-* attribute and tells its form bindings. */
function fillTargets(root: HTMLElement, pick: CommunePick): void {
  const values: Record<string, string> = {
    targetName: pick.name,
    targetCode: pick.code,
    targetLat: String(pick.lat),
    targetLon: String(pick.lon),
    targetProvince: pick.provinceId,
    targetFormerNames: pick.formerNames.join('; '),
  };
  for (const [key, value] of Object.entries(values)) setField(root.dataset[key], value);
}

function attachMapPick(root: HTMLElement, pick: CommunePick): void {
  const button = root.querySelector<HTMLButtonElement>('[data-picker-map-button]');
  const box = root.querySelector<HTMLElement>('[data-picker-map]');
  if (!button || !box) return;
  root.dataset.pickCode = pick.code;
  root.dataset.pickProvince = pick.provinceCode;
  if (button.dataset.bound) {
    // A new commune: close the old map, it is drawn again for the new one when asked.
    box.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    return;
  }
  button.dataset.bound = 'yes';
  button.addEventListener('click', () => {
    const show = box.hidden;
    box.hidden = !show;
    button.setAttribute('aria-expanded', String(show));
    if (!show) return;
    const status = root.querySelector<HTMLElement>('[data-picker-status]')!;
    status.textContent = 'Đang tải bản đồ…';
    import('./map-pick.ts')
      .then((m) => m.showMapPick(root, box, root.dataset.pickCode!, root.dataset.pickProvince!))
      .catch(() => {
        status.textContent = 'Không tải được bản đồ; hãy nhập vĩ độ, kinh độ bằng tay.';
      });
  });
}
