/** The content folder the site is built from: content/, or a synthetic tree elsewhere (benchmarks, tests) through CONTENT_DIR. */
export const CONTENT_ROOT = process.env.CONTENT_DIR ?? 'content';
