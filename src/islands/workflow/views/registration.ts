/**
 * Stage 5's messages, the GOV.UK error-summary pattern: after "Kiểm tra", a summary at the top
 * links to each field; a field's own message shows once it has been touched (left) or checked.
 */
import type { RegistrationError, RegistrationField } from '../../../lib/workflow/registration.ts';
import { h } from '../dom.ts';

export function showFieldErrors(root: ParentNode, errors: RegistrationError[], visible: ReadonlySet<RegistrationField>): void {
  const byField = new Map(errors.map((e) => [e.field, e]));
  root.querySelectorAll<HTMLElement>('[data-error-for]').forEach((slot) => {
    const field = slot.dataset.errorFor as RegistrationField;
    const error = visible.has(field) ? byField.get(field) : undefined;
    slot.hidden = !error;
    slot.textContent = error ? error.message : '';
    slot.closest('[data-field]')?.classList.toggle('wf-field--error', Boolean(error));
    root
      .querySelectorAll<HTMLElement>(`[data-check="${field}"]`)
      .forEach((input) => (error ? input.setAttribute('aria-invalid', 'true') : input.removeAttribute('aria-invalid')));
  });
}

export function renderErrorSummary(errors: RegistrationError[]): HTMLElement[] {
  return [
    h('h3', { class: 'wf-error-summary__title' }, 'Cần sửa trước khi đăng ký'),
    h(
      'ul',
      {},
      errors.map((e) => h('li', {}, h('a', { href: `#${e.target}`, 'data-summary-link': e.target }, e.message))),
    ),
  ];
}
