/**
 * The deployment files as the content check parsed them, kept for the Astro build that follows it, so that
 * one `npm run build` reads and parses the 124,000 files of a national catalogue once, not twice: Astro then
 * reads them from one file and validates them in about 4.5 s, where reading and parsing every file took 8–14 s
 * (far longer once they have left the page cache). Astro still validates every record with the schema it is
 * built with, so a snapshot holds only what YAML parsing gave, which no change to the schemas can make stale.
 *
 * A snapshot stands for the exact files it was made from: its name holds a fingerprint of every file under
 * deployments/ (path, size, times, inode), each as the check found it when it opened the file to read it.
 * A file added, removed or edited since gives another fingerprint, so the snapshot is not found and the files
 * are read one by one again. Only the check writes one, only when the whole content is valid, and only when
 * no file had changed in the two seconds before the check looked at it (a second edit within the same tick of
 * the file system's clock would not change a file's times: git's "racy" case).
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ParsedFile } from '../src/lib/content/content-check.ts';
import { contentPaths } from './content-files.ts';

/** Where snapshots live: a cache, like Astro's own (node_modules/.astro), rebuilt when missing. */
export const SNAPSHOT_DIR = 'node_modules/.cache/mo-hinh-tieu-bieu';
const SETTLE_MS = 2000;

export interface Fingerprint {
  id: string;
  /** Every file was last changed more than SETTLE_MS before it was looked at: a snapshot may be kept. */
  settled: boolean;
}

/** One file as a fingerprint records it: its path in the content folder, its state, and when that was seen. */
export interface FileState {
  path: string;
  stats: Stats;
  seenAt: number;
}

/** The fingerprint of the deployment files among `files`, in any order. */
export function fingerprintOf(files: FileState[]): Fingerprint {
  const deployments = files.filter((f) => f.path.startsWith('deployments/'));
  const lines = deployments.map(({ path, stats: s }) => `${path}\0${s.size}\0${s.mtimeMs}\0${s.ctimeMs}\0${s.ino}\n`);
  const digest = createHash('sha256');
  for (const line of lines.sort()) digest.update(line);
  return { id: digest.digest('hex').slice(0, 32), settled: deployments.every((f) => f.seenAt - f.stats.mtimeMs > SETTLE_MS) };
}

/** The fingerprint of the files under <root>/deployments as they are now, those the readers read (tools/content-files.ts). */
export function deploymentFingerprint(root: string): Fingerprint {
  if (!existsSync(join(root, 'deployments'))) return fingerprintOf([]);
  return fingerprintOf(
    [...contentPaths(root, 'deployments')].map(({ path, full }) => ({ path, stats: statSync(full), seenAt: Date.now() })),
  );
}

const snapshotFile = (root: string, fingerprint: string, dir: string) =>
  join(dir, `deployments-${createHash('sha256').update(resolve(root)).digest('hex').slice(0, 16)}-${fingerprint}.v8`);

/** Files per part: the build deserializes one part at a time, so only that part's parsed values are ever held at once. */
const PART_FILES = 1000;

/**
 * Keeps `files` as the snapshot of `root` taken at `fingerprint`, written whole then renamed into place.
 * Only the last check's snapshot is kept, whatever folder it checked: it serves the build that follows, and
 * snapshots of other folders (the tests check many) would pile up. The V8 format keeps what YAML gives
 * (an unquoted 2025-01-02 is a Date) as it was; the file is a run of parts, each its length (4 bytes) then
 * its files. Throws when the cache cannot be written.
 */
export function writeDeploymentSnapshot(root: string, fingerprint: Fingerprint, files: ParsedFile[], dir = SNAPSHOT_DIR): void {
  if (!fingerprint.settled) return;
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (/^deployments-.*\.v8$/.test(name)) rmSync(join(dir, name), { force: true });
  const target = snapshotFile(root, fingerprint.id, dir);
  const partial = `${target}.${process.pid}.tmp`;
  const fd = openSync(partial, 'w');
  try {
    for (let i = 0; i < files.length; i += PART_FILES) {
      const part = serialize(files.slice(i, i + PART_FILES));
      const length = Buffer.alloc(4);
      length.writeUInt32LE(part.length);
      writeSync(fd, length);
      writeSync(fd, part);
    }
  } finally {
    closeSync(fd);
  }
  renameSync(partial, target);
}

/** A snapshot part that cannot be read back: the caller reads the deployment files instead. */
export class DamagedSnapshot extends Error {}

/**
 * The snapshot of `root` as its files are now, or undefined when there is none (or its parts do not add up
 * to the file). Its files come a part at a time; a part that cannot be deserialized throws DamagedSnapshot.
 */
export function readDeploymentSnapshot(root: string, dir = SNAPSHOT_DIR): Iterable<ParsedFile> | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(snapshotFile(root, deploymentFingerprint(root).id, dir));
  } catch {
    return undefined;
  }
  const parts: Buffer[] = [];
  for (let at = 0; at < bytes.length; ) {
    if (at + 4 > bytes.length) return undefined;
    const end = at + 4 + bytes.readUInt32LE(at);
    if (end > bytes.length) return undefined;
    parts.push(bytes.subarray(at + 4, end));
    at = end;
  }
  return (function* () {
    for (const part of parts) {
      let files: unknown;
      try {
        files = deserialize(part);
      } catch (error) {
        throw new DamagedSnapshot(String(error));
      }
      if (!Array.isArray(files)) throw new DamagedSnapshot('a part is not a list of files');
      yield* files as ParsedFile[];
    }
  })();
}
