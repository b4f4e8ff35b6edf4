/**
 * Browser storage that may be missing, blocked or full. Reading window.localStorage throws when the
 * browser blocks storage (some private modes, blocked cookies), and setItem throws when the quota is
 * used up. The workflow tools must keep working either way: they fall back to memory for the
 * session and tell the user, in Vietnamese, to export a file to keep their data.
 */
import type { KeyValueStore } from './workflow-store.ts';

/** A store that lives only as long as the page: used when the browser's storage is unavailable. */
export function memoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

/** The sentence shown when saving fails, naming the cause the user can act on. */
export function storageProblem(error: unknown): string {
  const name =
    error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error)
      ? String((error as { name: unknown }).name)
      : '';
  const reason =
    name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED'
      ? 'bộ nhớ trình duyệt dành cho trang này đã đầy'
      : name === 'SecurityError'
        ? 'trình duyệt đang chặn lưu trữ (chế độ riêng tư hoặc cài đặt chặn dữ liệu trang web)'
        : 'trình duyệt báo lỗi khi ghi dữ liệu';
  return `Không lưu được vào trình duyệt: ${reason}. Hãy xuất tệp để giữ dữ liệu.`;
}

/** The browser's store, or a memory store and the reason when it cannot be opened. */
export function openStorage(get: () => KeyValueStore): { store: KeyValueStore; problem?: string } {
  try {
    const store = get();
    void store.length;
    return { store };
  } catch (error) {
    return { store: memoryStore(), problem: storageProblem(error) };
  }
}

/** Runs a storage action; returns the message to show when it failed, or undefined. */
export function tryStorage(action: () => void): string | undefined {
  try {
    action();
    return undefined;
  } catch (error) {
    return storageProblem(error);
  }
}
