/**
 * Imports run one way (README "Layers"): the schemas import nothing of the site and hold no clock
 * or randomness; src/lib imports no component, page, island or Astro module; an island (a module a
 * page's <script> loads) never imports another island; browser islands never reach build-only
 * lib folders; and scripts/ and test/ do not import each other's internals: what both need (the
 * Chromium launcher, the content and admin-data readers) lives in tools/, which both may use.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const rel = (file: string) => relative(root, file).split('\\').join('/');

function filesUnder(dir: string, ext = /\.(ts|astro)$/): string[] {
  return readdirSync(resolve(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => rel(resolve(e.parentPath, e.name)));
}

/** Relative module specifiers a file imports (static, dynamic and re-exports), resolved to repo paths. */
function importsOf(file: string, { dynamic = true } = {}): string[] {
  const code = readFileSync(resolve(root, file), 'utf8');
  const pattern = dynamic
    ? /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.[^'"]+)['"]/g
    : /(?:\bfrom\s*|\bimport\s+)['"](\.[^'"]+)['"]/g;
  return [...code.matchAll(pattern)].map((m) => rel(resolve(dirname(resolve(root, file)), m[1]!.replace(/\?.*$/, ''))));
}

/** Every module reached from a file through static imports. */
function reach(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !file.endsWith('.ts')) return seen;
  seen.add(file);
  for (const next of importsOf(file, { dynamic: false })) reach(next, seen);
  return seen;
}

/** The islands: what a page's <script> imports, and what an island loads later with import(). */
const islands = new Set([
  ...filesUnder('src', /\.astro$/).flatMap((page) =>
    [...readFileSync(resolve(root, page), 'utf8').matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].flatMap((m) =>
      [...m[1]!.matchAll(/from\s*['"](\.[^'"]+)['"]/g)].map((i) => rel(resolve(dirname(resolve(root, page)), i[1]!))),
    ),
  ),
]);
/** Modules an island loads later with import(): islands when they live in src/islands/, else lazily loaded logic. */
const lazy = new Set<string>();
for (const island of [...islands])
  for (const m of readFileSync(resolve(root, island), 'utf8').matchAll(/import\(\s*['"](\.[^'"]+)['"]/g)) {
    const target = rel(resolve(dirname(resolve(root, island)), m[1]!));
    (target.startsWith('src/islands/') ? islands : lazy).add(target);
  }

describe('imports run one way', () => {
  it('finds the islands (a sanity check of the walk)', () => {
    expect(islands).toContain('src/islands/list-filter.ts');
    expect(islands).toContain('src/islands/deployment-map.ts');
  });

  it('an island never imports another island', () => {
    for (const island of islands) {
      const others = [...reach(island)].filter((m) => m !== island && islands.has(m));
      expect(others, island).toEqual([]);
    }
  });

  it('islands never reach the build-only parts of src/lib', () => {
    for (const island of [...islands, ...lazy]) {
      const buildOnly = [...reach(island)].filter(
        (m) => /^src\/lib\/(catalogue|open-data)\//.test(m) || m === 'src/lib/content/content-check.ts',
      );
      expect(buildOnly, island).toEqual([]);
    }
  });

  it('the schemas import only each other, and hold no clock or randomness', () => {
    for (const file of filesUnder('src/schema')) {
      expect(
        importsOf(file).filter((m) => !m.startsWith('src/schema/')),
        file,
      ).toEqual([]);
      const code = readFileSync(resolve(root, file), 'utf8');
      expect(code, file).not.toMatch(/new Date\(\)|Date\.now\(|Math\.random\(|crypto\./);
    }
  });

  it('src/lib imports no component, page, island, data glue or Astro module', () => {
    for (const file of filesUnder('src/lib')) {
      const code = readFileSync(resolve(root, file), 'utf8');
      expect(
        importsOf(file).filter((m) => !m.startsWith('src/lib/') && !m.startsWith('src/schema/')),
        file,
      ).toEqual([]);
      expect(code, file).not.toMatch(/from\s*['"](astro[:/'"]|node:)/);
    }
  });

  it('scripts and tests do not import each other’s internals', () => {
    for (const file of filesUnder('scripts'))
      expect(
        importsOf(file).filter((m) => m.startsWith('test/')),
        file,
      ).toEqual([]);
    for (const file of filesUnder('test'))
      expect(
        importsOf(file).filter((m) => m.startsWith('scripts/')),
        file,
      ).toEqual([]);
    for (const file of filesUnder('tools'))
      expect(
        importsOf(file).filter((m) => m.startsWith('scripts/') || m.startsWith('test/')),
        file,
      ).toEqual([]);
  });
});
