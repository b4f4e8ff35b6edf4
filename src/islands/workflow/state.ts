/**
 * The open workflow as data: the saved state padded to the model (one place per step, indicator
 * and prerequisite), edited by path, and the own-indicator list. No DOM, no storage.
 */
import type { Model } from '../../schema/model.ts';
import { workflowStateSchema, type OwnIndicator, type WorkflowState } from '../../schema/workflow.ts';
import { REVIEW_TYPES } from '../../schema/vocab.ts';
import { defaultBasis } from '../../lib/workflow/plan.ts';
import { slugify } from '../../lib/format/slug.ts';
import { setPath } from './bind.ts';

type Bag = Record<string, unknown>;

/** Pads the per-step and per-indicator parts so every control has a place in the state. */
export function normalize(model: Model, raw: WorkflowState): WorkflowState {
  const s = workflowStateSchema.parse(raw);
  const steps = model.replication.steps;
  s.plan.weeks = steps.map((_, i) => s.plan.weeks[i] ?? '');
  s.plan.basis ??= defaultBasis(model);
  s.checklist = steps.map((_, i) => s.checklist[i] ?? { owner: '', due: '', done: '', notes: '' });
  s.prerequisites = model.replication.prerequisites.map((_, i) => s.prerequisites[i] ?? false);
  for (const type of REVIEW_TYPES.keys)
    for (const ind of [...model.replication.indicators, ...s.indicators]) s.reviews[type].values[ind.id] ??= { baseline: '', value: '' };
  return s;
}

export function setField(state: WorkflowState, path: string, value: unknown): void {
  setPath(state as unknown as Bag, path, value);
}

/** A new own indicator with an id that no other indicator of this workflow has. */
export function addIndicator(state: WorkflowState): OwnIndicator {
  const taken = new Set(state.indicators.map((i) => i.id));
  let n = state.indicators.length + 1;
  while (taken.has(`rieng-${n}`)) n++;
  const indicator: OwnIndicator = { id: `rieng-${n}`, name: '', unit: '', direction: '' };
  state.indicators.push(indicator);
  for (const type of REVIEW_TYPES.keys) state.reviews[type].values[indicator.id] = { baseline: '', value: '' };
  return indicator;
}

export function removeIndicator(state: WorkflowState, id: string): void {
  state.indicators = state.indicators.filter((i) => i.id !== id);
  for (const type of REVIEW_TYPES.keys) delete state.reviews[type].values[id];
}

export function fileStem(kind: string, slug: string, state: WorkflowState): string {
  return `${kind}-${slug}-${slugify(state.profile.name) || 'chua-dat-ten'}`;
}
