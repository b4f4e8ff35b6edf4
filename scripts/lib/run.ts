import { spawnSync, type SpawnSyncOptions } from 'node:child_process';

/** Runs a command in the foreground with inherited output; exits this process if it fails. */
export function run(command: string, args: string[], options: SpawnSyncOptions = {}): void {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`\n✗ ${[command, ...args].join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

/** node_modules/.bin first, so npm-installed tools (and Node 24 itself) win over the machine's. */
export function withLocalBin(): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${process.cwd()}/node_modules/.bin:${process.env.PATH ?? ''}` };
}
