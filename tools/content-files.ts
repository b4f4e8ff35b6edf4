/** Reading a content folder from disk, for the command-line scripts, the site's build and the tests alike. */
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from '../src/lib/content/content-check.ts';

/**
 * Every content file under a content folder (or under one of its subfolders, `under`): its path relative
 * to the content folder ("models/x.mdx", "deployments/m/p.yaml") and on disk. Hidden files (".DS_Store")
 * are not content. The one walk every reader shares, so that they all see the same files.
 */
export function* contentPaths(root: string, under = ''): Generator<{ path: string; full: string }> {
  function* walk(dir: string): Generator<{ path: string; full: string }> {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) yield* walk(full);
      else if (!entry.name.startsWith('.')) yield { path: relative(root, full).split(sep).join('/'), full };
    }
  }
  yield* walk(join(root, under));
}

/**
 * Every file under a content folder, read one at a time as the caller asks for the next: a caller that
 * keeps only what it parses never holds the texts of all files at once (124,000 deployment files, about
 * 150 MB of strings, at national scale). `onRead` learns the state of each file as it was read (from the
 * open file itself, so a file replaced meanwhile cannot be confused with the one read).
 */
export function* readContentFiles(root: string, under = '', onRead?: (path: string, stats: Stats) => void): Generator<ContentFile> {
  for (const { path, full } of contentPaths(root, under)) {
    if (!onRead) {
      yield { path, text: readFileSync(full, 'utf8') };
      continue;
    }
    const fd = openSync(full, 'r');
    try {
      onRead(path, fstatSync(fd));
      yield { path, text: readFileSync(fd, 'utf8') };
    } finally {
      closeSync(fd);
    }
  }
}

/** Every file under a content folder, all read (for checks that look across files). */
export function listContentFiles(root: string, under = '', onRead?: (path: string, stats: Stats) => void): ContentFile[] {
  return [...readContentFiles(root, under, onRead)];
}
