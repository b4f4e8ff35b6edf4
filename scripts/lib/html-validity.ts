/**
 * HTML validity of the built site: the W3C Nu HTML Checker (npm `vnu-jar`, run with the machine's Java)
 * over every page in dist/. Returns one line per error, "file:line:column: message", then the markup
 * around it (the built pages are compressed onto few lines, so the excerpt is what finds the spot).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const JAVA_INSTALL_HINT = 'apt-get update && apt-get install -y default-jre-headless';

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

export function hasJava(): boolean {
  return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
}

/** Every error the checker finds in the HTML files under `dir`, formatted for a terminal. */
export function htmlErrors(dir: string): string[] {
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  const result = spawnSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', '--exit-zero-always', dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) return [`The HTML checker did not run: ${result.error?.message ?? result.stderr.trim()}`];
  const { messages } = JSON.parse(result.stderr) as { messages: VnuMessage[] };
  return messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => {
      const file = m.url ? relative(process.cwd(), fileURLToPath(m.url)) : dir;
      const where = `${file}:${m.lastLine ?? 1}:${m.firstColumn ?? m.lastColumn ?? 1}`;
      const extract = m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim()}` : '';
      return `${where}: ${m.message}${extract}`;
    });
}
