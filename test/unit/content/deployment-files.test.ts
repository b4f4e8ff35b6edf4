/**
 * How the site reads deployment files (src/data/deployment-files.ts): the build reads them one at a time,
 * and an invalid file (in `astro build` without the content check first, or in `astro dev`) must still stop
 * the build with every problem of every file named, not only the first.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readDeployments } from '../../../src/data/deployment-files.ts';

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

afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
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
