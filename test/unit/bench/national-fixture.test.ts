/**
 * The national benchmark builds from a generated catalogue: run the generator small, as the benchmark
 * runs it, and check that what it writes is valid content, placed in real communes, and the same every time.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { load } from 'js-yaml';

const work = mkdtempSync(join(tmpdir(), 'national-fixture-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const node = (args: string[]) => spawnSync(process.execPath, args, { encoding: 'utf8' });
const generate = (out: string) => node(['scripts/bench/national-fixture.ts', '--out', out, '--models', '6', '--deployments', '150']);

function files(root: string, base = root): string[] {
  return readdirSync(root, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(root, e.name), base) : [join(root, e.name).slice(base.length + 1)],
  );
}

describe('the synthetic national catalogue', () => {
  const a = join(work, 'a');
  const first = generate(a);

  it('writes the models and deployments asked for, which pass the content check (boundaries included)', () => {
    expect(first.stderr).toBe('');
    const all = files(a);
    expect(all.filter((f) => f.startsWith('models/'))).toHaveLength(6);
    expect(all.filter((f) => f.startsWith('deployments/'))).toHaveLength(150);
    const check = node(['scripts/check-content.ts', '--content', a]);
    expect(check.stderr).toBe('');
    expect(check.stdout).toContain('6 mô hình, 150 điểm triển khai');
  });

  it('places deployments in today’s communes with their real codes, mostly communes, some sites and totals', () => {
    const records = files(a)
      .filter((f) => f.startsWith('deployments/'))
      .map((f) => load(readFileSync(join(a, f), 'utf8')) as { scope: string; commune?: { code: string } });
    const scopes = new Set(records.map((r) => r.scope));
    expect(scopes).toContain('xa');
    expect(scopes).toContain('diem');
    expect(records.filter((r) => r.scope === 'xa').length).toBeGreaterThan(records.length / 2);
    for (const r of records.filter((r) => r.scope !== 'tinh')) expect(r.commune?.code).toMatch(/^\d{5}$/);
  });

  it('is deterministic: the same options write the same files', () => {
    const b = join(work, 'b');
    expect(generate(b).status).toBe(0);
    const read = (root: string) =>
      files(root)
        .sort()
        .map((f) => [f, readFileSync(join(root, f), 'utf8')]);
    expect(read(b)).toEqual(read(a));
  });
});
