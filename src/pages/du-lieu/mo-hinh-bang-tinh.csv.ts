import type { APIRoute } from 'astro';
import { openModels } from '../../data/open-data.ts';
import { modelsSpreadsheet } from '../../lib/open-data/open-data.ts';
import { CSV_TYPE, fileResponse } from '../../data/responses.ts';

/** The models for Excel and other spreadsheets: Vietnamese column names and labels. */
export const GET: APIRoute = async ({ site }) => {
  const { records } = await openModels(site);
  return fileResponse(modelsSpreadsheet(records), CSV_TYPE);
};
