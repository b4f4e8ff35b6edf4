/**
 * Rolldown's log during `astro build`, less one warning that says nothing about this site.
 *
 * Astro wraps every MDX content entry in a `?astroPropagatedAssets` module that starts with the
 * directive "use astro:head-inject", and Rolldown warns (MODULE_LEVEL_DIRECTIVE) that bundling may not
 * preserve it: one ten-line warning per model, about 25,000 lines at national scale, burying any real
 * warning. Nothing is lost: Astro recognises those modules by their `?astroPropagatedAssets` id, not by the
 * directive (astro/dist/vite-plugin-head). Reported upstream as withastro/astro#18087 (open in Astro 7.3).
 * Every other log, including any other module-level directive, passes through unchanged.
 */
import type { Rolldown } from 'vite';

export const isHeadInjectDirectiveWarning = (log: Rolldown.RollupLog): boolean =>
  log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');

export const onBuildLog: NonNullable<Rolldown.RolldownOptions['onLog']> = (level, log, handler) => {
  if (level === 'warn' && isHeadInjectDirectiveWarning(log)) return;
  handler(level, log);
};
