/**
 * The content the site was built from (CONTENT_DIR, or content/), validated with the same check as the
 * build, so tests can compare what the site publishes with what the collections hold.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { checkContent, type CheckedContent, type ContentFile } from '../../../src/lib/content-check.ts';

export function contentRoot(): string {
  return resolve(process.env.CONTENT_DIR ?? 'content');
}

export function loadContent(root = contentRoot()): CheckedContent {
  const files: ContentFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!entry.name.startsWith('.')) files.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(root);
  const content = checkContent(files);
  if (content.problems.length > 0) throw new Error(`The content in ${root} is invalid; run npm run check:content.`);
  return content;
}
