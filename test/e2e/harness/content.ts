/**
 * The content the site was built from (CONTENT_DIR, or content/), validated with the same check as the
 * build, so tests can compare what the site publishes with what the collections hold.
 */
import { resolve } from 'node:path';
import { checkContent, type CheckedContent } from '../../../src/lib/content/content-check.ts';
import { groupByField, handbookVolumes } from '../../../src/lib/catalogue/handbook.ts';
import { listContentFiles } from '../../../tools/content-files.ts';

export function contentRoot(): string {
  return resolve(process.env.CONTENT_DIR ?? 'content');
}

export function loadContent(root = contentRoot()): CheckedContent {
  const content = checkContent(listContentFiles(root));
  if (content.problems.length > 0) throw new Error(`The content in ${root} is invalid; run npm run check:content.`);
  return content;
}

/** The content's models as `{ id, data }`, and the handbook volumes they make (by field, as the site groups them). */
export function modelsAndVolumes(content: CheckedContent) {
  const models = [...content.models.entries()].map(([id, data]) => ({ id, data }));
  const volumes = handbookVolumes(
    groupByField(
      models,
      (m) => m.data.field,
      (m) => m.data.title,
    ),
  );
  return { models, volumes };
}
