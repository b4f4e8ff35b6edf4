/**
 * Biome's problems as "file:line: rule: message" lines. Biome reports a formatting problem for a whole
 * file (line 1); the line given here is the first one its formatter would change.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

interface GitlabDiagnostic {
  description: string;
  check_name: string;
  location: { path: string; lines: { begin: number } };
}

function firstChangedLine(path: string, env: NodeJS.ProcessEnv): number {
  const source = readFileSync(path, 'utf8');
  const formatted = spawnSync('biome', ['format', `--stdin-file-path=${path}`], { input: source, encoding: 'utf8', env }).stdout;
  if (!formatted) return 1;
  const a = source.split('\n');
  const b = formatted.split('\n');
  const at = a.findIndex((line, i) => line !== b[i]);
  return at < 0 ? Math.min(a.length, b.length) : at + 1;
}

export function biomeProblems(env: NodeJS.ProcessEnv): string[] {
  const result = spawnSync('biome', ['ci', '--reporter=gitlab', '--colors=off', '.'], {
    encoding: 'utf8',
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  const json = result.stdout.slice(result.stdout.indexOf('['), result.stdout.lastIndexOf(']') + 1);
  if (!json) return [];
  return (JSON.parse(json) as GitlabDiagnostic[]).map((d) => {
    const { path } = d.location;
    const line = d.check_name === 'format' ? firstChangedLine(path, env) : d.location.lines.begin;
    return `${path}:${line}: ${d.check_name}: ${d.description}`;
  });
}
