/** Reading a content folder from disk, for the command-line scripts, the site's build and the tests alike. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from '../src/lib/content/content-check.ts';

/**
 * Every file under a content folder (or under one of its subfolders, `under`), with paths relative to
 * the content folder ("models/x.mdx", "deployments/m/p.yaml").
 */
export function listContentFiles(root: string, under = ''): ContentFile[] {
  const files: ContentFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!entry.name.startsWith('.'))
        files.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(join(root, under));
  return files;
}
