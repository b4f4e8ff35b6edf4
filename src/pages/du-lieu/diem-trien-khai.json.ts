import type { APIRoute } from 'astro';
import { dataset, openDeployments } from '../../data/open-data.ts';
import { jsonResponse } from '../../data/responses.ts';

export const GET: APIRoute = async ({ site }) => {
  const { info, records } = await openDeployments(site);
  return jsonResponse(dataset('Các điểm triển khai mô hình', records, info), { readable: true });
};
