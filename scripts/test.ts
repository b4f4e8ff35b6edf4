/**
 * npm test: everything, in the order a failure is cheapest to see.
 *
 *  1. checks of the sources, all run so every problem shows at once: unit tests (Vitest), formatting and
 *     lint (Biome), Vietnamese spelling (cspell), the type check of src/, test/ and scripts/ (astro check);
 *  2. if those pass: the content check and the production build (npm run build), the HTML validity of
 *     every built page (Nu HTML Checker), then the browser tests against the built site in Debian's Chromium.
 *
 * Vitest counts its own tests; every other stage counts as one test, passed or failed, and a failed stage
 * is named on the line before the closing line. It always ends with "tests: N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_INSTALL_HINT, CHROMIUM_PATH } from '../tools/chromium.ts';
import { biomeProblems } from './lib/biome-problems.ts';
import { hasJava, htmlErrors, JAVA_INSTALL_HINT } from './lib/html-validity.ts';
import { withLocalBin } from './lib/run.ts';

const env = withLocalBin();
const reports = mkdtempSync(join(tmpdir(), 'mhtb-test-'));
const totals = { passed: 0, failed: 0 };
const failedStages: string[] = [];
const timings: string[] = [];

/** Runs one stage and records its time and result; it counts as one test unless it `counted` its own (Vitest). */
function stage(name: string, body: () => boolean | { ok: boolean; counted: boolean }): boolean {
  console.log(`\n▶ ${name}`);
  const start = performance.now();
  const outcome = body();
  const { ok, counted } = typeof outcome === 'boolean' ? { ok: outcome, counted: false } : outcome;
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  timings.push(`${ok ? '✓' : '✗'} ${name} (${seconds} s)`);
  if (!counted) totals[ok ? 'passed' : 'failed'] += 1;
  if (!ok) failedStages.push(name);
  return ok;
}

function command(cmd: string, args: string[], options: { capture?: boolean } = {}): { ok: boolean; output: string } {
  const result = spawnSync(cmd, args, { stdio: options.capture ? 'pipe' : 'inherit', encoding: 'utf8', env });
  if (result.error) console.error(`✗ ${cmd} could not start: ${result.error.message}`);
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

function vitest(project: string): { ok: boolean; counted: boolean } {
  const out = join(reports, `${project}.json`);
  const { ok } = command('vitest', ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  if (!existsSync(out)) return { ok: false, counted: false };
  const report = JSON.parse(readFileSync(out, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  // A run that failed without a failing test (a file that does not load, a setup error) counts as one failure.
  return { ok, counted: ok || report.numFailedTests > 0 };
}

/** A Debian package the tests need: installed when missing and we are root on Debian, else a clear stop. */
function ensureInstalled(what: string, present: () => boolean, hint: string): boolean {
  if (present()) return true;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`${what} is missing; installing it: ${hint}`);
    spawnSync('sh', ['-c', hint.replace('apt-get install', 'DEBIAN_FRONTEND=noninteractive apt-get install')], { stdio: 'inherit' });
  }
  if (present()) return true;
  console.error(`✗ The tests need ${what}. Install it (as root) with:\n  ${hint}`);
  return false;
}

function finish(): never {
  console.log(`\n${timings.join('\n')}`);
  if (failedStages.length > 0) console.log(`\nfailed: ${failedStages.join(', ')}`);
  console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
  process.exit(failedStages.length === 0 ? 0 : 1);
}

// 1. The sources.
stage('unit tests', () => vitest('unit'));
stage('formatting and lint (Biome)', () => {
  const { ok } = command('biome', ['ci', '--colors=off', '--max-diagnostics=50', '.']);
  if (!ok) {
    for (const problem of biomeProblems(env)) console.error(problem);
    console.error('✗ Biome: fix the formatting with `npx biome check --write`, and the lint problems it names by hand.');
  }
  return ok;
});
stage('Vietnamese spelling (cspell)', () => {
  const { ok } = command('cspell', ['--no-progress', '--no-summary', '--show-suggestions', '--config', 'cspell.config.yaml']);
  if (!ok) {
    console.error(
      '✗ Spelling: correct the words above, or, if a word is right (a place, a unit, a name, an abbreviation), add it to cspell-words.txt.',
    );
  }
  return ok;
});
// Vite's build strips types without checking them, so type errors would otherwise go unnoticed.
stage('type check (astro check)', () => command('npm', ['run', '--silent', 'typecheck']).ok);

if (failedStages.length > 0) {
  console.log('\nThe build, the HTML check and the browser tests did not run: fix the problems above first.');
  finish();
}

// 2. The built site.
if (!stage('content check and build (npm run build)', () => command('npm', ['run', '--silent', 'build']).ok)) finish();
stage('HTML validity of every built page (Nu HTML Checker)', () => {
  if (!ensureInstalled('Java (for the Nu HTML Checker)', hasJava, JAVA_INSTALL_HINT)) return false;
  const errors = htmlErrors('dist');
  const SHOWN = 30;
  for (const e of errors.slice(0, SHOWN)) console.error(e);
  if (errors.length > SHOWN) console.error(`… and ${errors.length - SHOWN} more.`);
  if (errors.length > 0) console.error(`✗ ${errors.length} HTML error(s): fix them in the page or component that writes that markup.`);
  return errors.length === 0;
});
if (ensureInstalled('Chromium', () => existsSync(CHROMIUM_PATH), CHROMIUM_INSTALL_HINT)) {
  stage('browser tests', () => vitest('e2e'));
} else {
  stage('browser tests', () => false);
}
finish();
