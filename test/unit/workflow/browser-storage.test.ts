import { describe, expect, it } from 'vitest';
import { openStorage, storageProblem, tryStorage } from '../../../src/lib/workflow/browser-storage.ts';

describe('browser storage that may be blocked or full', () => {
  it('falls back to memory, with a Vietnamese reason, when the browser blocks storage', () => {
    const { store, problem } = openStorage(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(problem).toBe(
      'Không lưu được vào trình duyệt: trình duyệt đang chặn lưu trữ (chế độ riêng tư hoặc cài đặt chặn dữ liệu trang web). Hãy xuất tệp để giữ dữ liệu.',
    );
    store.setItem('a', '1');
    expect(store.getItem('a')).toBe('1');
    expect(store.length).toBe(1);
  });

  it('says when the quota is full, and reports nothing when the write succeeds', () => {
    expect(
      tryStorage(() => {
        throw new DOMException('full', 'QuotaExceededError');
      }),
    ).toContain('đã đầy. Hãy xuất tệp để giữ dữ liệu.');
    expect(tryStorage(() => undefined)).toBeUndefined();
    expect(storageProblem(new Error('x'))).toMatch(/^Không lưu được vào trình duyệt: .+\. Hãy xuất tệp để giữ dữ liệu\.$/);
  });
});
