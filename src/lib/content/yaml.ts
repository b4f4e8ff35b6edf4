/**
 * How the site writes YAML (the workflow's deployment record, the authoring scripts): with js-yaml,
 * the library Astro reads content with, so what is written is read back the same way.
 */
import { dump } from 'js-yaml';

/** Long lines stay whole (no folding), undefined fields are left out. */
export function toYaml(value: unknown): string {
  return dump(value, { lineWidth: -1, noRefs: true, skipInvalid: true });
}
