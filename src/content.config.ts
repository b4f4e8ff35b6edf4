import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { figureSchema, modelSchema, provinceSchema } from './schema/index.ts';
import { CONTENT_ROOT as root } from './data/content-root.ts';

/**
 * The collections, wired from the plain schemas in src/schema so that the build, the content check,
 * tests and browser code all validate with one definition. Deployments are not a collection: at
 * national scale (124,000 files) the content layer's store of them cost more memory and time than
 * the pages that use them, so src/data/collections.ts reads them with the content check's reader.
 */

export const collections = {
  models: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${root}/models` }),
    schema: modelSchema,
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
