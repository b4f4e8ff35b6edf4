import type { APIRoute } from 'astro';
import { getModelList } from '../../data/model-list.ts';
import { jsonResponse } from '../../data/responses.ts';
import type { ModelListData } from '../../lib/content/model-list.ts';

/** Every model's card and filter facets, in the list's order: the list island loads it on first filter or "Xem thêm". */
export const GET: APIRoute = async () => jsonResponse({ items: await getModelList() } satisfies ModelListData);
