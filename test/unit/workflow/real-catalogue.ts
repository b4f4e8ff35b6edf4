/** The site's real model records and their deployments' provinces, read from content/ for the fit tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { modelSchema, type Model } from '../../../src/schema/model.ts';

const root = join(import.meta.dirname, '../../..');

export const models: { slug: string; model: Model }[] = readdirSync(join(root, 'content/models'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const text = readFileSync(join(root, 'content/models', f), 'utf8');
    return { slug: f.replace(/\.mdx$/, ''), model: modelSchema.parse(parseYaml(text.split(/^---$/m)[1]!)) as Model };
  });

/** The province of each deployment record of a model (one entry per record). */
export function deploymentProvinces(slug: string): string[] {
  const dir = join(root, 'content/deployments', slug);
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => (parseYaml(readFileSync(join(dir, f), 'utf8')) as { province: string }).province);
  } catch {
    return [];
  }
}
