import type { APIRoute } from 'astro';
import { nationalMapData } from '../../data/map-data.ts';
import { fileResponse } from '../../data/responses.ts';
import { encodeMapMarkers } from '../../lib/geo/map-binary.ts';
import { toMapMarkers } from '../../lib/geo/map-data.ts';

/**
 * Every deployment for the national map: only the columns it draws and filters by (about 124,000
 * rows), as typed columns the browser reads without parsing (map-binary.ts). Place, dates and source
 * come from the model's or province's file when a popup or the list asks for them.
 */
export const GET: APIRoute = async () => fileResponse(encodeMapMarkers(toMapMarkers(await nationalMapData())), 'application/octet-stream');
