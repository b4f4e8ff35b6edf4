/**
 * npm test: everything, in the order a failure is cheapest to see — unit tests, then the type check of
 * src/, test/ and scripts/ (npm run typecheck, offline), then the content check and a production build
 * (npm run build), then the browser tests against the built site in Debian's Chromium.
 * Prints one closing line "tests: N passed, N failed".
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { run, withLocalBin } from './lib/run.ts';
import { CHROMIUM_INSTALL_HINT, CHROMIUM_PATH } from '../tools/chromium.ts';

const env = withLocalBin();
const reports = mkdtempSync(join(tmpdir(), 'mhtb-test-'));
const totals = { passed: 0, failed: 0 };

function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Chromium is missing; installing it: ${CHROMIUM_INSTALL_HINT}`);
    run('sh', ['-c', `${CHROMIUM_INSTALL_HINT.replace('apt-get install', 'DEBIAN_FRONTEND=noninteractive apt-get install')}`]);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(`✗ The browser tests need Chromium at ${CHROMIUM_PATH}. Install it (as root) with:\n  ${CHROMIUM_INSTALL_HINT}`);
    process.exit(1);
  }
}

function vitest(project: string): boolean {
  const out = join(reports, `${project}.json`);
  const result = spawnSync('vitest', ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], {
    stdio: 'inherit',
    env,
  });
  if (result.error) console.error(`✗ vitest could not start: ${result.error.message}`);
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
  }
  return result.status === 0;
}

function finish(ok: boolean): never {
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
  process.exit(ok ? 0 : 1);
}

if (!vitest('unit')) finish(false);
// Vite's build strips types without checking them, so type errors would otherwise go unnoticed.
run('npm', ['run', 'typecheck'], { env });
run('npm', ['run', 'build'], { env });
ensureChromium();
finish(vitest('e2e'));
