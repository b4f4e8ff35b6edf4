/**
 * How the site reads deployment files (src/data/deployment-files.ts): the build reads them one at a time,
 * and an invalid file (in `astro build` without the content check first, or in `astro dev`) must still stop
 * the build with every problem of every file named, not only the first. After the content check, the build
 * reads the check's snapshot instead (tools/deployment-snapshot.ts), but only while it matches the files.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { serialize } from 'node:v8';
import { afterEach, describe, expect, it } from 'vitest';
import { readDeployments } from '../../../src/data/deployment-files.ts';
import { parseYaml } from '../../../src/lib/content/content-check.ts';
import { contentPaths, readContentFiles } from '../../../tools/content-files.ts';
import {
  deploymentFingerprint,
  readDeploymentSnapshot,
  SNAPSHOT_DIR,
  writeDeploymentSnapshot,
} from '../../../tools/deployment-snapshot.ts';

const VALID = 'test/fixtures/content/valid';
let root: string;

function contentWith(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'deployment-files-'));
  cpSync(VALID, root, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const temporary: string[] = [];
const tempDir = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), name));
  temporary.push(dir);
  return dir;
};

afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('reading the deployment files', () => {
  it('gives every valid file as a record with its id', () => {
    const entries = readDeployments(contentWith({}));
    expect(entries.map((e) => e.id)).toEqual(['mo-hinh-mau/diem-a']);
    expect(entries[0]!.data.model).toBe('mo-hinh-mau');
  });

  it('stops on invalid files, naming every problem of every file', () => {
    const dir = contentWith({
      // A count without its unit, and no source: two problems in one file.
      'deployments/mo-hinh-mau/thieu.yaml':
        'model: mo-hinh-mau\nplace: Thôn Đông\nscope: thon\nprovince: hung-yen\ncoordinates: { lat: 20.61, lon: 106.14 }\ncount: { value: 12 }\n',
      'deployments/mo-hinh-mau/hong.yaml': 'model: [mo-hinh-mau\n',
    });
    let message = '';
    try {
      readDeployments(dir);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Điểm triển khai không hợp lệ \(npm run check:content\):/);
    expect(message).toContain('deployments/mo-hinh-mau/thieu.yaml › count.unit: thiếu trường bắt buộc');
    expect(message).toContain('deployments/mo-hinh-mau/thieu.yaml › source: thiếu trường bắt buộc');
    expect(message).toMatch(/deployments\/mo-hinh-mau\/hong\.yaml: YAML không đọc được \(dòng \d+\)/);
  });
});

describe("the content check's snapshot, read by the build", () => {
  const POINT = 'deployments/mo-hinh-mau/diem-a.yaml';
  // A second point: the first one, renamed.
  const SECOND = readFileSync(join(VALID, POINT), 'utf8').replace('Điểm kiểm thử A', 'Thôn Bắc');
  /** Runs `npm run check:content` on `dir` from another working folder; its snapshots land there, not in this repo. */
  function check(dir: string, cwd = tempDir('check-cwd-')) {
    const run = spawnSync(process.execPath, [resolve('scripts/check-content.ts'), '--content', dir], { cwd, encoding: 'utf8' });
    return { status: run.status, stderr: run.stderr, snapshots: join(cwd, SNAPSHOT_DIR) };
  }
  /** Dates the files a minute back: files changed in the last two seconds get no snapshot. */
  function settle(dir: string): string {
    const past = new Date(Date.now() - 60_000);
    for (const { full } of contentPaths(dir, 'deployments')) utimesSync(full, past, past);
    return dir;
  }
  const fromFiles = (dir: string) => readDeployments(dir, tempDir('no-snapshot-'));
  const snapshotsIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => n.startsWith('deployments-')) : []);
  const parsedFiles = (dir: string) =>
    [...readContentFiles(dir, 'deployments')].map((f) => ({ path: f.path, value: parseYaml(f.path, f.text).value }));

  it('gives the build the same records the files give, from one file', () => {
    const dir = settle(contentWith({ 'deployments/mo-hinh-mau/diem-b.yaml': SECOND }));
    const { status, snapshots } = check(dir);
    expect(status).toBe(0);
    expect(snapshotsIn(snapshots)).toHaveLength(1);
    expect(readDeployments(dir, snapshots)).toStrictEqual(fromFiles(dir));
    expect(
      readDeployments(dir, snapshots)
        .map((e) => e.id)
        .sort(),
    ).toEqual(['mo-hinh-mau/diem-a', 'mo-hinh-mau/diem-b']);
  });

  it('is what the build reads, found under the name the check gave it, from a relative folder too', () => {
    const dir = settle(contentWith({}));
    const { snapshots } = check(dir);
    const [name] = snapshotsIn(snapshots);
    // The place's last letter changed inside the snapshot (V8 keeps it as UTF-16), the file left as it is.
    const bytes = readFileSync(join(snapshots, name!));
    const at = bytes.indexOf(Buffer.from('thử A', 'utf16le'));
    expect(at).toBeGreaterThan(0);
    Buffer.from('thử B', 'utf16le').copy(bytes, at);
    writeFileSync(join(snapshots, name!), bytes);
    expect(readDeployments(relative(process.cwd(), dir), snapshots).map((e) => e.data.place)).toEqual(['Điểm kiểm thử B']);
  });

  it('gives back every file in order, Dates as Dates, across its parts', () => {
    const dir = settle(contentWith({}));
    const snapshots = tempDir('snapshots-');
    const files = Array.from({ length: 2500 }, (_, i) => ({
      path: `deployments/m/p-${i}.yaml`,
      value: { n: i, date: new Date(Date.UTC(2025, 0, 2)) },
    }));
    writeDeploymentSnapshot(dir, deploymentFingerprint(dir), files, snapshots);
    expect([...readDeploymentSnapshot(dir, snapshots)!]).toStrictEqual(files);
  });

  it('is still validated with the schema of the build that reads it', () => {
    const dir = settle(contentWith({}));
    const snapshots = tempDir('snapshots-');
    const [file] = parsedFiles(dir);
    writeDeploymentSnapshot(
      dir,
      deploymentFingerprint(dir),
      [{ path: file!.path, value: { ...(file!.value as object), scope: 'thon' } }],
      snapshots,
    );
    expect(() => readDeployments(dir, snapshots)).toThrow(/deployments\/mo-hinh-mau\/diem-a\.yaml › scope/);
  });

  it('is set aside when a file is edited, added or removed after the check', () => {
    const dir = settle(contentWith({}));
    const snapshots = tempDir('snapshots-');
    const stale = () => {
      settle(dir);
      const files = parsedFiles(dir).map((f) => ({ ...f, value: { ...(f.value as object), place: 'Cũ' } }));
      writeDeploymentSnapshot(dir, deploymentFingerprint(dir), files, snapshots);
      expect(places()).toContain('Cũ');
    };
    const places = () => readDeployments(dir, snapshots).map((e) => e.data.place);

    // Edited in place to the same size, its modification time put back: only the change time tells.
    stale();
    const path = join(dir, POINT);
    const text = readFileSync(path, 'utf8');
    const edited = text.replace('thử A', 'thử B');
    expect(Buffer.byteLength(edited)).toBe(Buffer.byteLength(text));
    const { atime, mtime } = statSync(path);
    writeFileSync(path, edited);
    utimesSync(path, atime, mtime);
    expect(places()).toEqual(['Điểm kiểm thử B']);

    stale();
    writeFileSync(join(dir, 'deployments/mo-hinh-mau/diem-b.yaml'), SECOND);
    expect(places().sort()).toEqual(['Thôn Bắc', 'Điểm kiểm thử B']);

    stale();
    rmSync(join(dir, 'deployments/mo-hinh-mau/diem-b.yaml'));
    expect(places()).toEqual(['Điểm kiểm thử B']);
  });

  it('covers the files the build reads: those in hidden folders too, not hidden files', () => {
    const dir = contentWith({});
    const before = deploymentFingerprint(dir).id;
    writeFileSync(join(dir, 'deployments/mo-hinh-mau/.DS_Store'), 'x');
    expect(deploymentFingerprint(dir).id).toBe(before);
    mkdirSync(join(dir, 'deployments/.an'));
    writeFileSync(join(dir, 'deployments/.an/diem.yaml'), SECOND);
    expect(deploymentFingerprint(dir).id).not.toBe(before);
    // A content folder without deployments yet.
    expect(deploymentFingerprint(tempDir('no-deployments-')).id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('is not written when a file changed in the last two seconds, or when the content has a problem', () => {
    const fresh = contentWith({});
    const run = check(fresh);
    expect(run.status).toBe(0);
    expect(snapshotsIn(run.snapshots)).toEqual([]);

    const dir = settle(contentWith({ 'deployments/mo-hinh-mau/hong.yaml': 'model: [mo-hinh-mau\n' }));
    const bad = check(dir);
    expect(bad.status).toBe(1);
    expect(snapshotsIn(bad.snapshots)).toEqual([]);
  });

  it('is set aside when damaged, and only the last one is kept', () => {
    const dir = settle(contentWith({}));
    const { snapshots } = check(dir);
    const [name] = snapshotsIn(snapshots);
    const part = (bytes: Buffer) => Buffer.concat([Buffer.from(new Uint32Array([bytes.length]).buffer), bytes]);
    // Parts that do not add up to the file; a part that is not V8 data; a part that is not a list.
    for (const damaged of [Buffer.from('not a snapshot'), part(Buffer.from('abc')), part(serialize({ path: 'x' }))]) {
      writeFileSync(join(snapshots, name!), damaged);
      expect(readDeployments(dir, snapshots)).toStrictEqual(fromFiles(dir));
    }

    writeDeploymentSnapshot('/elsewhere', { id: 'abc', settled: true }, [], snapshots);
    writeDeploymentSnapshot(dir, deploymentFingerprint(dir), parsedFiles(dir), snapshots);
    expect(snapshotsIn(snapshots)).toHaveLength(1);
  });

  it('does not stop the check when it cannot be written', () => {
    const dir = settle(contentWith({}));
    const cwd = tempDir('check-cwd-');
    mkdirSync(join(cwd, 'node_modules/.cache'), { recursive: true });
    writeFileSync(join(cwd, SNAPSHOT_DIR), 'a file where the cache folder should be');
    const run = check(dir, cwd);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/Không lưu được bản đọc sẵn các điểm triển khai .*; bản dựng sẽ đọc lại từng tệp\./);
  });
});
