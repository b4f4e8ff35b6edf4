import type { APIRoute } from 'astro';
import { openDeployments } from '../../data/open-data.ts';
import { getProvinceMap } from '../../data/collections.ts';
import { deploymentsSpreadsheet } from '../../lib/open-data/open-data.ts';
import { CSV_TYPE, fileResponse } from '../../data/responses.ts';

/** The deployments for Excel and other spreadsheets: Vietnamese column names and labels, province names. */
export const GET: APIRoute = async ({ site }) => {
  const { records } = await openDeployments(site);
  const provinces = await getProvinceMap();
  const csv = deploymentsSpreadsheet(records, (id) => provinces.get(id)?.name ?? id);
  return fileResponse(csv, CSV_TYPE);
};
