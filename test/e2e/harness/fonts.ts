/**
 * A machine with one system font: a fontconfig file that lists only DejaVu's folder, for a Chromium
 * launched with FONTCONFIG_FILE pointing at it. The site asks for its own typeface and must look (and
 * print) the same whatever the machine has; DejaVu Sans is the widest of the usual Linux defaults, the
 * one on which the handouts used to run over. Chromium needs at least one system font to start.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DEJAVU_DIR = '/usr/share/fonts/truetype/dejavu';
const DEJAVU_INSTALL_HINT = 'apt-get install -y fonts-dejavu-core';

/** The environment for a Chromium that sees DejaVu's fonts and no other system font. */
export function dejavuOnlyEnv(): Record<string, string> {
  if (!existsSync(DEJAVU_DIR)) {
    throw new Error(`The narrowed-fonts print test needs DejaVu's fonts in ${DEJAVU_DIR}. Install them with:\n  ${DEJAVU_INSTALL_HINT}`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'mhtb-fontconfig-'));
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${DEJAVU_DIR}</dir>\n  <cachedir>${join(dir, 'cache')}</cachedir>\n</fontconfig>\n`,
  );
  return { ...(process.env as Record<string, string>), FONTCONFIG_FILE: file };
}
