/**
 * npm run build [-- --content <folder>] [--outDir <folder>]   (content/ and dist/ by default; CONTENT_DIR works too)
 * The production build: the content check (scripts/check-content.ts) and `astro build` at the same time,
 * on the machine's two cores (tools/check-beside-build.ts: bad content still stops the build with the
 * check's report, and only that), then the search index in a process of its own (scripts/search-index.ts).
 * `npm run bench` measures exactly this command.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { checkBesideBuild } from '../tools/check-beside-build.ts';
import { withLocalBin } from './lib/run.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, outDir: { type: 'string' } } });
const content = values.content ?? process.env.CONTENT_DIR ?? 'content';
const outDir = values.outDir ?? 'dist';
// Astro reads the content folder from CONTENT_DIR (src/data/content-root.ts). Its output goes through a
// pipe, so it is told to keep its colours when a person is watching.
const env = { ...withLocalBin(), CONTENT_DIR: content, ...(process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {}) };

const built = await checkBesideBuild(
  { command: process.execPath, args: ['scripts/check-content.ts', '--content', content], env },
  { command: 'astro', args: ['build', '--outDir', outDir], env },
);
if (built !== 0) process.exit(built);
const indexed = spawnSync(process.execPath, ['scripts/search-index.ts', '--site', outDir], { env, stdio: 'inherit' });
process.exit(indexed.status ?? 1);
