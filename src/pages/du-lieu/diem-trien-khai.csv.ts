import type { APIRoute } from 'astro';
import { openDeployments } from '../../data/open-data.ts';
import { deploymentsCsv } from '../../lib/open-data/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const { records } = await openDeployments(site);
  return new Response(deploymentsCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
