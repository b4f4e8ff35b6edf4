import { describe, expect, it } from 'vitest';
import {
  foldForSearch,
  foldedDWords,
  foldedKeyText,
  highlightExcerpt,
  htmlToText,
  normalizeQuery,
  pagefindBodies,
  withFoldedMeta,
} from '../../../src/lib/search/search-fold.ts';

const marked = (segments: { text: string; mark: boolean }[]) => segments.filter((s) => s.mark).map((s) => s.text);

describe('foldForSearch', () => {
  it('drops every Vietnamese mark, including đ, and lowercases', () => {
    expect(foldForSearch('Đền Trần')).toBe('den tran');
    expect(foldForSearch('TỰ QUẢN')).toBe('tu quan');
  });
  it('treats decomposed input (macOS keyboards) like precomposed', () => {
    expect(foldForSearch('Đền Trần'.normalize('NFD'))).toBe('den tran');
  });
});

describe('normalizeQuery', () => {
  it('keeps accents, so exact-accent matches can rank first', () => {
    expect(normalizeQuery('  tự   quản ')).toBe('tự quản');
  });
  it('composes decomposed accents', () => {
    expect(normalizeQuery('quản'.normalize('NFD'))).toBe('quản');
  });
  it('drops quotes and control characters and caps the length', () => {
    expect(normalizeQuery('"camera"\u0000 giám sát')).toBe('camera giám sát');
    expect(normalizeQuery('a '.repeat(200)).length).toBeLessThanOrEqual(120);
  });
  it('is empty for blank input', () => {
    expect(normalizeQuery(' \n\t ')).toBe('');
  });
});

describe('foldedDWords and foldedKeyText', () => {
  it('lists each đ-word once, folded, and nothing else', () => {
    expect(foldedDWords('Đội tự quản, đội bảo vệ đền Trần')).toEqual(['doi', 'den']);
  });
  it('folds key text whole only when it has a đ', () => {
    expect(foldedKeyText('Tự quản tại đền Trần')).toBe('tu quan tai den tran');
    expect(foldedKeyText('Camera giám sát')).toBe('');
  });
});

describe('htmlToText', () => {
  it('strips tags and scripts and decodes entities', () => {
    expect(htmlToText('<p>An&amp;ninh <b>trật</b> tự</p><script>x()</script>&#272;&#x110;')).toBe('An&ninh trật tự ĐĐ');
  });
});

describe('pagefindBodies', () => {
  it('returns the marked element content, nested same-name tags included', () => {
    const html = '<nav>Địa phương</nav><div data-pagefind-body><div>Đền</div> Trần</div><footer>Đ</footer>';
    expect(pagefindBodies(html)).toBe('<div>Đền</div> Trần');
  });
  it('is undefined when the page marks nothing', () => {
    expect(pagefindBodies('<main>Đền</main>')).toBeUndefined();
  });
});

describe('withFoldedMeta', () => {
  const page =
    '<html><body><nav>Điều hướng</nav><article data-pagefind-body><h1>Tự quản tại đền Trần</h1>' +
    '<p data-pagefind-meta="summary">Đội bảo vệ di tích.</p><p>Địa bàn "an toàn".</p></article><footer>Đơn vị</footer></body></html>';

  it('adds the folded copies as searchable metadata inside the body', () => {
    const out = withFoldedMeta(page)!;
    expect(out).toContain(
      '<article data-pagefind-body><span data-pagefind-meta="fold[data-fold-key]" data-fold-key="tu quan tai den tran . doi bao ve di tich."></span>',
    );
    expect(out).toContain('data-fold-words="den doi dia"');
  });
  it('leaves navigation and footer words out', () => {
    const out = withFoldedMeta(page)!;
    expect(out).not.toMatch(/data-fold-words="[^"]*(dieu|don)/);
  });
  it('returns null for pages that are not to be indexed', () => {
    expect(withFoldedMeta('<html><body><main>Đền</main></body></html>')).toBeNull();
  });
  it('changes nothing when the body has no đ', () => {
    const plain = '<main data-pagefind-body><h1>Camera giám sát</h1></main>';
    expect(withFoldedMeta(plain)).toBe(plain);
  });
  it('escapes what it puts in attributes', () => {
    const out = withFoldedMeta('<main data-pagefind-body><h1>Đền "A" &amp; B</h1></main>')!;
    expect(out).toContain('data-fold-key="den &quot;a&quot; &amp; b ."');
  });
});

describe('highlightExcerpt', () => {
  it('marks the Vietnamese words an unaccented query stands for, đ included', () => {
    expect(marked(highlightExcerpt('Mô hình tự quản tại <mark>đền</mark> Trần.', 'den tran'))).toEqual(['đền', 'Trần']);
  });
  it('marks words that start with a partial query word', () => {
    expect(marked(highlightExcerpt('Camera giám sát an ninh', 'giam s'))).toEqual(['giám', 'sát']);
  });
  it('returns plain text: markup in the excerpt is never kept as markup', () => {
    const segs = highlightExcerpt('&lt;img src=x onerror=alert(1)&gt; camera', 'camera');
    expect(segs.map((s) => s.text).join('')).toBe('<img src=x onerror=alert(1)> camera');
    expect(marked(segs)).toEqual(['camera']);
  });
});

describe('robustness against unusual text', () => {
  it('keeps "$&" and "$\'" in a title as text when adding the folded copy', () => {
    const html = `<html><body><article data-pagefind-body><h1>Đền $& và $' quỹ</h1><p>x</p></article></body></html>`;
    const out = withFoldedMeta(html)!;
    expect(out).toMatch(/data-fold-key="[^"]*\$/);
    // The page's own markup is unchanged apart from the added spans: no piece of the page was pasted in.
    expect(out.replace(/<span data-pagefind-meta[^>]*><\/span>/g, '')).toBe(html);
  });

  it('leaves an out-of-range character reference as it was instead of throwing', () => {
    expect(htmlToText('a &#x110000; b &#273;')).toBe('a &#x110000; b đ');
  });
});
