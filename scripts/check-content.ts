/**
 * npm run check:content [-- --content <folder>]   (or CONTENT_DIR=<folder>)
 * Validates every file under content/ with the site's schemas and prints every problem at once.
 * Exit code 1 when anything is wrong, so `npm run build` stops before Astro starts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { checkContent, formatProblem, type ContentFile } from '../src/lib/content-check.ts';

function listFiles(root: string): ContentFile[] {
  const files: ContentFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!entry.name.startsWith('.')) files.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(root);
  return files;
}

const flag = process.argv.indexOf('--content');
const root = resolve(flag >= 0 ? process.argv[flag + 1]! : (process.env.CONTENT_DIR ?? 'content'));
const { problems, models, deployments, provinces } = checkContent(listFiles(root));

if (problems.length > 0) {
  console.error(`Nội dung không hợp lệ: ${problems.length} lỗi trong ${new Set(problems.map((p) => p.file)).size} tệp (${root})`);
  for (const p of problems) console.error(`  ✗ ${formatProblem(p)}`);
  process.exit(1);
}
console.log(`Nội dung hợp lệ: ${models.size} mô hình, ${deployments.size} điểm triển khai, ${provinces.size} tỉnh, thành.`);
