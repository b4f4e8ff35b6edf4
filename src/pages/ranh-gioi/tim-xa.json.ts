import type { APIRoute } from 'astro';
import { adminUnits } from '../../data/admin-units.ts';
import { jsonResponse } from '../../data/responses.ts';
import { encodeFinderIndex } from '../../lib/geo/finder-index.ts';

/** The commune picker's index: every commune with its former units, compact (src/lib/geo/finder-index.ts). */
export const GET: APIRoute = () => {
  const { communes, provinces } = adminUnits();
  return jsonResponse(encodeFinderIndex(communes, provinces));
};
