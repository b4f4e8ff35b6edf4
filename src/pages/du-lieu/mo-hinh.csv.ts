import type { APIRoute } from 'astro';
import { openModels } from '../../data/open-data.ts';
import { modelsCsv } from '../../lib/open-data/open-data.ts';
import { CSV_TYPE, fileResponse } from '../../data/responses.ts';

export const GET: APIRoute = async ({ site }) => {
  const { records } = await openModels(site);
  return fileResponse(modelsCsv(records), CSV_TYPE);
};
