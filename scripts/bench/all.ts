/**
 * npm run bench: runs every `bench:*` script in package.json, one after another (the machines have
 * two cores; benchmarks running side by side would measure each other).
 */
import { readFileSync } from 'node:fs';
import { run, withLocalBin } from '../lib/run.ts';

const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts);
const benches = scripts.filter((name) => name.startsWith('bench:')).sort();
if (benches.length === 0) {
  console.error('No bench:* scripts in package.json.');
  process.exit(1);
}
for (const name of benches) {
  console.log(`\n=== npm run ${name}`);
  run('npm', ['run', name], { env: withLocalBin() });
}
