/**
 * A value computed once per build and shared by every page. In `astro dev` content changes while the
 * server runs, so there it is computed afresh on each call.
 */
export function oncePerBuild<T>(compute: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (import.meta.env.PROD ? (cached ??= compute()) : compute());
}
