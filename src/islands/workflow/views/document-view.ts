/**
 * An OfficialDocument as the page shows and prints it: the same structure the Word file is built
 * from (src/lib/workflow/document-docx.ts), drawn with text nodes only. Print styles lay it out on
 * A4 with the decree's margins and page numbers from page 2 (WorkflowStyles.astro).
 */
import {
  MOTTO,
  SUBMOTTO,
  type DocBlock,
  type DocRun,
  type OfficialDocument,
  type Signer,
} from '../../../lib/workflow/official-document.ts';
import { h } from '../dom.ts';

const runs = (list: DocRun[]) => list.map((r) => (r.bold ? h('strong', {}, r.text) : r.italic ? h('em', {}, r.text) : r.text));

function block(b: DocBlock): HTMLElement {
  switch (b.kind) {
    case 'heading':
      return h('p', { class: 'wf-doc__h' }, b.text);
    case 'paragraph':
      return h('p', { class: 'wf-doc__p' }, runs(b.runs));
    case 'item':
      return h('p', { class: 'wf-doc__p' }, '- ', runs(b.runs));
    case 'table':
      return h(
        'div',
        { class: 'wf-doc__scroll' },
        h(
          'table',
          { class: 'wf-doc__table' },
          h('caption', { class: 'visually-hidden' }, b.caption),
          h(
            'colgroup',
            {},
            b.columns.map((c) => h('col', { class: `wf-col-${Math.round(c.width * 100)}` })),
          ),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              b.columns.map((c) => h('th', { scope: 'col' }, c.title)),
            ),
          ),
          h(
            'tbody',
            {},
            b.rows.map((r) =>
              h(
                'tr',
                {},
                r.map((t) => h('td', {}, t)),
              ),
            ),
          ),
        ),
      );
  }
}

const signer = (s: Signer) =>
  h(
    'div',
    { class: 'wf-doc__signer' },
    s.onBehalf && h('p', {}, h('strong', {}, s.onBehalf)),
    h('p', {}, h('strong', {}, s.title)),
    h('p', {}, h('em', {}, '(Ký, ghi rõ họ tên)')),
    h('p', { class: 'wf-doc__name' }, h('strong', {}, s.name)),
  );

export function renderDocument(doc: OfficialDocument): HTMLElement {
  const { header, closing } = doc;
  return h(
    'article',
    { class: 'wf-doc__page', lang: 'vi', 'aria-label': `${doc.title.charAt(0)}${doc.title.slice(1).toLowerCase()}: ${doc.subject}` },
    h(
      'div',
      { class: 'wf-doc__head' },
      h(
        'div',
        {},
        header.parentBody && h('p', {}, header.parentBody),
        h('p', {}, h('strong', {}, header.issuer)),
        h('hr'),
        h('p', {}, header.number),
      ),
      h(
        'div',
        {},
        h('p', { class: 'wf-doc__motto' }, h('strong', {}, MOTTO)),
        h('p', {}, h('strong', {}, SUBMOTTO)),
        h('hr'),
        h('p', {}, h('em', {}, header.placeDate)),
      ),
    ),
    h('p', { class: 'wf-doc__title' }, doc.title),
    h('p', { class: 'wf-doc__subject' }, doc.subject),
    h('hr', { class: 'wf-doc__rule' }),
    doc.basis.map((b) => h('p', { class: 'wf-doc__p wf-doc__basis' }, h('em', {}, b))),
    doc.body.map(block),
    h(
      'div',
      { class: 'wf-doc__sign' },
      closing.signers.length === 2
        ? closing.signers.map(signer)
        : [
            h(
              'div',
              { class: 'wf-doc__recipients' },
              closing.recipients.length > 0 && [
                h('p', {}, h('strong', {}, h('em', {}, 'Nơi nhận:'))),
                closing.recipients.map((r) => h('p', {}, `- ${r}`)),
              ],
            ),
            closing.signers.map(signer),
          ],
    ),
  );
}
