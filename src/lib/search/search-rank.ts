/**
 * Re-ranking of Pagefind's first results, the Vietnamese way. Pagefind matches every query word as a
 * prefix and knows nothing of word order, and Vietnamese words are short and common: "tu quan" also
 * hits "trật tự", "Tuyên Quang" and "quản lý". So among the first results we move up pages whose
 * title (then summary) holds the query as a phrase, then all its words as whole words, preferring
 * the spelling with the user's own accents; ties keep Pagefind's order.
 */
import { foldForSearch, normalizeQuery } from './search-fold.ts';

/**
 * How many of Pagefind's first results are loaded and re-ranked: the first screenful. Each costs one
 * fragment fetch before anything shows; 20 instead of 10 changed no query of the browser tests' top
 * three, and at national scale (2,500 models) fetched about 45 KB more and took about 50 ms longer.
 */
export const RERANK_DEPTH = 10;

const words = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/** Whether `query` (already split in words) occurs in `text` as consecutive words, the last one a prefix. */
function hasPhrase(text: string[], query: string[]): boolean {
  if (query.length === 0) return false;
  for (let i = 0; i + query.length <= text.length; i += 1) {
    if (query.every((q, j) => (j === query.length - 1 ? text[i + j].startsWith(q) : text[i + j] === q))) return true;
  }
  return false;
}

/** Share of query words found in `text` as whole words (the last may be a prefix: the user is still typing). */
function coverage(text: string[], query: string[]): number {
  if (query.length === 0) return 0;
  const found = query.filter((q, j) => text.some((t) => (j === query.length - 1 ? t.startsWith(q) : t === q)));
  return found.length / query.length;
}

/** A bonus for one field: phrase (folded, then exact accents) and whole-word coverage. */
export function fieldMatch(text: string, query: string): number {
  const exactQ = words(normalizeQuery(query));
  const foldedQ = exactQ.map(foldForSearch);
  const exactT = words(text);
  const foldedT = words(foldForSearch(text));
  return (
    (hasPhrase(foldedT, foldedQ) ? 4 : 0) + (hasPhrase(exactT, exactQ) ? 2 : 0) + 2 * coverage(foldedT, foldedQ) + coverage(exactT, exactQ)
  );
}

export interface Rankable {
  title: string;
  summary?: string;
  /** The problems a model answers, as labels ("Trộm cắp tài sản"): what a searcher usually means. */
  problems?: string;
  /** The page's whole indexed text. */
  content?: string;
}

/**
 * Whether the page's text holds what was asked: the words side by side (a phrase, accents folded)
 * ranks first; every word as a whole word next; a page that only has a query word inside longer
 * words or alone ("cấp" in "cấp ủy" for "trom cap") gets nothing, and sinks below both.
 */
export function contentMatch(text: string, query: string): number {
  const q = words(normalizeQuery(query)).map(foldForSearch);
  if (q.length < 2) return 0;
  // Folded whole, then split: folding word by word cost 10-13 ms for the first ten results at national scale.
  const t = words(foldForSearch(text));
  if (hasPhrase(t, q)) return 6;
  return coverage(t, q) === 1 ? 2 : 0;
}

/** Title counts twice as much as the summary; the problems a model answers as much as its title. */
export function matchBonus(item: Rankable, query: string): number {
  return (
    2 * fieldMatch(item.title, query) +
    fieldMatch(item.summary ?? '', query) +
    2 * fieldMatch(item.problems ?? '', query) +
    contentMatch(item.content ?? '', query)
  );
}

/** A stable re-ordering of `items` (in Pagefind's order) by their match bonus. */
export function rerank<T extends Rankable>(items: readonly T[], query: string): T[] {
  return items
    .map((item, index) => ({ item, index, bonus: matchBonus(item, query) }))
    .sort((a, b) => b.bonus - a.bonus || a.index - b.index)
    .map((x) => x.item);
}
