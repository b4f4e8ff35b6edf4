import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { deploymentSchema, figureSchema, modelSchema, provinceSchema } from './schema/index.ts';

/**
 * The three collections, wired from the plain schemas in src/schema so that the build, the
 * content check, tests and browser code all validate with one definition.
 */
// Benchmarks and tests build the site from a synthetic tree elsewhere by setting CONTENT_DIR.
const root = process.env.CONTENT_DIR ?? 'content';

export const collections = {
  models: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${root}/models` }),
    schema: modelSchema,
  }),
  deployments: defineCollection({
    // One file per deployment: content/deployments/<model-slug>/<place-slug>.yaml → id "<model-slug>/<place-slug>".
    loader: glob({ pattern: '**/*.yaml', base: `${root}/deployments` }),
    schema: deploymentSchema,
  }),
  provinces: defineCollection({
    loader: file(`${root}/provinces.yaml`),
    schema: provinceSchema,
  }),
  // National and provincial totals (optional: a synthetic tree may have none).
  figures: defineCollection({
    loader: existsSync(`${root}/figures.yaml`) ? file(`${root}/figures.yaml`) : () => [],
    schema: figureSchema,
  }),
};
