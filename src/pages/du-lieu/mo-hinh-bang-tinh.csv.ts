import type { APIRoute } from 'astro';
import { openModels } from '../../data/open-data.ts';
import { modelsSpreadsheet } from '../../lib/open-data/open-data.ts';

/** The models for Excel and other spreadsheets: Vietnamese column names and labels. */
export const GET: APIRoute = async ({ site }) => {
  const { records } = await openModels(site);
  return new Response(modelsSpreadsheet(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
