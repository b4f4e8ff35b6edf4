import type { APIRoute } from 'astro';
import { dataset, jsonResponse, openModels } from '../../data/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const { info, records } = await openModels(site);
  return jsonResponse(dataset('Các mô hình tiêu biểu', records, info));
};
