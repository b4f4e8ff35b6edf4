/** Debian's Chromium as the browser tests, the benchmarks and the og-image script launch it. */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_INSTALL_HINT = 'apt-get update && apt-get install -y chromium';

/** Flags for a quiet, offline, throwaway Chromium on these machines. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Browser tests need Chromium at ${CHROMIUM_PATH}, and it is missing. Install it with:\n  ${CHROMIUM_INSTALL_HINT}`);
  }
}
