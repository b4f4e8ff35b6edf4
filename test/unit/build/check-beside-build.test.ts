/**
 * The content check beside `astro build` (tools/check-beside-build.ts), with small Node programs standing
 * in for both, then scripts/build.ts for real on a broken content folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBesideBuild, type Step } from '../../../tools/check-beside-build.ts';

const work = mkdtempSync(join(tmpdir(), 'check-beside-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A Node program as a step. */
const node = (code: string): Step => ({ command: process.execPath, args: ['-e', code] });

async function run(check: Step, build: Step) {
  let output = '';
  const code = await checkBesideBuild(check, build, (_stream, text) => (output += text));
  return { code, output };
}

const FAILING_CHECK = node(`setTimeout(() => { console.error('Nội dung không hợp lệ: 1 lỗi'); process.exit(1); }, 300)`);
const PASSING_CHECK = node(`setTimeout(() => console.log('Nội dung hợp lệ'), 300)`);

describe('the content check beside the build', () => {
  it('stops the build and everything it started when the check fails, and shows only the check report', async () => {
    const built = join(work, 'built-by-build');
    const builtByChild = join(work, 'built-by-a-process-the-build-started');
    const writeLater = (file: string) => `setTimeout(() => require('node:fs').writeFileSync(${JSON.stringify(file)}, ''), 1500)`;
    const build = node(`
      console.log('astro: building');
      require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(writeLater(builtByChild))}], { stdio: 'ignore' });
      ${writeLater(built)};
    `);
    const { code, output } = await run(FAILING_CHECK, build);
    expect(code).toBe(1);
    expect(output).toBe('Nội dung không hợp lệ: 1 lỗi\n');
    // Had either lived on, it would have written its file by now.
    await sleep(2000);
    expect(existsSync(built)).toBe(false);
    expect(existsSync(builtByChild)).toBe(false);
  });

  it("shows the check report, not the build's stack trace, when the build fails first on the same bad content", async () => {
    const build = node(`console.error('Error: InvalidContentEntryDataError\\n    at astro/dist/content.js:1:1'); process.exit(1)`);
    const { code, output } = await run(FAILING_CHECK, build);
    expect(code).toBe(1);
    expect(output).toBe('Nội dung không hợp lệ: 1 lỗi\n');
  });

  it("fails with the build's output and exit code when the check passes and the build fails", async () => {
    const { code, output } = await run(PASSING_CHECK, node(`console.error('astro: build failed'); process.exit(3)`));
    expect(code).toBe(3);
    expect(output).toBe('Nội dung hợp lệ\nastro: build failed\n');
  });

  it("prints the check's output in one piece before the build's, however the two interleave in time", async () => {
    const lines = (who: string, every: number) =>
      node(`let i = 0; const t = setInterval(() => { console.log('${who} ' + ++i); if (i === 4) clearInterval(t); }, ${every})`);
    const { code, output } = await run(lines('check', 100), lines('astro', 60));
    expect(code).toBe(0);
    expect(output).toBe(['check 1', 'check 2', 'check 3', 'check 4', 'astro 1', 'astro 2', 'astro 3', 'astro 4', ''].join('\n'));
  });
});

describe('npm run build (scripts/build.ts) on bad content', () => {
  it('exits non-zero with the content check report, before Astro builds anything', () => {
    const fixtures = join(import.meta.dirname, '../../fixtures/content');
    const content = join(work, 'content');
    cpSync(join(fixtures, 'valid'), content, { recursive: true });
    cpSync(join(fixtures, 'bad/unknown-model'), content, { recursive: true, filter: (src) => !src.endsWith('expect.json') });
    const problem = JSON.parse(readFileSync(join(fixtures, 'bad/unknown-model/expect.json'), 'utf8')) as { message: string };
    const outDir = join(work, 'dist');

    const result = spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--outDir', outDir], { encoding: 'utf8' });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).toBe(1);
    expect(output).toContain('Nội dung không hợp lệ: 1 lỗi trong 1 tệp');
    expect(output).toContain(problem.message);
    expect(output).not.toContain('[build]');
    expect(existsSync(outDir)).toBe(false);
  });
});
