/**
 * Saved workflows keep a stable id as their storage key: renaming, starting a new workflow or
 * importing a file never overwrites or deletes another saved workflow; old records are migrated.
 */
import { describe, expect, it } from 'vitest';
import { migrateWorkflow, WORKFLOW_VERSION, type WorkflowState } from '../../../src/schema/workflow.ts';
import {
  importWorkflow,
  listWorkflows,
  loadProfile,
  PROFILE_KEY,
  saveWorkflow,
  type KeyValueStore,
} from '../../../src/lib/workflow/workflow-store.ts';
import { memoryStore } from '../../../src/lib/workflow/browser-storage.ts';
import { profile } from '../helpers/workflow-fixtures.ts';
import { newWorkflow, newWorkflowId } from '../../../src/lib/workflow/ids.ts';

const named = (state: WorkflowState, name: string): WorkflowState => ({ ...state, profile: { ...state.profile, name } });
const names = (store: KeyValueStore, model?: string) =>
  listWorkflows(store, model)
    .saved.map((s) => s.state.profile.name)
    .sort();

/** What the page does: save on every keystroke, passing the key it saved under last time. */
function typeName(store: KeyValueStore, state: WorkflowState, name: string, key?: string): string | undefined {
  for (let i = 1; i <= name.length; i++) key = saveWorkflow(store, named(state, name.slice(0, i)), key);
  return key;
}

describe('saved workflow keys', () => {
  it('typing a new locality whose name passes through a saved one neither overwrites nor deletes it', () => {
    const store = memoryStore();
    const long = named(newWorkflow('mo-hinh-a'), 'Long');
    long.checklist = [{ owner: 'Tổ Long', due: '', done: '', notes: '' }];
    saveWorkflow(store, long);
    typeName(store, newWorkflow('mo-hinh-a'), 'Long Hưng');
    expect(names(store, 'mo-hinh-a')).toEqual(['Long', 'Long Hưng']);
    expect(listWorkflows(store).saved.find((s) => s.state.profile.name === 'Long')!.state.checklist[0]!.owner).toBe('Tổ Long');
  });

  it('keeps one entry per workflow through renames', () => {
    const store = memoryStore();
    const key = typeName(store, newWorkflow('mo-hinh-a'), 'Xã Đông Hòa');
    const again = saveWorkflow(store, named(newWorkflow('mo-hinh-a'), 'x'), undefined);
    expect(again).not.toBe(key);
    expect(listWorkflows(store).saved).toHaveLength(2);
  });

  it('a second unnamed workflow ("Hồ sơ mới", then an edit) does not overwrite the first', () => {
    const store = memoryStore();
    const first = newWorkflow('mo-hinh-a');
    first.plan.startDate = '2026-01-05';
    saveWorkflow(store, first);
    const second = newWorkflow('mo-hinh-a');
    second.plan.issuer = 'UBND';
    saveWorkflow(store, second);
    const saved = listWorkflows(store, 'mo-hinh-a').saved;
    expect(saved.map((s) => s.state.plan.startDate).sort()).toEqual(['', '2026-01-05']);
  });

  it('importing a file never overwrites a saved workflow of the same name, for this or another model', () => {
    const store = memoryStore();
    saveWorkflow(store, named(newWorkflow('mo-hinh-a'), 'Xã A'));
    saveWorkflow(store, named(newWorkflow('mo-hinh-b'), 'Xã A'));
    const asked: string[] = [];
    for (const model of ['mo-hinh-a', 'mo-hinh-b'])
      importWorkflow(store, named(newWorkflow(model), 'Xã A'), (existing) => {
        asked.push(existing.profile.name);
        return true;
      });
    expect(asked).toEqual([]);
    expect(names(store, 'mo-hinh-a')).toEqual(['Xã A', 'Xã A']);
    expect(names(store, 'mo-hinh-b')).toEqual(['Xã A', 'Xã A']);
  });

  it('importing the same workflow again replaces it only when the user confirms, else keeps both', () => {
    const store = memoryStore();
    const original = named(newWorkflow('mo-hinh-a'), 'Xã A');
    const key = saveWorkflow(store, original);
    const edited = named(original, 'Xã A (sửa)');
    const kept = importWorkflow(store, edited, () => false);
    expect(kept.key).not.toBe(key);
    expect(kept.state.id).not.toBe(original.id);
    expect(names(store)).toEqual(['Xã A', 'Xã A (sửa)']);
    const replaced = importWorkflow(store, named(original, 'Xã A mới'), (existing) => existing.profile.name === 'Xã A');
    expect(replaced.key).toBe(key);
    expect(names(store)).toEqual(['Xã A (sửa)', 'Xã A mới']);
  });

  it('migrates version-1 records (keyed by locality name) to stable ids without losing any', () => {
    const store = memoryStore();
    const v1 = (name: string, model = 'mo-hinh-a') => ({
      version: 1,
      model,
      updated: '2025-05-01T00:00:00.000Z',
      profile: { ...profile({ name }) },
      plan: { startDate: '2025-06-01' },
    });
    store.setItem('mhtb:nhan-rong:mo-hinh-a:long', JSON.stringify(v1('Long')));
    store.setItem('mhtb:nhan-rong:mo-hinh-a:chua-dat-ten', JSON.stringify(v1('')));
    store.setItem('mhtb:nhan-rong:mo-hinh-b:long', JSON.stringify(v1('Long', 'mo-hinh-b')));
    store.setItem(PROFILE_KEY, JSON.stringify({ version: 1, profile: profile({ name: 'Long' }) }));
    const first = listWorkflows(store);
    expect(first.broken).toEqual([]);
    expect(first.saved).toHaveLength(3);
    for (const s of first.saved) {
      expect(s.state.version).toBe(WORKFLOW_VERSION);
      expect(s.state.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(s.state.plan.startDate).toBe('2025-06-01');
      expect(s.key).toContain(s.state.id);
    }
    expect(new Set(first.saved.map((s) => s.state.id)).size).toBe(3);
    // The migrated records were written back: the ids are stable and the old keys are gone.
    expect(
      listWorkflows(store)
        .saved.map((s) => s.key)
        .sort(),
    ).toEqual(first.saved.map((s) => s.key).sort());
    expect(
      Array.from({ length: store.length }, (_, i) => store.key(i)!).filter((k) => k.endsWith(':long') || k.endsWith(':chua-dat-ten')),
    ).toEqual([]);
    expect(loadProfile(store)!.name).toBe('Long');
  });

  it('a version-1 file migrates to a record with an id', () => {
    const result = migrateWorkflow({ version: 1, model: 'mo-hinh-a', profile: { name: 'Xã A' } }, newWorkflowId);
    expect(result.ok && result.value.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.ok && result.value.profile.name).toBe('Xã A');
  });

  it('every new workflow gets its own id', () => {
    expect(newWorkflow('a').id).not.toBe(newWorkflow('a').id);
  });
});
