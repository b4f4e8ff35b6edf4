/**
 * Every deployment file of a content folder, read with the content check's reader and schema (not through
 * Astro's content layer, which would hold and serialise 124,000 entries at national scale). Files are read
 * and parsed one at a time, so only the records stay in memory, never all the texts at once.
 */
import type { Deployment } from '../schema/deployment.ts';
import { deploymentId, readDeploymentFile } from '../lib/content/content-check.ts';
import { formatProblem } from '../lib/content/records.ts';
import { readContentFiles } from '../../tools/content-files.ts';

/** One deployment file: content/deployments/<model-slug>/<place-slug>.yaml → id "<model-slug>/<place-slug>". */
export interface DeploymentEntry {
  id: string;
  data: Deployment;
}

/** The deployments under `root`, in file order; throws naming every problem of every invalid file. */
export function readDeployments(root: string): DeploymentEntry[] {
  const list: DeploymentEntry[] = [];
  const problems: string[] = [];
  for (const f of readContentFiles(root, 'deployments')) {
    if (!f.path.endsWith('.yaml')) continue;
    const read = readDeploymentFile(f);
    if (read.data) list.push({ id: deploymentId(f.path), data: read.data });
    else problems.push(...read.problems.map(formatProblem));
  }
  if (problems.length > 0) throw new Error(`Điểm triển khai không hợp lệ (npm run check:content):\n${problems.join('\n')}`);
  return list;
}
