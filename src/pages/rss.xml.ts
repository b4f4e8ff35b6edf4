/** RSS feed of new and updated models, newest first (what changed is the record's `updated` date). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getModels } from '../data/collections.ts';
import { FIELDS } from '../schema/vocab.ts';
import { SITE } from '../site.ts';
import { modelPath } from '../lib/site/addresses.ts';

export const GET: APIRoute = async ({ site }) => {
  const models = (await getModels()).sort((a, b) => b.data.updated.localeCompare(a.data.updated) || a.id.localeCompare(b.id));
  return rss({
    title: `${SITE.name}: mô hình mới và cập nhật`,
    description: SITE.tagline,
    site: site!,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // The feed names its own address, as feed validators ask.
    customData: `<language>vi</language><atom:link href="${new URL('/rss.xml', site).href}" rel="self" type="application/rss+xml"/>`,
    items: models.map((m) => ({
      title: m.data.title,
      link: modelPath(m.id),
      pubDate: new Date(`${m.data.updated}T00:00:00+07:00`),
      description: m.data.summary,
      categories: [FIELDS.label(m.data.field)],
    })),
  });
};
