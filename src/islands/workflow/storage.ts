/**
 * The workflow's saved copies in this browser: opening storage (a memory fallback when it is
 * blocked), saving on each edit without re-reading the others, listing them only when the list is
 * shown, import and export, and data that could not be read offered back for download.
 */
import type { WorkflowState } from '../../schema/workflow.ts';
import { openStorage, tryStorage } from '../../lib/workflow/browser-storage.ts';
import {
  deleteWorkflow,
  discardBroken,
  importWorkflow,
  listBroken,
  listWorkflows,
  loadProfile,
  parseWorkflow,
  saveProfile,
  saveWorkflow,
  type BrokenEntry,
  type SavedWorkflow,
} from '../../lib/workflow/workflow-store.ts';

export interface WorkflowStorage {
  /** Set when storage is unusable for this visit: nothing outlives the page. */
  readonly warning: string | undefined;
  list(model?: string): { saved: SavedWorkflow[]; broken: BrokenEntry[]; problem?: string };
  broken(): BrokenEntry[];
  /** Saves the open workflow; returns its key and the problem, if storage refused. */
  save(state: WorkflowState, key: string | undefined): { key: string | undefined; problem?: string };
  remove(key: string): string | undefined;
  discard(key: string): string | undefined;
  savedProfile(): ReturnType<typeof loadProfile>;
  importText(
    text: string,
    confirmReplace: (existing: WorkflowState) => boolean,
  ): { ok: false; reason: string } | { ok: true; state: WorkflowState; key?: string; replaced: boolean; problem?: string };
}

export function openWorkflowStorage(): WorkflowStorage {
  const opened = openStorage(() => window.localStorage);
  const store = opened.store;
  return {
    warning: opened.problem,
    list(model) {
      let result: { saved: SavedWorkflow[]; broken: BrokenEntry[] } = { saved: [], broken: [] };
      const problem = tryStorage(() => (result = listWorkflows(store, model)));
      return { ...result, problem };
    },
    broken() {
      let result: BrokenEntry[] = [];
      tryStorage(() => (result = listBroken(store)));
      return result;
    },
    save(state, key) {
      let next = key;
      const problem = tryStorage(() => {
        next = saveWorkflow(store, state, key);
        saveProfile(store, state.profile);
      });
      return { key: next, problem: problem ?? opened.problem };
    },
    remove: (key) => tryStorage(() => deleteWorkflow(store, key)),
    discard: (key) => tryStorage(() => discardBroken(store, key)),
    savedProfile() {
      let profile: ReturnType<typeof loadProfile>;
      tryStorage(() => (profile = loadProfile(store)));
      return profile;
    },
    importText(text, confirmReplace) {
      const result = parseWorkflow(text);
      if (!result.ok) return result;
      let imported: ReturnType<typeof importWorkflow> | undefined;
      const problem = tryStorage(() => (imported = importWorkflow(store, result.value, confirmReplace)));
      // Not saved: still opened, so the user can work and export.
      if (!imported) return { ok: true, state: result.value, replaced: false, problem };
      return { ok: true, state: imported.state, key: imported.key, replaced: imported.replaced };
    },
  };
}
