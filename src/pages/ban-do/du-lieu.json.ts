import type { APIRoute } from 'astro';
import { nationalMapData } from '../../data/map-data.ts';
import { jsonResponse } from '../../data/responses.ts';
import { toMapMarkers } from '../../lib/geo/map-data.ts';

/**
 * Every deployment for the national map: only the columns it draws and filters by (about 124,000
 * rows). Place, dates and source come from the model's or province's file when a popup or the
 * list asks for them.
 */
export const GET: APIRoute = async () => jsonResponse(toMapMarkers(await nationalMapData()));
