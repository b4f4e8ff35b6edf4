/** Ids of saved workflows: made here, in the logic layer, so the schemas stay free of randomness. */
import { emptyWorkflow, type LocalityProfile, type WorkflowState } from '../../schema/workflow.ts';

/**
 * A random id for a new saved workflow. crypto.randomUUID needs a secure context (https or
 * localhost); the site may be opened over plain http on an intranet, so fall back to
 * getRandomValues, which browsers offer everywhere, formatted the same way (UUID v4).
 */
export function newWorkflowId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A new, empty workflow for a model under a fresh id, pre-filled with the locality's profile if given. */
export function newWorkflow(model: string, profile?: LocalityProfile): WorkflowState {
  return emptyWorkflow(model, profile, newWorkflowId());
}
