/** schema.org descriptions (JSON-LD) of the site's records, for search engines and link previews. */
import type { Model } from '../../schema/model.ts';
import { FIELDS } from '../../schema/vocab.ts';
import { absoluteUrl, modelPath } from '../site/addresses.ts';

interface SiteInfo {
  name: string;
  contentLicence: { url: string };
}

export function modelJsonLd(opts: { id: string; model: Model; site: SiteInfo; origin: URL | string }): Record<string, unknown> {
  const { id, model: m, site, origin } = opts;
  const url = absoluteUrl(modelPath(id), origin);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: m.title,
    name: m.title,
    description: m.summary,
    url,
    mainEntityOfPage: url,
    inLanguage: 'vi',
    about: FIELDS.label(m.field),
    keywords: m.tags.join(', ') || undefined,
    dateModified: m.updated,
    license: site.contentLicence.url,
    isPartOf: { '@type': 'WebSite', name: site.name, url: new URL('/', origin).href },
    publisher: { '@type': 'Organization', name: site.name },
    citation: m.sources.map((s) => ({
      '@type': 'CreativeWork',
      name: s.title,
      publisher: s.publisher,
      datePublished: s.date,
      ...(s.url && { url: s.url }),
    })),
  };
}
