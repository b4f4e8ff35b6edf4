import type { APIRoute } from 'astro';
import { dataset, jsonResponse, openDeployments } from '../../data/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const { info, records } = await openDeployments(site);
  return jsonResponse(dataset('Các điểm triển khai mô hình', records, info));
};
