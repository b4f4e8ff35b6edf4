/**
 * npm run check:content [-- --content <folder>]   (or CONTENT_DIR=<folder>)
 * Validates every file under content/ with the site's schemas and prints every problem at once;
 * deployment points are checked against today's province and commune boundaries (src/data/admin).
 * Exit code 1 when anything is wrong, so `npm run build` stops before Astro starts. When all is valid, the
 * deployment files as it parsed them are kept for the build (tools/deployment-snapshot.ts), which then need
 * not read and parse them again.
 */
import { resolve } from 'node:path';
import { checkContent } from '../src/lib/content/content-check.ts';
import { formatProblem } from '../src/lib/content/records.ts';
import { listContentFiles } from '../tools/content-files.ts';
import { loadAdminGeo } from '../tools/admin-geo.ts';
import { type FileState, fingerprintOf, writeDeploymentSnapshot } from '../tools/deployment-snapshot.ts';

const flag = process.argv.indexOf('--content');
const root = resolve(flag >= 0 ? process.argv[flag + 1]! : (process.env.CONTENT_DIR ?? 'content'));
// Each file's state as it is read: a file edited after that leaves a snapshot that no longer matches.
const seen: FileState[] = [];
const files = listContentFiles(root, '', (path, stats) => seen.push({ path, stats, seenAt: Date.now() }));
const { problems, models, deployments, parsedDeployments, provinces } = checkContent(files, loadAdminGeo());

if (problems.length > 0) {
  console.error(`Nội dung không hợp lệ: ${problems.length} lỗi trong ${new Set(problems.map((p) => p.file)).size} tệp (${root})`);
  for (const p of problems) console.error(`  ✗ ${formatProblem(p)}`);
  process.exit(1);
}
try {
  writeDeploymentSnapshot(root, fingerprintOf(seen), parsedDeployments);
} catch (error) {
  // Only a cache: the build reads the files instead.
  console.warn(
    `Không lưu được bản đọc sẵn các điểm triển khai (${error instanceof Error ? error.message : error}); bản dựng sẽ đọc lại từng tệp.`,
  );
}
console.log(`Nội dung hợp lệ: ${models.size} mô hình, ${deployments.size} điểm triển khai, ${provinces.size} tỉnh, thành.`);
