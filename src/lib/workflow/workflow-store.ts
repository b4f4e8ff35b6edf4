/**
 * Saved workflows in the browser: one localStorage entry per workflow, keyed by the workflow's
 * stable random id (never by the locality's name, which changes as the user types), each carrying
 * its version and migrated on read. Data that cannot be read is never dropped silently: it is moved to a
 * "hỏng" entry that the page offers for download before the user clears it. Takes a Storage-like
 * object so tests can use a plain map.
 */
import {
  migrateProfile,
  migrateWorkflow,
  WORKFLOW_VERSION,
  type LocalityProfile,
  type Migrated,
  type WorkflowState,
} from '../../schema/workflow.ts';
import { slugify } from '../format/slug.ts';
import { formatDateTime } from '../format/format.ts';
import { newWorkflowId } from './ids.ts';

export interface KeyValueStore {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'mhtb:nhan-rong:';
const BROKEN_PREFIX = 'mhtb:hong:';
export const PROFILE_KEY = 'mhtb:ho-so-dia-phuong';
export const UNNAMED = 'chua-dat-ten';

/** A workflow's name where the user sees it. */
export const workflowName = (state: Pick<WorkflowState, 'profile'>): string => state.profile.name || '(chưa đặt tên)';

/**
 * "Hồ sơ đang làm: Xã Y Tý · lưu lúc 10:42": the one line the saved-workflows box shows until it is
 * opened (also printed in the page, for a new workflow, so the island's first render moves nothing).
 */
export function savedSummary(state: Pick<WorkflowState, 'profile'>, savedAt: string | undefined): string {
  const when = savedAt ? formatDateTime(savedAt) : '';
  return `Hồ sơ đang làm: ${workflowName(state)}${when ? ` · lưu lúc ${when}` : ' · chưa lưu'}`;
}

/** Version 1 used `${PREFIX}<model>:<locality slug>`; such entries are moved to this key on read. */
export function workflowKey(id: string): string {
  return `${PREFIX}${id}`;
}

export interface SavedWorkflow {
  key: string;
  state: WorkflowState;
}

export interface BrokenEntry {
  /** The localStorage key it now lives under. */
  key: string;
  /** Where it was found. */
  from: string;
  reason: string;
  raw: string;
}

function keys(store: KeyValueStore): string[] {
  return Array.from({ length: store.length }, (_, i) => store.key(i)).filter((k): k is string => k !== null);
}

/** Text (stored or imported) → the current version, or why not. */
export function parseWorkflow(text: string): Migrated<WorkflowState> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'không phải dữ liệu JSON đọc được' };
  }
  return migrateWorkflow(raw, newWorkflowId);
}

/** Moves unreadable data aside; when storage refuses the copy, it stays where it is (never lost). */
function quarantine(store: KeyValueStore, from: string, raw: string, reason: string): BrokenEntry {
  const key = `${BROKEN_PREFIX}${Date.now()}:${from}`;
  try {
    store.setItem(key, JSON.stringify({ from, reason, raw }));
  } catch {
    return { key: from, from, reason, raw };
  }
  store.removeItem(from);
  return { key, from, reason, raw };
}

/**
 * A record read from an older key (version 1, by locality name) is written under its id and the
 * old entry removed, so the id the migration gave it is kept. If storage refuses the write, it is
 * read from the old key again next time (and saveWorkflow moves it when the user next edits).
 */
function moveToIdKey(store: KeyValueStore, from: string, state: WorkflowState): string {
  const to = workflowKey(state.id);
  if (from === to || store.getItem(to) !== null) return from;
  try {
    store.setItem(to, JSON.stringify(state));
  } catch {
    return from;
  }
  store.removeItem(from);
  return to;
}

/**
 * Every saved workflow (of one model, or all), newest first. Unreadable entries are moved aside
 * and returned in `broken` with those moved aside earlier, so the page can offer them.
 */
export function listWorkflows(store: KeyValueStore, model?: string): { saved: SavedWorkflow[]; broken: BrokenEntry[] } {
  const saved: SavedWorkflow[] = [];
  const stuck: BrokenEntry[] = [];
  for (const key of keys(store).filter((k) => k.startsWith(PREFIX))) {
    const raw = store.getItem(key) ?? '';
    const result = parseWorkflow(raw);
    if (!result.ok) {
      const entry = quarantine(store, key, raw, result.reason);
      if (entry.key === key) stuck.push(entry);
      continue;
    }
    const at = moveToIdKey(store, key, result.value);
    if (model === undefined || result.value.model === model) saved.push({ key: at, state: result.value });
  }
  const profileRaw = store.getItem(PROFILE_KEY);
  if (profileRaw !== null) loadProfile(store);
  saved.sort((a, b) => b.state.updated.localeCompare(a.state.updated));
  return { saved, broken: [...listBroken(store), ...stuck] };
}

export function listBroken(store: KeyValueStore): BrokenEntry[] {
  return keys(store)
    .filter((k) => k.startsWith(BROKEN_PREFIX))
    .sort()
    .map((key) => {
      try {
        const { from, reason, raw } = JSON.parse(store.getItem(key) ?? '') as Omit<BrokenEntry, 'key'>;
        return { key, from, reason, raw };
      } catch {
        return { key, from: key, reason: 'không đọc được', raw: store.getItem(key) ?? '' };
      }
    });
}

/** Removes data the user chose to discard: moved aside, or (when storage refused the move) in place. */
export function discardBroken(store: KeyValueStore, key: string): void {
  if (key.startsWith(BROKEN_PREFIX) || key.startsWith(PREFIX) || key === PROFILE_KEY) store.removeItem(key);
}

/**
 * Saves a workflow under its id, which never changes, so renaming cannot touch another saved
 * workflow. previousKey is only different when the workflow was read from a version-1 key that
 * could not be moved yet: that old entry (the same workflow) is then removed.
 */
export function saveWorkflow(store: KeyValueStore, state: WorkflowState, previousKey?: string, now = new Date()): string {
  const key = workflowKey(state.id);
  store.setItem(key, JSON.stringify({ ...state, version: WORKFLOW_VERSION, updated: now.toISOString() }));
  if (previousKey && previousKey !== key && previousKey.startsWith(PREFIX)) store.removeItem(previousKey);
  return key;
}

/**
 * Saves an imported workflow. A file carries the id it was saved under; if this browser already
 * holds a workflow with that id, it is replaced only when confirmReplace (shown the saved one) says
 * so; otherwise the import gets a new id and both are kept.
 */
export function importWorkflow(
  store: KeyValueStore,
  state: WorkflowState,
  confirmReplace: (existing: WorkflowState) => boolean,
  now = new Date(),
): { key: string; state: WorkflowState; replaced: boolean } {
  const raw = store.getItem(workflowKey(state.id));
  const existing = raw === null ? undefined : parseWorkflow(raw);
  const replaced = existing?.ok === true && confirmReplace(existing.value);
  const next = existing === undefined || replaced ? state : { ...state, id: newWorkflowId() };
  return { key: saveWorkflow(store, next, undefined, now), state: next, replaced };
}

export function deleteWorkflow(store: KeyValueStore, key: string): void {
  if (key.startsWith(PREFIX)) store.removeItem(key);
}

/** The file a user downloads to move a workflow to another browser: the state itself, indented. */
export function exportWorkflow(state: WorkflowState): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}

export function exportFileName(state: WorkflowState): string {
  return `nhan-rong-${state.model}-${slugify(state.profile.name) || UNNAMED}.json`;
}

/** The locality profile shared by /nhan-rong/ and new workflows; unreadable data is moved aside. */
export function loadProfile(store: KeyValueStore): LocalityProfile | undefined {
  const raw = store.getItem(PROFILE_KEY);
  if (raw === null) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    quarantine(store, PROFILE_KEY, raw, 'không phải dữ liệu JSON đọc được');
    return undefined;
  }
  const result = migrateProfile(parsed);
  if (!result.ok) {
    quarantine(store, PROFILE_KEY, raw, result.reason);
    return undefined;
  }
  return result.value.profile;
}

export function saveProfile(store: KeyValueStore, profile: LocalityProfile): void {
  store.setItem(PROFILE_KEY, JSON.stringify({ version: WORKFLOW_VERSION, profile }));
}
