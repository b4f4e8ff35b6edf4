/** The project's copy of today's administrative units, read by the command-line tools. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import type { AdminCommune, AdminProvince } from '../src/lib/geo/admin.ts';

const DIR = join(import.meta.dirname, '../src/data/admin');
const read = <T>(name: string) => JSON.parse(readFileSync(join(DIR, name), 'utf8')) as T;

export const adminProvinces = (): AdminProvince[] => read('provinces.json');
export const adminCommunes = (): AdminCommune[] => read('communes.json');
export const communeBoundaries = (): Topology => read('communes.topo.json');
