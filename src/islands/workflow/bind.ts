/**
 * Two-way binding between form controls carrying `data-bind="a.b.0.c"` and a plain state object.
 * Checkbox groups bind to arrays of values; `data-type="bool"` checkboxes to booleans; radios to
 * the checked value; everything else to the text typed.
 */
type Bag = Record<string, unknown>;
export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export function getPath(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Bag)[k] : undefined), obj);
}

export function setPath(obj: Bag, path: string, value: unknown): void {
  const keys = path.split('.');
  let o: Bag = obj;
  keys.slice(0, -1).forEach((k, i) => {
    if (typeof o[k] !== 'object' || o[k] === null) o[k] = /^\d+$/.test(keys[i + 1]!) ? [] : {};
    o = o[k] as Bag;
  });
  o[keys[keys.length - 1]!] = value;
}

export function controls(root: ParentNode): Control[] {
  return [...root.querySelectorAll<Control>('[data-bind]')];
}

/** The control's contribution to the state at its path. */
export function readControl(el: Control, state: Bag): unknown {
  const path = el.dataset.bind!;
  if (el instanceof HTMLInputElement && el.type === 'checkbox') {
    if (el.dataset.type === 'bool') return el.checked;
    const current = new Set((getPath(state, path) as string[] | undefined) ?? []);
    if (el.checked) current.add(el.value);
    else current.delete(el.value);
    // Keep the page's order, so saved files do not depend on click order.
    const order = controls(el.form ?? document)
      .filter((c) => c.dataset.bind === path)
      .map((c) => c.value);
    return order.filter((v) => current.has(v));
  }
  return el.value;
}

export function fill(root: ParentNode, state: unknown): void {
  for (const el of controls(root)) {
    const value = getPath(state, el.dataset.bind!);
    if (el instanceof HTMLInputElement && el.type === 'checkbox') {
      el.checked = el.dataset.type === 'bool' ? value === true : Array.isArray(value) && value.includes(el.value);
    } else if (el instanceof HTMLInputElement && el.type === 'radio') {
      el.checked = value === el.value;
    } else {
      el.value = typeof value === 'string' ? value : '';
    }
  }
}
