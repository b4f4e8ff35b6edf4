/**
 * Every deployment file of a content folder, read with the content check's reader and schema (not through
 * Astro's content layer, which would hold and serialise 124,000 entries at national scale). Files are read
 * and parsed one at a time, so only the records stay in memory, never all the texts at once; and a value
 * repeated across files (a model's slug, a province, a commune, an article's title and address) is kept
 * once, not once per file: at national scale that halves the records, from about 280 MB to 130 MB.
 */
import type { Deployment } from '../schema/deployment.ts';
import { deploymentId, readDeploymentFile } from '../lib/content/content-check.ts';
import { formatProblem } from '../lib/content/records.ts';
import { readContentFiles } from '../../tools/content-files.ts';
import { readDeploymentSnapshot, SNAPSHOT_DIR } from '../../tools/deployment-snapshot.ts';

/** One deployment file: content/deployments/<model-slug>/<place-slug>.yaml → id "<model-slug>/<place-slug>". */
export interface DeploymentEntry {
  id: string;
  data: Deployment;
}

/** Replaces, inside `value` (parsed YAML: plain objects, arrays, scalars), each string by the first equal one seen. */
function shareStrings<T>(value: T, seen: Map<string, string>): T {
  if (typeof value === 'string') {
    const first = seen.get(value);
    if (first !== undefined) return first as T;
    seen.set(value, value);
    return value;
  }
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) value[i] = shareStrings(value[i], seen);
  else if (value !== null && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) (value as Record<string, unknown>)[key] = shareStrings(v, seen);
  return value;
}

/**
 * The deployments under `root`, in file order; throws naming every problem of every invalid file. After
 * the content check, from the snapshot it left of these very files (tools/deployment-snapshot.ts).
 */
export function readDeployments(root: string, snapshots = SNAPSHOT_DIR): DeploymentEntry[] {
  const seen = new Map<string, string>();
  const checked = readDeploymentSnapshot(root, snapshots);
  if (checked) return checked.map((e) => ({ id: e.id, data: shareStrings(e.data, seen) }));
  const list: DeploymentEntry[] = [];
  const problems: string[] = [];
  for (const f of readContentFiles(root, 'deployments')) {
    if (!f.path.endsWith('.yaml')) continue;
    const read = readDeploymentFile(f);
    if (read.data) list.push({ id: deploymentId(f.path), data: shareStrings(read.data, seen) });
    else problems.push(...read.problems.map(formatProblem));
  }
  if (problems.length > 0) throw new Error(`Điểm triển khai không hợp lệ (npm run check:content):\n${problems.join('\n')}`);
  return list;
}
