/**
 * Tiny DOM helpers for the workflow islands. Everything a user typed reaches the page through
 * text nodes (h's string children), never through innerHTML, so typed markup stays inert.
 */
type Child = Node | string | number | false | null | undefined;
/** One child, or arrays of them nested to any depth (a .map() that returns arrays gives Child[][]). */
type Children = Child | Children[];

/** Appends children in order, flattening nested arrays and skipping null, undefined and false. */
function appendChildren(el: Element, children: Children[]): void {
  for (const child of children) {
    if (Array.isArray(child)) appendChildren(el, child);
    else if (child !== null && child !== undefined && child !== false)
      el.append(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Children[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    // A style attribute is refused by the site's CSP (no 'unsafe-inline'); the CSSOM is allowed.
    if (name === 'style' && typeof value === 'string') el.style.cssText = value;
    else el.setAttribute(name, value === true ? '' : value);
  }
  appendChildren(el, children);
  return el;
}

/** Replaces the contents of every `[data-out=name]` under root. */
export function out(root: ParentNode, name: string, ...children: Children[]): void {
  root.querySelectorAll<HTMLElement>(`[data-out="${name}"]`).forEach((el) => {
    el.replaceChildren();
    appendChildren(el, children);
  });
}

/** Saves bytes or text as a file through the browser's download. */
export function download(content: BlobPart, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function readJsonData<T>(id: string): T {
  return JSON.parse(document.getElementById(id)!.textContent ?? '') as T;
}
