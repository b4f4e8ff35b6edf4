/**
 * Runs first in every npm script that needs Node 22.12+ (package.json "scripts"). npm puts
 * node_modules/.bin first on PATH, so `node` there is the project's own Node 24 (npm package `node`);
 * when its install script did not run (`npm install --ignore-scripts`, or a denied allowScripts),
 * `node` is the machine's, which may be too old to run .ts files. Plain CommonJS and no syntax newer
 * than Node 10, so it can say so in one sentence on any Node instead of a stack trace.
 */
'use strict';

var parts = process.versions.node.split('.').map(Number);
var tooOld = parts[0] < 22 || (parts[0] === 22 && parts[1] < 12);
if (tooOld) {
  console.error(
    '✗ This project needs Node 22.12 or newer, but npm ran Node ' +
      process.versions.node +
      ' because the project\'s own Node 24 (npm package "node") was not installed — its install script did not run;' +
      ' fix it with: npm rebuild node',
  );
  process.exit(1);
}
