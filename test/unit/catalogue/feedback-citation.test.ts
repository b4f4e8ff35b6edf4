import { describe, expect, it } from 'vitest';
import { feedbackUrl } from '../../../src/lib/catalogue/feedback.ts';
import { citeModel, citeModelBibtex } from '../../../src/lib/catalogue/citation.ts';
import { FEEDBACK } from '../../../src/site.ts';

describe('feedback link', () => {
  it('names the page it concerns, encoded so nothing breaks the link', () => {
    const url = feedbackUrl('https://example.org/issues/new?title={title}&body={body}', {
      title: 'Camera & "an ninh"',
      url: 'https://x.vn/mo-hinh/a/',
    });
    const params = new URL(url).searchParams;
    expect(params.get('title')).toBe('Góp ý: Camera & "an ninh"');
    expect(params.get('body')).toContain('Trang: https://x.vn/mo-hinh/a/');
  });

  it('works with the configured target', () => {
    const url = feedbackUrl(FEEDBACK.urlTemplate, { title: 'Sổ tay', url: 'https://x.vn/so-tay/' });
    expect(url).not.toContain('{title}');
    expect(url).not.toContain('{body}');
    expect(decodeURIComponent(url)).toContain('https://x.vn/so-tay/');
  });
});

describe('citation', () => {
  const c = {
    id: 'camera-an-ninh',
    title: 'Camera an ninh',
    siteName: 'Mô hình tiêu biểu',
    updated: '2026-01-05',
    url: 'https://x.vn/mo-hinh/camera-an-ninh/',
  };
  it('reads as a Vietnamese reference', () => {
    expect(citeModel(c)).toBe('“Camera an ninh”, Mô hình tiêu biểu, cập nhật 5/1/2026, https://x.vn/mo-hinh/camera-an-ninh/.');
  });
  it('has a BibTeX form', () => {
    expect(citeModelBibtex(c)).toMatch(/^@misc\{camera_an_ninh_2026,/);
    expect(citeModelBibtex(c)).toContain('url = {https://x.vn/mo-hinh/camera-an-ninh/}');
  });
});
