/** Sets an input by id and tells its form bindings (input and change events), as typing would. */
export function setField(id: string | undefined, value: string): void {
  const el = id ? document.getElementById(id) : null;
  if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement)) return;
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}
