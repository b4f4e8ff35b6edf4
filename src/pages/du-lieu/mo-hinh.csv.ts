import type { APIRoute } from 'astro';
import { openModels } from '../../data/open-data.ts';
import { modelsCsv } from '../../lib/open-data/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const { records } = await openModels(site);
  return new Response(modelsCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
