/**
 * Saved workflows in the browser: one localStorage entry per model and locality, each carrying its
 * version and migrated on read. Data that cannot be read is never dropped silently: it is moved to a
 * "hỏng" entry that the page offers for download before the user clears it. Takes a Storage-like
 * object so tests can use a plain map.
 */
import { migrateProfile, migrateWorkflow, WORKFLOW_VERSION, type LocalityProfile, type Migrated, type WorkflowState } from '../schema/workflow.ts';
import { slugify } from './slug.ts';

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

export function workflowKey(model: string, localityName: string): string {
  return `${PREFIX}${model}:${slugify(localityName) || UNNAMED}`;
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
  return migrateWorkflow(raw);
}

function quarantine(store: KeyValueStore, from: string, raw: string, reason: string): BrokenEntry {
  const key = `${BROKEN_PREFIX}${Date.now()}:${from}`;
  store.setItem(key, JSON.stringify({ from, reason, raw }));
  store.removeItem(from);
  return { key, from, reason, raw };
}

/**
 * Every saved workflow (of one model, or all), newest first. Unreadable entries are moved aside
 * and returned in `broken` with those moved aside earlier, so the page can offer them.
 */
export function listWorkflows(store: KeyValueStore, model?: string): { saved: SavedWorkflow[]; broken: BrokenEntry[] } {
  const saved: SavedWorkflow[] = [];
  for (const key of keys(store).filter((k) => k.startsWith(PREFIX))) {
    const raw = store.getItem(key) ?? '';
    const result = parseWorkflow(raw);
    if (!result.ok) {
      quarantine(store, key, raw, result.reason);
      continue;
    }
    if (model === undefined || result.value.model === model) saved.push({ key, state: result.value });
  }
  const profileRaw = store.getItem(PROFILE_KEY);
  if (profileRaw !== null) loadProfile(store);
  saved.sort((a, b) => b.state.updated.localeCompare(a.state.updated));
  return { saved, broken: listBroken(store) };
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

export function discardBroken(store: KeyValueStore, key: string): void {
  if (key.startsWith(BROKEN_PREFIX)) store.removeItem(key);
}

/**
 * Saves a workflow under its model and locality. When the locality's name changed since the last
 * save, the entry moves to the new key (previousKey is removed) so there is still exactly one.
 */
export function saveWorkflow(store: KeyValueStore, state: WorkflowState, previousKey?: string, now = new Date()): string {
  const key = workflowKey(state.model, state.profile.name);
  store.setItem(key, JSON.stringify({ ...state, version: WORKFLOW_VERSION, updated: now.toISOString() }));
  if (previousKey && previousKey !== key && previousKey.startsWith(PREFIX)) store.removeItem(previousKey);
  return key;
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
