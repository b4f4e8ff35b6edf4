import type { APIRoute } from 'astro';
import { dataset, jsonResponse, openProvinces } from '../../data/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const { info, records } = await openProvinces(site);
  return jsonResponse(dataset('Các tỉnh, thành (từ ngày 1/7/2025)', records, info));
};
