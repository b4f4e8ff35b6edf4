/** The open-data records, built once from the collections for the endpoints and the /du-lieu/ page. */
import { getDeployments, getModels, getProvinces } from './collections.ts';
import { dataset, deploymentRecords, modelRecords, provinceRecords, type DatasetInfo } from '../lib/open-data/open-data.ts';
import { SITE } from '../site.ts';

export async function datasetInfo(site: URL | undefined): Promise<DatasetInfo> {
  return { site: (site ?? new URL('http://localhost/')).href, licence: SITE.dataLicence };
}

export async function openModels(site: URL | undefined) {
  const info = await datasetInfo(site);
  return { info, records: modelRecords(await getModels(), info) };
}

export async function openDeployments(site: URL | undefined) {
  const info = await datasetInfo(site);
  return { info, records: deploymentRecords(await getDeployments(), info) };
}

export async function openProvinces(site: URL | undefined) {
  const info = await datasetInfo(site);
  return {
    info,
    records: provinceRecords(
      (await getProvinces()).map((p) => p.data),
      info,
    ),
  };
}

export { dataset };
