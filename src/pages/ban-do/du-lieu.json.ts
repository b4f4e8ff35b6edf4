import type { APIRoute } from 'astro';
import { jsonResponse, nationalMapData } from '../../data/map-data.ts';

/** Every deployment in the compact columnar form the national map downloads when it scrolls into view. */
export const GET: APIRoute = async () => jsonResponse(await nationalMapData());
