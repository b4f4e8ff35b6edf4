/**
 * The map island is downloaded by every visitor who scrolls to a map: what it imports at run time must
 * stay small. Follows the value imports (not `import type`) from the island through src/ and checks it
 * never reaches the Zod schemas, the completeness score or the facet builder of the lists.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

/** Every module the file imports for its values, transitively: src/ paths and bare package names. */
function valueImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const id = relative(root, file);
    if (seen.has(id)) return;
    seen.add(id);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^;'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      const spec = m[1].replace(/\?.*$/, '');
      if (spec.startsWith('.')) {
        if (spec.endsWith('.ts')) visit(resolve(dirname(file), spec));
      } else seen.add(spec);
    }
  };
  visit(resolve(root, entry));
  return seen;
}

const isHeavy = (m: string) =>
  m === 'zod' || m.startsWith('zod/') || /^src\/schema\/(?!(vocab|calendar)\.ts$)/.test(m) || m.startsWith('src/lib/catalogue/');

describe('the deployment list island’s imports', () => {
  it('pulls in no schema code, Zod or build-time catalogue code', () => {
    const imports = valueImports('src/islands/deployment-list/full-list.ts');
    expect(imports).toContain('src/lib/content/deployment-rows.ts');
    expect([...imports].filter(isHeavy)).toEqual([]);
  });
});

describe('the map island’s imports', () => {
  const imports = valueImports('src/islands/deployment-map.ts');

  it('follows the imports it should (a sanity check of the walk)', () => {
    expect(imports).toContain('src/lib/geo/map-data.ts');
    expect(imports).toContain('leaflet');
  });

  it('pulls in no schema code, Zod, completeness score or list facets', () => {
    const heavy = [...imports].filter(
      (m) =>
        m === 'zod' ||
        m.startsWith('zod/') ||
        /^src\/schema\/(?!(vocab|calendar)\.ts$)/.test(m) ||
        m === 'src/lib/catalogue/completeness.ts' ||
        m === 'src/lib/catalogue/facets.ts',
    );
    expect(heavy).toEqual([]);
  });
});
