import type { APIRoute } from 'astro';
import { dataset, openModels } from '../../data/open-data.ts';
import { jsonResponse } from '../../data/responses.ts';

export const GET: APIRoute = async ({ site }) => {
  const { info, records } = await openModels(site);
  return jsonResponse(dataset('Các mô hình tiêu biểu', records, info), { readable: true });
};
