import type { APIRoute } from 'astro';
import { openDeployments } from '../../data/open-data.ts';
import { deploymentsCsv } from '../../lib/open-data/open-data.ts';
import { CSV_TYPE, fileResponse } from '../../data/responses.ts';

export const GET: APIRoute = async ({ site }) => {
  const { records } = await openDeployments(site);
  return fileResponse(deploymentsCsv(records), CSV_TYPE);
};
