import { describe, expect, it } from 'vitest';
import { migrateWorkflow, WORKFLOW_VERSION } from '../../../src/schema/workflow.ts';
import {
  discardBroken,
  exportWorkflow,
  listWorkflows,
  loadProfile,
  parseWorkflow,
  PROFILE_KEY,
  saveProfile,
  saveWorkflow,
  workflowKey,
  type KeyValueStore,
} from '../../../src/lib/workflow/workflow-store.ts';
import { memoryStore } from '../../../src/lib/workflow/browser-storage.ts';
import { profile } from '../helpers/workflow-fixtures.ts';
import { newWorkflow, newWorkflowId } from '../../../src/lib/workflow/ids.ts';

describe('workflow store', () => {
  it('keeps one entry per workflow under its id, through renames, per model', () => {
    const store = memoryStore();
    const state = newWorkflow('mo-hinh-a', profile({ name: 'Xã Đông Hòa' }));
    const first = saveWorkflow(store, state);
    expect(first).toBe(workflowKey(state.id));
    const renamed = saveWorkflow(store, { ...state, profile: { ...state.profile, name: 'Xã Tây Hòa' } }, first);
    expect(renamed).toBe(first);
    saveWorkflow(store, newWorkflow('mo-hinh-b', profile({ name: 'Xã Tây Hòa' })));
    expect(listWorkflows(store, 'mo-hinh-a').saved.map((s) => [s.key, s.state.profile.name])).toEqual([[first, 'Xã Tây Hòa']]);
    expect(listWorkflows(store).saved).toHaveLength(2);
  });

  it('exports and imports a workflow unchanged, including markup typed as text', () => {
    const state = newWorkflow('mo-hinh-a', profile({ name: '<img src=x onerror=alert(1)>', problem: 'Dòng 1\nDòng 2 “ngoặc”' }));
    state.checklist = [{ owner: 'Công an', due: '2026-01-02', done: '', notes: '<b>ghi chú</b>' }];
    state.reviews['so-ket'].values = { 'so-vu': { baseline: '10', value: '4' } };
    const back = parseWorkflow(exportWorkflow(state));
    expect(back).toEqual({ ok: true, value: state });
  });

  it('moves unreadable data aside instead of losing it, and lets the user discard it', () => {
    const store = memoryStore();
    store.setItem('mhtb:nhan-rong:mo-hinh-a:xa-a', '{not json');
    store.setItem('mhtb:nhan-rong:mo-hinh-a:xa-b', JSON.stringify({ version: WORKFLOW_VERSION + 1, model: 'mo-hinh-a' }));
    store.setItem(PROFILE_KEY, JSON.stringify({ version: 1, profile: { unitType: 'khong-co' } }));
    const { saved, broken } = listWorkflows(store, 'mo-hinh-a');
    expect(saved).toEqual([]);
    expect(broken.map((b) => [b.from, b.raw])).toEqual(
      expect.arrayContaining([
        ['mhtb:nhan-rong:mo-hinh-a:xa-a', '{not json'],
        ['mhtb:nhan-rong:mo-hinh-a:xa-b', expect.stringContaining(`"version":${WORKFLOW_VERSION + 1}`)],
        [PROFILE_KEY, expect.stringContaining('khong-co')],
      ]),
    );
    expect(broken.find((b) => b.from.endsWith('xa-b'))!.reason).toContain('phiên bản mới hơn');
    expect(store.getItem('mhtb:nhan-rong:mo-hinh-a:xa-a')).toBeNull();
    // Listing again does not duplicate; discarding removes it for good.
    expect(listWorkflows(store).broken).toHaveLength(3);
    for (const b of broken) discardBroken(store, b.key);
    expect(store.length).toBe(0);
  });

  it('leaves unreadable data in place, still offered, when storage refuses to move it aside', () => {
    const store = memoryStore();
    store.setItem('mhtb:nhan-rong:mo-hinh-a:xa-a', '{not json');
    const full: KeyValueStore = {
      ...store,
      get length() {
        return store.length;
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const { broken } = listWorkflows(full);
    expect(broken.map((b) => [b.key, b.raw])).toEqual([['mhtb:nhan-rong:mo-hinh-a:xa-a', '{not json']]);
    expect(store.getItem('mhtb:nhan-rong:mo-hinh-a:xa-a')).toBe('{not json');
    discardBroken(store, broken[0]!.key);
    expect(store.length).toBe(0);
  });

  it('migrates a stored record missing newer fields by filling defaults', () => {
    const result = migrateWorkflow({ version: 1, model: 'mo-hinh-a', profile: { name: 'Xã A' } }, newWorkflowId);
    expect(result.ok && result.value.reviews['tong-ket'].decision).toBe('');
    expect(result.ok && result.value.profile.traits).toEqual([]);
  });

  it('explains why a record cannot be read', () => {
    expect(migrateWorkflow(null, newWorkflowId)).toEqual({ ok: false, reason: 'dữ liệu không phải một bản ghi' });
    expect(migrateWorkflow({ model: 'a' }, newWorkflowId)).toEqual({ ok: false, reason: 'dữ liệu không ghi số phiên bản hợp lệ' });
    expect(parseWorkflow('xyz')).toEqual({ ok: false, reason: 'không phải dữ liệu JSON đọc được' });
    const bad = migrateWorkflow({ version: 1, model: 'Mô hình' }, newWorkflowId);
    expect(bad.ok === false && bad.reason).toContain('model');
  });

  it('saves and loads the shared locality profile', () => {
    const store = memoryStore();
    saveProfile(store, profile({ name: 'Phường B', traits: ['do-thi'] }));
    expect(loadProfile(store)).toEqual(profile({ name: 'Phường B', traits: ['do-thi'] }));
  });
});
