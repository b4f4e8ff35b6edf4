import type { APIRoute } from 'astro';
import { nationalMapData } from '../../data/map-data.ts';
import { jsonResponse } from '../../data/responses.ts';

/** Every deployment in the compact columnar form the national map downloads when it scrolls into view. */
export const GET: APIRoute = async () => jsonResponse(await nationalMapData());
