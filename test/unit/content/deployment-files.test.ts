/**
 * How the site reads deployment files (src/data/deployment-files.ts): the build reads them one at a time,
 * and an invalid file (in `astro build` without the content check first, or in `astro dev`) must still stop
 * the build with every problem of every file named, not only the first. After the content check, the build
 * reads the check's snapshot instead (tools/deployment-snapshot.ts), but only while it matches the files.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readDeployments } from '../../../src/data/deployment-files.ts';
import { deploymentFingerprint, SNAPSHOT_DIR, writeDeploymentSnapshot } from '../../../tools/deployment-snapshot.ts';

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
  function check(dir: string): { status: number | null; snapshots: string } {
    const cwd = tempDir('check-cwd-');
    const run = spawnSync(process.execPath, [resolve('scripts/check-content.ts'), '--content', dir], { cwd, encoding: 'utf8' });
    return { status: run.status, snapshots: join(cwd, SNAPSHOT_DIR) };
  }
  const fromFiles = (dir: string) => readDeployments(dir, tempDir('no-snapshot-'));
  const snapshotsIn = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('deployments-'));

  it('gives the build the same records the files give, from one file', () => {
    const dir = contentWith({ 'deployments/mo-hinh-mau/diem-b.yaml': SECOND });
    const { status, snapshots } = check(dir);
    expect(status).toBe(0);
    expect(snapshotsIn(snapshots)).toHaveLength(1);
    expect(readDeployments(dir, snapshots)).toEqual(fromFiles(dir));
    expect(
      readDeployments(dir, snapshots)
        .map((e) => e.id)
        .sort(),
    ).toEqual(['mo-hinh-mau/diem-a', 'mo-hinh-mau/diem-b']);
  });

  it('is what the build reads while the files are as the check saw them', () => {
    const dir = contentWith({});
    const snapshots = tempDir('snapshots-');
    const [entry] = fromFiles(dir);
    writeDeploymentSnapshot(
      dir,
      deploymentFingerprint(dir),
      [{ id: entry!.id, data: { ...entry!.data, place: 'Bản ghi đã kiểm tra' } }],
      snapshots,
    );
    expect(readDeployments(dir, snapshots).map((e) => e.data.place)).toEqual(['Bản ghi đã kiểm tra']);
  });

  it('is set aside when a file is edited, added or removed after the check', () => {
    const dir = contentWith({});
    const snapshots = tempDir('snapshots-');
    const stale = () => {
      const [entry] = fromFiles(dir);
      writeDeploymentSnapshot(dir, deploymentFingerprint(dir), [{ id: entry!.id, data: { ...entry!.data, place: 'Cũ' } }], snapshots);
    };
    const places = () => readDeployments(dir, snapshots).map((e) => e.data.place);

    // Edited in place, same size: only the modification time tells.
    stale();
    const path = join(dir, POINT);
    const text = readFileSync(path, 'utf8');
    const edited = text.replace('thử A', 'thử B');
    expect(Buffer.byteLength(edited)).toBe(Buffer.byteLength(text));
    const { mtime } = statSync(path);
    writeFileSync(path, edited);
    utimesSync(path, mtime, new Date(mtime.getTime() + 1000));
    expect(places()).toEqual(['Điểm kiểm thử B']);

    stale();
    writeFileSync(join(dir, 'deployments/mo-hinh-mau/diem-b.yaml'), SECOND);
    expect(places()).toContain('Thôn Bắc');
    expect(places()).not.toContain('Cũ');

    stale();
    rmSync(join(dir, 'deployments/mo-hinh-mau/diem-b.yaml'));
    expect(places()).toHaveLength(1);
    expect(places()).not.toContain('Cũ');
  });

  it('is set aside when damaged, and the files are read instead', () => {
    const dir = contentWith({});
    const { snapshots } = check(dir);
    const [name] = snapshotsIn(snapshots);
    writeFileSync(join(snapshots, name!), '[{"id": "mo-hinh-mau/diem-a", "data": {');
    expect(readDeployments(dir, snapshots)).toEqual(fromFiles(dir));
  });

  it('is not written when the content has a problem, and only the last one is kept', () => {
    const dir = contentWith({});
    const snapshots = tempDir('snapshots-');
    writeDeploymentSnapshot('/elsewhere', 'abc', [], snapshots);
    writeDeploymentSnapshot(dir, deploymentFingerprint(dir), fromFiles(dir), snapshots);
    expect(snapshotsIn(snapshots)).toHaveLength(1);

    writeFileSync(join(dir, 'deployments/mo-hinh-mau/hong.yaml'), 'model: [mo-hinh-mau\n');
    const run = check(dir);
    expect(run.status).toBe(1);
    expect(() => readdirSync(run.snapshots)).toThrow();
    expect(() => readDeployments(dir, snapshots)).toThrow(/hong\.yaml/);
  });
});
