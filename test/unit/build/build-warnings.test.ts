import { describe, expect, it } from 'vitest';
import { onBuildLog } from '../../../src/integrations/build-warnings.ts';

type Log = Parameters<typeof onBuildLog>[1];
type Level = Parameters<typeof onBuildLog>[0];

/** The logs that reach Rolldown's own handler (Vite's reporter) after the site's filter. */
function passed(logs: [Level, Log][]): Log[] {
  const out: Log[] = [];
  for (const [level, log] of logs) onBuildLog(level, log, (_level, l) => out.push(l as Log));
  return out;
}

const directive = (name: string, id: string): Log => ({
  code: 'MODULE_LEVEL_DIRECTIVE',
  message: `The semantics of the module level directive "${name}" in "${id}" may not be preserved when bundling.`,
  id,
});

describe("the build's Rolldown log", () => {
  it("drops the warning about Astro's head-inject directive in its MDX entry modules", () => {
    expect(passed([['warn', directive('use astro:head-inject', 'content/models/mo-hinh-mau.mdx?astroPropagatedAssets')]])).toEqual([]);
  });

  it('keeps every other warning, another module-level directive included', () => {
    const kept: [Level, Log][] = [
      ['warn', directive('use client', 'node_modules/some-lib/index.js')],
      ['warn', { code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency: a.ts -> b.ts -> a.ts' }],
      ['warn', { code: 'PLUGIN_WARNING', message: 'Some chunks are larger than 500 kB after minification.' }],
    ];
    expect(passed(kept)).toEqual(kept.map(([, log]) => log));
  });
});
