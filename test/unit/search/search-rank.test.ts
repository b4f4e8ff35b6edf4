import { describe, expect, it } from 'vitest';
import { contentMatch, fieldMatch, rerank } from '../../../src/lib/search/search-rank.ts';

const titles = (items: { title: string }[]) => items.map((i) => i.title);

describe('rerank', () => {
  // Pagefind's own order for "tu quan" on the real site put these first (prefix matches of short words).
  const pagefindOrder = [
    { title: 'Quản lý, giáo dục người lầm lỗi tại cộng đồng' },
    { title: 'Tỉnh Tuyên Quang' },
    { title: 'An toàn về an ninh, trật tự' },
    { title: 'Tự quản về an ninh, trật tự' },
    { title: 'Tụ quân' },
  ];

  it('puts the title that holds the unaccented query as a phrase first', () => {
    expect(titles(rerank(pagefindOrder, 'tu quan'))[0]).toBe('Tự quản về an ninh, trật tự');
  });
  it('prefers the exact accents the user typed', () => {
    expect(titles(rerank([{ title: 'Tụ quân' }, { title: 'Tự quản về an ninh, trật tự' }], 'tự quản'))[0]).toBe(
      'Tự quản về an ninh, trật tự',
    );
    expect(titles(rerank([{ title: 'Tự quản về an ninh, trật tự' }, { title: 'Tụ quân' }], 'tụ quân'))[0]).toBe('Tụ quân');
  });
  it('matches d for đ', () => {
    expect(titles(rerank([{ title: 'Hòm thư tố giác' }, { title: 'Tự quản tại đền Trần' }], 'den tran'))[0]).toBe('Tự quản tại đền Trần');
  });
  it('keeps Pagefind order among equals', () => {
    const items = [{ title: 'A camera' }, { title: 'B camera' }];
    expect(rerank(items, 'camera')).toEqual(items);
  });
  it('uses the summary after the title', () => {
    const items = [
      { title: 'Mô hình A', summary: 'Không liên quan' },
      { title: 'Mô hình B', summary: 'Hòm thư tố giác tội phạm' },
    ];
    expect(titles(rerank(items, 'hom thu'))[0]).toBe('Mô hình B');
  });
});

describe('fieldMatch', () => {
  it('treats the last word as a prefix (the user is still typing)', () => {
    expect(fieldMatch('Camera giám sát', 'camera gia')).toBeGreaterThan(fieldMatch('Camera an ninh', 'camera gia'));
  });
  it('is zero when nothing matches', () => {
    expect(fieldMatch('Hòm thư', 'camera')).toBe(0);
  });
});

describe('whole phrases and the problems a model answers', () => {
  // What Pagefind returned for "trom cap": pages that have "cấp" (cấp ủy, cấp xã) came first.
  const pagefindOrder = [
    { title: 'Tỉnh Hưng Yên', content: 'Cấp ủy, chính quyền các cấp chỉ đạo; khen thưởng cấp xã.' },
    { title: 'Dân vận khéo', content: 'Ban chỉ đạo cấp xã trộm nghĩ rằng nên lắng nghe dân.' },
    {
      title: 'Tự quản về an ninh, trật tự',
      problems: 'Trộm cắp tài sản; Mâu thuẫn, tranh chấp trong nhân dân',
      content: 'Tổ tự quản cấp thôn.',
    },
    { title: 'Camera giám sát', content: 'Camera giúp phát hiện các vụ trộm cắp tài sản ở khu dân cư.' },
  ];

  it('puts a model about theft first for "trom cap" and no page with only "cấp" above a page with the phrase', () => {
    const ranked = titles(rerank(pagefindOrder, 'trom cap'));
    expect(ranked.slice(0, 2).sort()).toEqual(['Camera giám sát', 'Tự quản về an ninh, trật tự']);
    expect(ranked.at(-1)).toBe('Tỉnh Hưng Yên');
  });
  it('scores a page that has the words only apart below one that has them together, and one with a word missing at zero', () => {
    expect(contentMatch('trộm cắp tài sản', 'trom cap')).toBeGreaterThan(contentMatch('cấp xã; trộm nghĩ', 'trom cap'));
    expect(contentMatch('cấp ủy các cấp', 'trom cap')).toBe(0);
    expect(contentMatch('tuyên truyền ở Tuyên Quang', 'tu quan')).toBe(0);
  });
});
