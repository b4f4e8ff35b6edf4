/**
 * The deployments the content check has read and validated, kept for the Astro build that follows it, so
 * that one `npm run build` reads and parses the deployment files once, not twice: at national scale
 * (124,000 files) Astro then parses one JSON file in about 1 s where it read and parsed every file in
 * 8–14 s, and much longer when they are no longer in the page cache.
 *
 * A snapshot stands for the exact files it was made from: its name holds a fingerprint of every file under
 * deployments/ (path, size, modification time), taken before the check read them. A file added, removed or
 * edited since gives another fingerprint, so the snapshot is not found and the files are read one by one
 * again. Nothing but the check writes one, and only when the whole content is valid.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Deployment } from '../src/schema/deployment.ts';

export interface SnapshotEntry {
  id: string;
  data: Deployment;
}

/** Where snapshots live: a cache, like Astro's own (node_modules/.astro), rebuilt when missing. */
export const SNAPSHOT_DIR = 'node_modules/.cache/mo-hinh-tieu-bieu';

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Path, size and modification time of every file under <root>/deployments (none when it is missing). */
export function deploymentFingerprint(root: string): string {
  const digest = createHash('sha256');
  const walk = (dir: string, rel: string) => {
    // Names are unique within a folder, and sorted so the order the disk lists them in does not matter.
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name.startsWith('.')) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path, `${rel}${e.name}/`);
      else {
        const s = statSync(path);
        digest.update(`${rel}${e.name}\0${s.size}\0${s.mtimeMs}\n`);
      }
    }
  };
  const top = join(root, 'deployments');
  if (existsSync(top)) walk(top, '');
  return digest.digest('hex').slice(0, 32);
}

const snapshotFile = (root: string, fingerprint: string, dir: string) =>
  join(dir, `deployments-${hash(resolve(root))}-${fingerprint}.json`);

/**
 * Keeps `entries` as the snapshot of `root` taken at `fingerprint` (written whole, then renamed into place).
 * Only the last check's snapshot is kept, whatever folder it checked: it serves the build that follows, and
 * snapshots of other folders (the tests check many) would pile up.
 */
export function writeDeploymentSnapshot(root: string, fingerprint: string, entries: SnapshotEntry[], dir = SNAPSHOT_DIR): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name.startsWith('deployments-')) rmSync(join(dir, name), { force: true });
  const target = snapshotFile(root, fingerprint, dir);
  const partial = `${target}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(entries));
  renameSync(partial, target);
}

/** The snapshot of `root` as its files are now, or undefined when there is none (or it cannot be read). */
export function readDeploymentSnapshot(root: string, dir = SNAPSHOT_DIR): SnapshotEntry[] | undefined {
  let text: string;
  try {
    text = readFileSync(snapshotFile(root, deploymentFingerprint(root), dir), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const entries: unknown = JSON.parse(text);
    return Array.isArray(entries) ? (entries as SnapshotEntry[]) : undefined;
  } catch {
    return undefined; // a damaged cache file: the deployment files are read instead
  }
}
