import type { APIRoute } from 'astro';
import { dataset, openProvinces } from '../../data/open-data.ts';
import { jsonResponse } from '../../data/responses.ts';

export const GET: APIRoute = async ({ site }) => {
  const { info, records } = await openProvinces(site);
  return jsonResponse(dataset('Các tỉnh, thành (từ ngày 1/7/2025)', records, info), { readable: true });
};
