import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent as checkWithoutGeo, type ContentFile } from '../../../src/lib/content/content-check.ts';
import { loadAdminGeo } from '../../../tools/admin-geo.ts';

/** As the build checks: against today's boundaries. */
const geo = loadAdminGeo();
const checkContent = (files: ContentFile[], today?: string) => checkWithoutGeo(files, geo, today);

const FIXTURES = join(import.meta.dirname, '../../fixtures/content');
const BAD = join(FIXTURES, 'bad');
const badKinds = readdirSync(BAD);
const work = mkdtempSync(join(tmpdir(), 'content-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function readTree(root: string, base = root): ContentFile[] {
  return readdirSync(root, { withFileTypes: true }).flatMap((e) => {
    const full = join(root, e.name);
    if (e.isDirectory()) return readTree(full, base);
    if (e.name === 'expect.json') return [];
    return [{ path: full.slice(base.length + 1), text: readFileSync(full, 'utf8') }];
  });
}

/** The valid fixture with one or more bad cases laid over it, as a real folder. */
function treeWith(...kinds: string[]): string {
  const dir = join(work, kinds.length === 1 ? kinds[0]! : `all-${kinds.length}`);
  cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
  for (const kind of kinds) cpSync(join(BAD, kind), dir, { recursive: true, filter: (src) => !src.endsWith('expect.json') });
  return dir;
}

function runCheck(dir: string) {
  return spawnSync(process.execPath, ['scripts/check-content.ts', '--content', dir], { encoding: 'utf8' });
}

interface Expected {
  file: string;
  field: string;
  message: string;
}
const expected = (kind: string): Expected => JSON.parse(readFileSync(join(BAD, kind, 'expect.json'), 'utf8'));

describe('content check', () => {
  it('accepts the valid fixture', () => {
    const result = checkContent(readTree(join(FIXTURES, 'valid')));
    expect(result.problems).toEqual([]);
    expect(result.models.size).toBe(2);
    expect(result.deployments.size).toBe(1);
    expect(result.provinces.size).toBe(2);
  });

  it('decides what lies in the future from the day it is given, nested dates included', () => {
    const problems = checkContent(readTree(join(FIXTURES, 'valid')), '2025-12-31').problems.map(
      (p) => `${p.file} › ${p.field}: ${p.message}`,
    );
    expect(problems.sort()).toEqual([
      'models/mo-hinh-mau-camera.mdx › updated: ngày nằm trong tương lai',
      'models/mo-hinh-mau.mdx › updated: ngày nằm trong tương lai',
    ]);
    const earlier = checkContent(readTree(join(FIXTURES, 'valid')), '2023-07-23').problems;
    expect(earlier).toContainEqual({ file: 'models/mo-hinh-mau.mdx', field: 'sources.0.date', message: 'ngày nằm trong tương lai' });
    expect(earlier).toContainEqual({
      file: 'deployments/mo-hinh-mau/diem-a.yaml',
      field: 'source.date',
      message: 'ngày nằm trong tương lai',
    });
  });

  it('reports a future date together with the other problems of the same file', () => {
    const file = {
      path: 'deployments/mo-hinh-mau/hai-loi.yaml',
      text: 'model: mo-hinh-mau\nplace: X\nscope: xa\nprovince: hung-yen\ncoordinates: { lat: 20.61, lon: 106.14 }\nsource: { title: A, publisher: B, url: https://example.org/a, date: 2999-01-01 }\nteams: 0\n',
    };
    const problems = checkContent([...readTree(join(FIXTURES, 'valid')), file]).problems.filter((p) => p.file === file.path);
    expect(problems.map((p) => p.field).sort()).toEqual(['source.date', 'teams']);
  });

  it('reads files as Astro does: a .mdx saved by Windows Notepad (byte-order mark, CRLF) passes', () => {
    const text = readFileSync(join(FIXTURES, 'bom/models/mo-hinh-mau-bom.mdx'), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
    const result = checkContent([...readTree(join(FIXTURES, 'valid')), { path: 'models/mo-hinh-mau-bom.mdx', text }]);
    expect(result.problems).toEqual([]);
    expect(result.models.get('mo-hinh-mau-bom')?.title).toBe(result.models.get('mo-hinh-mau')?.title);
  });

  it('uses the very YAML and frontmatter readers the installed Astro uses', () => {
    const ours = createRequire(import.meta.url);
    const astros = createRequire(ours.resolve('astro/package.json'));
    const mdxs = createRequire(ours.resolve('@astrojs/mdx/package.json'));
    expect(ours.resolve('js-yaml')).toBe(astros.resolve('js-yaml'));
    expect(ours.resolve('@astrojs/internal-helpers/frontmatter')).toBe(astros.resolve('@astrojs/internal-helpers/frontmatter'));
    expect(ours.resolve('@astrojs/internal-helpers/frontmatter')).toBe(mdxs.resolve('@astrojs/internal-helpers/frontmatter'));
  });

  it('has at least 15 distinct kinds of bad content', () => {
    expect(badKinds.length).toBeGreaterThanOrEqual(15);
  });

  it.each(badKinds)('rejects %s, naming the file, the field and the problem', (kind) => {
    const want = expected(kind);
    const { problems } = checkContent(readTree(treeWith(kind)));
    expect(problems).toContainEqual(
      expect.objectContaining({ file: want.file, field: want.field, message: expect.stringContaining(want.message) }),
    );
    // The bad file is the only one blamed: the valid files around it stay clean.
    expect(new Set(problems.map((p) => p.file))).toEqual(new Set([want.file]));
  });

  it('reports every problem of every file in one run, and the command exits non-zero', () => {
    const compatible = badKinds.filter((k) => k !== 'duplicate-province');
    const result = runCheck(treeWith(...compatible));
    expect(result.status).toBe(1);
    for (const kind of compatible) {
      const want = expected(kind);
      expect(result.stderr).toContain(`${want.file}${want.field ? ` › ${want.field}` : ''}: `);
    }
  });

  it('the command passes on the valid fixture and on the real content', () => {
    expect(runCheck(join(FIXTURES, 'valid')).status).toBe(0);
    const real = runCheck('content');
    expect(real.stderr).toBe('');
    expect(real.status).toBe(0);
  });
});
