/**
 * Every deployment file of a content folder, read with the content check's reader and schema (not through
 * Astro's content layer, which would hold and serialise 124,000 entries at national scale). Files are read
 * and parsed one at a time, so only the records stay in memory, never all the texts at once; and a value
 * repeated across files (a model's slug, a province, a commune, an article's title and address) is kept
 * once, not once per file: at national scale that halves the records, from about 280 MB to 130 MB.
 */
import type { Deployment } from '../schema/deployment.ts';
import { deploymentFromValue, deploymentId, readDeploymentFile, type ParsedFile } from '../lib/content/content-check.ts';
import { formatProblem, type Problem } from '../lib/content/records.ts';
import { readContentFiles } from '../../tools/content-files.ts';
import { DamagedSnapshot, readDeploymentSnapshot, SNAPSHOT_DIR } from '../../tools/deployment-snapshot.ts';

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

type Read = { path: string; data?: Deployment; problems: Problem[] };

function* fromSnapshot(files: Iterable<ParsedFile>): Generator<Read> {
  for (const { path, value } of files) yield { path, ...deploymentFromValue(path, value) };
}

function* fromFiles(root: string): Generator<Read> {
  for (const f of readContentFiles(root, 'deployments')) if (f.path.endsWith('.yaml')) yield { path: f.path, ...readDeploymentFile(f) };
}

/** The records, in file order; throws naming every problem of every invalid file. */
function collect(reads: Iterable<Read>): DeploymentEntry[] {
  const list: DeploymentEntry[] = [];
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const { path, data, problems: found } of reads) {
    if (data) list.push({ id: deploymentId(path), data: shareStrings(data, seen) });
    else problems.push(...found.map(formatProblem));
  }
  if (problems.length > 0) throw new Error(`Điểm triển khai không hợp lệ (npm run check:content):\n${problems.join('\n')}`);
  return list;
}

/**
 * The deployments under `root`, in file order; throws naming every problem of every invalid file. After the
 * content check, they come from the snapshot it left of these very files (tools/deployment-snapshot.ts), still
 * validated here with the schema this build has; from the files themselves when there is none, or it is damaged.
 */
export function readDeployments(root: string, snapshotDir = SNAPSHOT_DIR): DeploymentEntry[] {
  const snapshot = readDeploymentSnapshot(root, snapshotDir);
  if (snapshot)
    try {
      return collect(fromSnapshot(snapshot));
    } catch (error) {
      if (!(error instanceof DamagedSnapshot)) throw error;
    }
  return collect(fromFiles(root));
}
