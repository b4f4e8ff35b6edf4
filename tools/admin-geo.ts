/** Today's boundaries for the command-line checks, loaded once (≈ 0.3 s). */
import { communeLocator } from '../src/lib/geo/locate.ts';
import { adminGeo, type AdminGeo } from '../src/lib/geo/place-check.ts';
import { adminCommunes, adminProvinces, communeBoundaries } from './admin-data.ts';

export function loadAdminGeo(): AdminGeo {
  return adminGeo(adminCommunes(), adminProvinces(), communeLocator(communeBoundaries()));
}
